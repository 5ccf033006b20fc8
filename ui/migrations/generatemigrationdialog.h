#pragma once
// GenerateMigrationDialog shows what the next migration will do before anything is written: an
// optional name, the up and down SQL for a dialect, what lint says about it (locks, risky patterns,
// safer plans; offline), and every data-losing operation, which must be confirmed explicitly (checkbox) before OK is
// enabled when confirmation is required. Modal QDialog owned by its parent; computes on the GUI thread when constructed
// (user-initiated, once).

#include "core/lint/finding.h"
#include "core/project/project.h"

#include <vector>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace sf::ui {

class GenerateMigrationDialog : public QDialog
{
    Q_OBJECT
public:
    GenerateMigrationDialog(const project::Project &project, const QString &migrationsDir, const QString &dialect,
                            bool requireConfirmation, QWidget *parent = nullptr);

    bool hasChanges() const { return m_hasChanges; }
    QString error() const { return m_error; } // the pending change could not be computed
    QStringList destructive() const { return m_destructive; }
    const std::vector<lint::Finding> &lintFindings() const { return m_findings; }
    QString migrationName() const;
    QString upSql() const { return m_up; }
    QString downSql() const { return m_down; }
    QCheckBox *confirmBox() const { return m_confirm; }
    bool destructiveConfirmed() const;

private:
    void updateOk();
    QWidget *lintView();

    bool m_hasChanges = false;
    bool m_requireConfirmation = true;
    QString m_error;
    QStringList m_destructive;
    std::vector<lint::Finding> m_findings;
    QString m_up;
    QString m_down;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_confirm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sf::ui
