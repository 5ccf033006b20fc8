#pragma once
// DatabasePanels adds the database side of the designer to the main window (its ShellParts): the SQL preview,
// migrations, problems and log tabs in the bottom dock, the Database menu's actions (generate,
// migrate, undo, drift, import from a database, export Sequelize models), Tools > Preferences, and
// the navigation from a problem to its card and property field. A QObject child of the window;
// GUI thread.

#include "ui/shell/shellparts.h"

#include <QObject>

class QAction;
#include <QPointer>

namespace sf::ui {

class ImportDialog;
class LogPanel;
class MigrationsPanel;
class ProblemsPanel;
class SqlPreviewPanel;

class DatabasePanels : public QObject
{
    Q_OBJECT
public:
    explicit DatabasePanels(const ShellParts &shell);

    SqlPreviewPanel *preview() const { return m_preview; }
    MigrationsPanel *migrations() const { return m_migrations; }
    ProblemsPanel *problems() const { return m_problems; }
    LogPanel *log() const { return m_log; }
    // Database > Generate Migration, Migrate, Undo Last Migration; enabled as the panel's buttons are.
    QAction *generateMigrationAction() const { return m_generateAction; }
    QAction *migrateAction() const { return m_migrateAction; }
    QAction *rollbackAction() const { return m_rollbackAction; }

    // Selects the model or association and focuses its field in the property editor.
    void navigateTo(const QString &ownerId, const QString &focusId);
    void openPreferences();
    // Opens the (window-modal) import dialog; on Import the document is replaced by the result.
    void importFromDatabase();
    ImportDialog *importDialog() const; // the open import dialog, or null

private:
    void createMenus();
    void applyCanvasPreferences();
    void showTab(QWidget *panel);
    // Outlines these models' cards on the canvas (drift results); {} clears the outlines.
    void highlightModels(const QStringList &ids);
    // The preview's lint findings into the Problems dock and onto the cards they touch.
    void showLintFindings();
    void updateProblemsTab();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void finishImport(ImportDialog *dialog);

    ShellParts m_shell;
    LogPanel *m_log;
    SqlPreviewPanel *m_preview;
    MigrationsPanel *m_migrations;
    ProblemsPanel *m_problems;
    QAction *m_clearHighlight = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_migrateAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    int m_problemCount = 0;
    QPointer<ImportDialog> m_importDialog;
};

} // namespace sf::ui
