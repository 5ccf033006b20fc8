#pragma once
// DataLossConfirm is the modal question asked before a migrate or undo run that destroys data: it names
// every table and column that loses data with its live row count; Cancel is the default (and Esc), so
// only a deliberate click on the destructive button proceeds. GUI thread.

#include "ui/migrations/migrationworker.h"

#include <QMessageBox>

namespace sf::ui {

class DataLossConfirm : public QMessageBox
{
    Q_OBJECT
public:
    DataLossConfirm(MigrationWorker::RunKind kind, const QString &server, const QList<LossRow> &losses,
                    QWidget *parent = nullptr);

    // One line per loss, as listed in the dialog ("table students: 3 rows").
    static QString describe(const LossRow &loss);
    QAbstractButton *proceedButton() const { return m_proceed; }

private:
    QAbstractButton *m_proceed;
};

} // namespace sf::ui
