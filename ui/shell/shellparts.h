#pragma once
// ShellParts names the main window's parts that the shell's feature wirings (find bar, view actions,
// database panels) attach to; the MainWindow fills it, so those wirings never include the window.

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QTabWidget;

namespace sf::ui {

class DiagramScene;
class DiagramView;
class DocumentController;
class EditOperations;
class FileActions;
class ModelTreePanel;
class PropertyEditor;

struct ShellParts {
    QMainWindow *window = nullptr; // parent of dialogs and of the wirings themselves
    DocumentController *document = nullptr;
    FileActions *files = nullptr;
    DiagramScene *scene = nullptr;
    DiagramView *view = nullptr;
    EditOperations *edit = nullptr;
    ModelTreePanel *modelTree = nullptr;
    PropertyEditor *properties = nullptr;
    QDockWidget *propertiesDock = nullptr;
    QTabWidget *bottomPanels = nullptr;
    QDockWidget *bottomDock = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *databaseMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QAction *showGrid = nullptr;   // View > Show Grid (checkable)
    QAction *snapToGrid = nullptr; // View > Snap to Grid (checkable)
};

} // namespace sf::ui
