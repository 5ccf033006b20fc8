#pragma once
// MigrationList is the Migrations panel's table of migrations and their state on one connection
// (applied, pending, changed since applied, applied by sequelize-cli only, missing file, or unknown
// when the database could not be read); a widget owned by its parent, GUI thread.

#include "ui/migrations/migrationworker.h"

#include <QTreeWidget>

namespace sf::ui {

class MigrationList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit MigrationList(QWidget *parent = nullptr);

    // Rows read from the database (keeps the selection by id).
    void showRows(const QList<MigrationRow> &rows);
    // The migration files of a folder, state unknown.
    void showFiles(const QString &migrationsDir);

    int stateOf(const QString &id) const; // -1 when unknown or not listed
    QStringList ids() const;
    QString selectedPendingId() const; // "" unless a pending migration is selected

    static QString stateText(int state);
};

} // namespace sf::ui
