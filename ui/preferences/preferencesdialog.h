#pragma once
// PreferencesDialog edits the application Preferences (default dialect, language, grid and snap,
// destructive-change confirmation, default migrations folder); a modal QDialog owned by its parent,
// GUI thread. The caller saves and applies what preferences() returns after exec() accepts.

#include "ui/preferences/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace sf::ui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    QComboBox *m_dialect;
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_grid;
    QCheckBox *m_snap;
    QCheckBox *m_confirm;
    QLineEdit *m_migrations;
};

} // namespace sf::ui
