#pragma once
// GenerateMigrationDialog shows what the next migration will do before anything is written: an
// optional name, the up and down SQL for a dialect, and every data-losing operation, which must be
// confirmed explicitly (checkbox) before OK is enabled when confirmation is required. Modal QDialog
// owned by its parent; computes on the GUI thread when constructed (user-initiated, once).

#include "core/project/project.h"

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
    QString migrationName() const;
    QString upSql() const { return m_up; }
    QString downSql() const { return m_down; }
    QCheckBox *confirmBox() const { return m_confirm; }
    bool destructiveConfirmed() const;

private:
    void updateOk();

    bool m_hasChanges = false;
    bool m_requireConfirmation = true;
    QString m_error;
    QStringList m_destructive;
    QString m_up;
    QString m_down;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_confirm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sf::ui
