#include "ui/migrations/migrationlist.h"

#include "core/migrate/executor.h"

#include <QDir>
#include <QHeaderView>

namespace sf::ui {

MigrationList::MigrationList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("migrationList"));
    setHeaderLabels({tr("Migration"), tr("State"), tr("Applied at")});
    setRootIsDecorated(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QString MigrationList::stateText(int state)
{
    switch (migrate::MigrationState(state)) {
    case migrate::MigrationState::Applied:
        return tr("applied");
    case migrate::MigrationState::AppliedBySequelize:
        return tr("applied by sequelize-cli only");
    case migrate::MigrationState::ChangedChecksum:
        return tr("changed since applied");
    case migrate::MigrationState::Pending:
        return tr("pending");
    case migrate::MigrationState::MissingFile:
        return tr("missing file");
    }
    return tr("unknown");
}

void MigrationList::showRows(const QList<MigrationRow> &rows)
{
    const QString selected = currentItem() ? currentItem()->text(0) : QString();
    clear();
    for (const auto &r : rows) {
        auto *item = new QTreeWidgetItem(this, {r.id, stateText(r.state), r.appliedAt});
        item->setData(1, Qt::UserRole, r.state);
        if (r.state == int(migrate::MigrationState::ChangedChecksum) ||
            r.state == int(migrate::MigrationState::MissingFile))
            item->setForeground(1, QColor(0xb0, 0x00, 0x20));
        if (r.id == selected)
            setCurrentItem(item);
    }
}

void MigrationList::showFiles(const QString &migrationsDir)
{
    clear();
    if (migrationsDir.isEmpty())
        return;
    for (const QString &f : QDir(migrationsDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto *item = new QTreeWidgetItem(this, {f.chopped(5), tr("unknown")});
        item->setData(1, Qt::UserRole, -1);
    }
}

int MigrationList::stateOf(const QString &id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->text(0) == id)
            return topLevelItem(i)->data(1, Qt::UserRole).toInt();
    return -1;
}

QStringList MigrationList::ids() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        out << topLevelItem(i)->text(0);
    return out;
}

QString MigrationList::selectedPendingId() const
{
    const QTreeWidgetItem *item = currentItem();
    return item && item->data(1, Qt::UserRole).toInt() == int(migrate::MigrationState::Pending) ? item->text(0)
                                                                                                : QString();
}

} // namespace sf::ui
