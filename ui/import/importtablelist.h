#pragma once
// ImportTableList is the import dialog's preview: one checkable row per table read from a database
// (all checked at first) with its column count, its foreign keys and what import makes of it
// (a model, a many-to-many join table, or nothing when unchecked). Owned by its parent; GUI thread.

#include "core/design/design.h"
#include "core/schema/schema.h"

#include <QStringList>
#include <QTreeWidget>

namespace sf::ui {

class ImportTableList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ImportTableList(QWidget *parent = nullptr);

    // One checked row per table, in schema order; "Becomes" stays empty until showOutcome().
    void setTables(const schema::Schema &schema);
    QStringList checkedTables() const;
    QStringList uncheckedTables() const;
    bool setTableChecked(const QString &table, bool checked);
    void setAllChecked(bool checked);
    // Fills "Becomes" from the design import made of the checked tables.
    void showOutcome(const design::Design &design);
    QString becomes(const QString &table) const;

Q_SIGNALS:
    void checksChanged();

private:
    QStringList tablesIn(Qt::CheckState state) const;
};

} // namespace sf::ui
