#include "ui/migrations/datalossconfirm.h"

#include <QLocale>

#include <QPushButton>
#include <algorithm>
#include <climits>

namespace sf::ui {

QString DataLossConfirm::describe(const LossRow &loss)
{
    QString count;
    if (loss.table.isEmpty())
        count = tr("cannot be undone");
    else if (loss.rows < 0)
        count = tr("row count unknown (%1)").arg(loss.countError);
    else if (loss.column.isEmpty())
        count = loss.atLeast ? tr("more than %1 rows").arg(QLocale().toString(loss.rows))
                             : tr("%n row(s)", nullptr, int(std::min<qint64>(loss.rows, INT_MAX)));
    else
        count = loss.atLeast ? tr("more than %1 values").arg(QLocale().toString(loss.rows))
                             : tr("%n value(s)", nullptr, int(std::min<qint64>(loss.rows, INT_MAX)));
    if (loss.table.isEmpty())
        return tr("%1: %2").arg(loss.description, count);
    if (loss.column.isEmpty())
        return tr("table %1: %2").arg(loss.table, count);
    return tr("column %1 of table %2: %3").arg(loss.column, loss.table, count);
}

DataLossConfirm::DataLossConfirm(MigrationWorker::RunKind kind, const QString &server, const QList<LossRow> &losses,
                                 QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("dataLossConfirm"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Confirm Data Loss"));
    QString action, proceed;
    switch (kind) {
    case MigrationWorker::RunKind::Migrate:
        action = tr("Migrate");
        proceed = tr("Migrate and Delete Data");
        break;
    case MigrationWorker::RunKind::UndoLast:
        action = tr("Undo Last");
        proceed = tr("Undo Last and Delete Data");
        break;
    case MigrationWorker::RunKind::UndoAll:
        action = tr("Undo All");
        proceed = tr("Undo All and Delete Data");
        break;
    }
    setText(tr("%1 will permanently delete data on %2:").arg(action, server));
    QStringList lines;
    for (const LossRow &loss : losses)
        lines << QStringLiteral("\u2022 ") + describe(loss);
    setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                       tr("Back up the database first if you may need this data. Cancel changes nothing."));
    auto *cancel = addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelDataLossButton"));
    auto *go = addButton(proceed, QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("confirmDataLossButton"));
    m_proceed = go;
    setDefaultButton(cancel);
    setEscapeButton(cancel);
}

} // namespace sf::ui
