#pragma once
// MainWindow is the designer's top-level window: the diagram in the centre, the model outline on
// the left, the property editor on the right, a tabbed bottom dock for further panels, and the
// File/Edit/View/Model/Database/Help menus wired to the document, canvas and undo stack.

#include "ui/canvas/tool.h"
#include "ui/shell/shellparts.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTabWidget;

namespace sf::ui {

class DatabasePanels;
class DiagramScene;
class DiagramView;
class DocumentController;
class EditOperations;
class FileActions;
class FindBar;
class ModelTreePanel;
class PropertyEditor;
class ToolActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; returns false and shows nothing modal when it fails (error in *error).
    bool openProject(const QString &path, QString *error);
    // Saves to path without dialogs; false with *error on failure.
    bool saveProject(const QString &path, QString *error);
    // Opens a bundled example (see FileActions::bundledExamples) as an unsaved project.
    bool openExample(const QString &resourcePath, QString *error);

    DocumentController *document() const { return m_doc; }
    FileActions *fileActions() const { return m_files; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    EditOperations *editOperations() const { return m_edit; }
    ModelTreePanel *modelTree() const { return m_tree; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    // Edit > Find's bar over the canvas.
    FindBar *findBar() const { return m_findBar; }

    // The bottom dock's tab widget: other panels (SQL preview, migrations, problems, log) add tabs here.
    QTabWidget *bottomPanels() const { return m_bottomTabs; }
    QDockWidget *bottomDock() const { return m_bottomDock; }
    QDockWidget *propertiesDock() const { return m_propertiesDock; }
    QDockWidget *modelsDock() const { return m_treeDock; }
    QMenu *databaseMenu() const { return m_databaseMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    // Database > Generate Migration, Migrate, Undo Last Migration (also on the Database tool bar).
    QAction *generateMigrationAction() const;
    QAction *migrateAction() const;
    QAction *rollbackAction() const;
    QAction *toolAction(Tool tool) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What the find bar, view actions and database panels attach to.
    ShellParts shellParts();
    void createDocks();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createModelMenu();
    void createDatabaseAndHelpMenus();
    void createStatusBar();
    void updateTitle();
    void updateSelection();
    void autoLayout();
    void readSettings();
    void writeSettings() const;

    DocumentController *m_doc;
    DiagramScene *m_scene;
    DiagramView *m_view;
    EditOperations *m_edit;
    FileActions *m_files = nullptr;
    ModelTreePanel *m_tree = nullptr;
    PropertyEditor *m_properties = nullptr;
    FindBar *m_findBar = nullptr;
    QDockWidget *m_treeDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_bottomDock = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_databaseMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_showGrid = nullptr;
    QAction *m_snapToGrid = nullptr;
    ToolActions *m_tools = nullptr;
    QList<QAction *> m_fileToolActions; // New, Open, Save: shown on the File toolbar
    QList<QAction *> m_editToolActions; // Undo, Redo
    DatabasePanels *m_panels = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
};

} // namespace sf::ui
