#pragma once
// FileActions fills and carries out the File menu for a main window: new, open (with recent files and the
// bundled examples), open a sequelize-cli project folder (adopting it), save / save as, export (PNG/SVG at a scale,
// PDF), print, and the unsaved-changes prompt. A project that fails to load shows the loader's message and changes
// nothing on disk.

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace sf::ui {

class DiagramScene;
class DocumentController;
class RecentFiles;

class FileActions : public QObject
{
    Q_OBJECT
public:
    // Adds the File menu's entries (each with an object name) to fileMenu.
    FileActions(DocumentController *doc, DiagramScene *scene, QWidget *window, QMenu *fileMenu);

    // New, Open, Save: the ones the File tool bar shows.
    QList<QAction *> toolBarActions() const { return m_toolBarActions; }

    // Non-interactive: load and remember in the recent list; false with *error on failure.
    bool openPath(const QString &path, QString *error);
    bool savePath(const QString &path, QString *error);
    // Opens a bundled example (":/examples/<name>/<name>.schemaforge.json") as an unsaved project.
    bool openExample(const QString &resourcePath, QString *error);
    static QStringList bundledExamples();

    // Interactive versions (dialogs, message boxes).
    void newProject();
    void open();
    // File > Open Sequelize Project...: asks for the folder, then adoptFolder().
    void openSequelizeProject();
    // Opens the folder's project file when it exists and the user says so; else shows the adopt
    // dialog (non-blocking) and opens what it writes.
    void adoptFolder(const QString &folder);
    bool save();
    bool saveAs();
    void exportPng();
    void exportSvg();
    void exportPdf();
    void print();
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();

Q_SIGNALS:
    void projectOpened(const QString &path);

private:
    void createMenu(QMenu *file);
    void openInteractive(const QString &path);
    QString dialogDirectory() const;

    DocumentController *m_doc;
    DiagramScene *m_scene;
    QWidget *m_window;
    RecentFiles *m_recent = nullptr;
    QList<QAction *> m_toolBarActions;
};

} // namespace sf::ui
