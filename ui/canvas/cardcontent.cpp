#include "ui/canvas/cardcontent.h"

#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <set>

namespace sf::ui {

namespace {

QString defaultText(const design::DefaultValue &d)
{
    using K = design::DefaultValue::Kind;
    switch (d.kind) {
    case K::None:
        return {};
    case K::String:
        return QLatin1Char('\'') + QString::fromStdString(d.text) + QLatin1Char('\'');
    case K::Number:
    case K::Boolean:
    case K::Sql:
        return QString::fromStdString(d.text);
    case K::Now:
        return QStringLiteral("NOW");
    case K::UuidV4:
        return QStringLiteral("UUIDV4");
    }
    return {};
}

QString marksFor(bool pk, bool fk, bool notNull, bool unique, const QString &def)
{
    QStringList m;
    if (pk)
        m << QStringLiteral("PK");
    if (fk)
        m << QStringLiteral("FK");
    if (notNull && !pk)
        m << QStringLiteral("NN");
    if (unique)
        m << QStringLiteral("UQ");
    if (!def.isEmpty())
        m << QLatin1Char('=') + (def.size() > 14 ? def.left(13) + QChar(0x2026) : def);
    return m.join(QLatin1Char(' '));
}

} // namespace

CardContent CardContent::build(const design::Model &model, const schema::Table *table, const QFont &font,
                               const QFont &titleFont)
{
    CardContent c;
    c.title = QString::fromStdString(model.name);
    if (table && table->name != model.name)
        c.subtitle = QString::fromStdString(table->name);
    else if (!table && model.tableName && *model.tableName != model.name)
        c.subtitle = QString::fromStdString(*model.tableName);

    std::set<std::string> fkColumns, uniqueColumns;
    if (table) {
        for (const auto &fk : table->foreignKeys)
            fkColumns.insert(fk.columns.begin(), fk.columns.end());
        for (const auto &u : table->uniques)
            if (u.columns.size() == 1)
                uniqueColumns.insert(u.columns.front());
    }

    if (table) {
        std::set<std::string> attributeIds;
        for (const auto &a : model.attributes)
            attributeIds.insert(a.id);
        for (const auto &col : table->columns) {
            const bool pk =
                std::find(table->primaryKey.begin(), table->primaryKey.end(), col.name) != table->primaryKey.end();
            CardRow r;
            r.name = QString::fromStdString(col.name);
            r.type = QString::fromStdString(col.type.toString());
            r.derived = !attributeIds.count(col.id);
            r.marks = marksFor(pk, fkColumns.count(col.name) > 0, !col.nullable, uniqueColumns.count(col.name) > 0,
                               defaultText(col.defaultValue));
            c.rows.push_back(r);
        }
    } else {
        for (const auto &a : model.attributes) {
            CardRow r;
            r.name = QString::fromStdString(a.name);
            r.type = QString::fromStdString(a.type.toString());
            r.marks =
                marksFor(a.isPrimaryKey(), false, !a.isNullable(), a.unique.has_value(), defaultText(a.defaultValue));
            c.rows.push_back(r);
        }
    }

    const QFontMetricsF fm(font);
    const QFontMetricsF tfm(titleFont);
    for (const auto &r : c.rows) {
        c.nameWidth = std::max(c.nameWidth, fm.horizontalAdvance(r.name));
        c.typeWidth = std::max(c.typeWidth, fm.horizontalAdvance(r.type));
        c.marksWidth = std::max(c.marksWidth, fm.horizontalAdvance(r.marks));
    }
    const double rowsWidth = kPadding * 2 + c.nameWidth + 12 + c.typeWidth + (c.marksWidth > 0 ? 12 + c.marksWidth : 0);
    double titleWidth = kPadding * 2 + tfm.horizontalAdvance(c.title);
    if (!c.subtitle.isEmpty())
        titleWidth += 8 + fm.horizontalAdvance(c.subtitle);
    c.naturalWidth = std::ceil(std::max({kMinWidth, rowsWidth, titleWidth}));
    return c;
}

} // namespace sf::ui
