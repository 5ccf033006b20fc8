#pragma once
// CardContent is the precomputed text of one model card (title, table name, one row per column
// with name, type and marks, derived columns flagged) plus its measured layout; it is rebuilt only
// when the card's model (or a link that derives columns into it) changes.

#include "core/design/model.h"
#include "core/schema/schema.h"

#include <QFont>
#include <QString>
#include <QVector>

namespace sf::ui {

struct CardRow {
    QString name;
    QString type;
    QString marks; // "PK FK NN UQ =default" subset
    bool derived = false;
};

class CardContent
{
public:
    static constexpr double kHeaderHeight = 28;
    static constexpr double kRowHeight = 18;
    static constexpr double kPadding = 8;
    static constexpr double kMinWidth = 160;

    // Builds from the design model and, when available, its lowered table (derived columns).
    static CardContent build(const design::Model &model, const schema::Table *table, const QFont &font,
                             const QFont &titleFont);

    QString title;
    QString subtitle; // table name when it differs from the model name
    QVector<CardRow> rows;
    double nameWidth = 0;
    double typeWidth = 0;
    double marksWidth = 0;
    double naturalWidth = kMinWidth;

    double height() const { return kHeaderHeight + rows.size() * kRowHeight + 6; }
};

} // namespace sf::ui
