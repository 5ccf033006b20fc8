#include "ui/import/importtablelist.h"

#include <QHeaderView>

namespace sf::ui {

namespace {
enum Column { TableColumn, ColumnsColumn, KeysColumn, BecomesColumn };
} // namespace

ImportTableList::ImportTableList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("importTables"));
    setHeaderLabels({tr("Table"), tr("Columns"), tr("Foreign keys"), tr("Becomes")});
    setRootIsDecorated(false);
    header()->setSectionResizeMode(BecomesColumn, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (column == TableColumn)
            Q_EMIT checksChanged();
    });
}

void ImportTableList::setTables(const schema::Schema &schema)
{
    const QSignalBlocker block(this);
    clear();
    for (const auto &t : schema.tables) {
        QStringList refs;
        for (const auto &fk : t.foreignKeys)
            refs << QString::fromStdString(fk.refTable);
        refs.removeDuplicates();
        const QString keys =
            refs.isEmpty() ? QStringLiteral("0")
                           : tr("%1 (to %2)").arg(qsizetype(t.foreignKeys.size())).arg(refs.join(QStringLiteral(", ")));
        auto *item =
            new QTreeWidgetItem({QString::fromStdString(t.name), QString::number(t.columns.size()), keys, QString()});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(TableColumn, Qt::Checked);
        addTopLevelItem(item);
    }
    for (int c = TableColumn; c < BecomesColumn; ++c)
        resizeColumnToContents(c);
}

QStringList ImportTableList::tablesIn(Qt::CheckState state) const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if ((topLevelItem(i)->checkState(TableColumn) == Qt::Checked) == (state == Qt::Checked))
            out << topLevelItem(i)->text(TableColumn);
    return out;
}

QStringList ImportTableList::checkedTables() const
{
    return tablesIn(Qt::Checked);
}
QStringList ImportTableList::uncheckedTables() const
{
    return tablesIn(Qt::Unchecked);
}

bool ImportTableList::setTableChecked(const QString &table, bool checked)
{
    const auto found = findItems(table, Qt::MatchExactly, TableColumn);
    for (QTreeWidgetItem *item : found)
        item->setCheckState(TableColumn, checked ? Qt::Checked : Qt::Unchecked);
    return !found.isEmpty();
}

void ImportTableList::setAllChecked(bool checked)
{
    {
        const QSignalBlocker block(this);
        for (int i = 0; i < topLevelItemCount(); ++i)
            topLevelItem(i)->setCheckState(TableColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
    Q_EMIT checksChanged();
}

void ImportTableList::showOutcome(const design::Design &design)
{
    const auto modelName = [&](const std::string &id) {
        const design::Model *m = design.modelById(id);
        return QString::fromStdString(m ? m->name : id);
    };
    const QSignalBlocker block(this);
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const std::string table = item->text(TableColumn).toStdString();
        QString text = tr("not imported");
        if (item->checkState(TableColumn) == Qt::Checked) {
            // importSchema names a table's model "m-<table>"; a join table becomes a manyToMany's `through`.
            if (const design::Model *m = design.modelById("m-" + table))
                text = tr("model %1").arg(QString::fromStdString(m->name));
            for (const auto &a : design.associations)
                if (a.kind == design::AssociationKind::ManyToMany && a.through == table)
                    text = tr("many-to-many join table (%1 and %2)").arg(modelName(a.source), modelName(a.target));
        }
        item->setText(BecomesColumn, text);
    }
}

QString ImportTableList::becomes(const QString &table) const
{
    const auto found = findItems(table, Qt::MatchExactly, TableColumn);
    return found.isEmpty() ? QString() : found.front()->text(BecomesColumn);
}

} // namespace sf::ui
