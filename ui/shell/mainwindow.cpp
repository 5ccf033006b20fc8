#include "ui/shell/mainwindow.h"

#include "core/importer/autolayout.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/editoperations.h"
#include "ui/canvas/modelitem.h"
#include "ui/commands/autolayoutcommand.h"
#include "ui/document/documentcontroller.h"
#include "ui/panels/modeltreepanel.h"
#include "ui/panels/propertyeditor.h"
#include "ui/shell/databasepanels.h"
#include "ui/shell/fileactions.h"
#include "ui/shell/findbar.h"
#include "ui/shell/icons.h"
#include "ui/shell/toolactions.h"
#include "ui/shell/viewactions.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace sf::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_doc = new DocumentController(this);
    m_scene = new DiagramScene(m_doc, this);
    m_view = new DiagramView(m_scene, this);
    m_edit = new EditOperations(m_doc, m_scene, this);
    setCentralWidget(m_view);

    createDocks();
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createModelMenu();
    createDatabaseAndHelpMenus();
    createStatusBar();

    connect(m_doc, &DocumentController::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &DocumentController::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &DocumentController::projectReset, this, [this] {
        updateTitle();
        updateSelection();
        m_view->openFitted();
    });
    connect(m_doc, &DocumentController::modelAdded, this, &MainWindow::updateSelection);
    connect(m_doc, &DocumentController::modelRemoved, this, &MainWindow::updateSelection);
    connect(m_doc, &DocumentController::modelChanged, this, &MainWindow::updateSelection); // a renamed model
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateSelection);
    connect(m_tree, &ModelTreePanel::idActivated, this, [this](const QString &id) {
        m_scene->selectOnly(id.toStdString());
        m_view->centerOnModel(id.toStdString());
    });
    connect(m_tree, &ModelTreePanel::idCentered, this, [this](const QString &id) {
        m_scene->selectOnly(id.toStdString());
        m_view->focusOn({id.toStdString()});
    });
    updateTitle();
    resize(1280, 800);
    const ShellParts parts = shellParts();
    m_panels = new DatabasePanels(parts);
    new ViewActions(parts);
    m_findBar = new FindBar(parts);
    // First launch: docks sized to their content, the diagram gets the rest (a saved state wins).
    resizeDocks({m_treeDock, m_propertiesDock}, {200, 280}, Qt::Horizontal);
    resizeDocks({m_bottomDock}, {220}, Qt::Vertical);
    readSettings();
}

MainWindow::~MainWindow()
{
    // Panels and the view refer to the scene and the document: tear down in dependency order, with
    // no signal reaching this half-destroyed window.
    m_scene->disconnect(this);
    m_doc->disconnect(this);
    delete m_bottomDock;
    delete m_propertiesDock;
    delete m_treeDock;
    delete m_view;
    delete m_scene;
    delete m_doc;
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    return m_files->openPath(path, error);
}
bool MainWindow::saveProject(const QString &path, QString *error)
{
    return m_files->savePath(path, error);
}
bool MainWindow::openExample(const QString &resourcePath, QString *error)
{
    return m_files->openExample(resourcePath, error);
}

ShellParts MainWindow::shellParts()
{
    return {.window = this,
            .document = m_doc,
            .files = m_files,
            .scene = m_scene,
            .view = m_view,
            .edit = m_edit,
            .modelTree = m_tree,
            .properties = m_properties,
            .propertiesDock = m_propertiesDock,
            .bottomPanels = m_bottomTabs,
            .bottomDock = m_bottomDock,
            .editMenu = m_editMenu,
            .viewMenu = m_viewMenu,
            .databaseMenu = m_databaseMenu,
            .helpMenu = m_helpMenu,
            .showGrid = m_showGrid,
            .snapToGrid = m_snapToGrid};
}

QAction *MainWindow::generateMigrationAction() const
{
    return m_panels->generateMigrationAction();
}
QAction *MainWindow::migrateAction() const
{
    return m_panels->migrateAction();
}
QAction *MainWindow::rollbackAction() const
{
    return m_panels->rollbackAction();
}

QAction *MainWindow::toolAction(Tool tool) const
{
    return m_tools->action(tool);
}

void MainWindow::createDocks()
{
    m_tree = new ModelTreePanel(m_doc, this);
    m_treeDock = new QDockWidget(tr("Models"), this);
    m_treeDock->setObjectName(QStringLiteral("modelsDock"));
    m_treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);

    m_properties = new PropertyEditor(m_doc, this);
    m_propertiesDock = new QDockWidget(tr("Properties"), this);
    m_propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    // Scrollable: the page's own minimum width must not decide how much of the window it takes.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("propertiesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_properties);
    m_propertiesDock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);

    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setObjectName(QStringLiteral("bottomPanels"));
    m_bottomTabs->setDocumentMode(true);
    m_bottomDock = new QDockWidget(tr("Panels"), this);
    m_bottomDock->setObjectName(QStringLiteral("panelsDock"));
    m_bottomDock->setWidget(m_bottomTabs);
    addDockWidget(Qt::BottomDockWidgetArea, m_bottomDock);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_files = new FileActions(m_doc, m_scene, this, file);
    m_fileToolActions = m_files->toolBarActions();
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_editMenu = edit;
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(Icons::get(QStringLiteral("edit-undo")));
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(Icons::get(QStringLiteral("edit-redo")));
    m_editToolActions = {undo, redo};
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Canvas-only shortcuts: text fields in the panels keep their own Delete, Ctrl+C, Ctrl+A.
    auto canvasAction = [this, edit](const QString &text, const char *name, const QList<QKeySequence> &keys,
                                     auto slot) {
        QAction *a = edit->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
        connect(a, &QAction::triggered, m_edit, slot);
        return a;
    };
    canvasAction(tr("Cu&t"), "actionCut", {QKeySequence::Cut}, &EditOperations::cutSelection);
    canvasAction(tr("&Copy"), "actionCopy", {QKeySequence::Copy}, &EditOperations::copySelection);
    canvasAction(tr("&Paste"), "actionPaste", {QKeySequence::Paste}, &EditOperations::paste);
    canvasAction(tr("&Delete"), "actionDelete", {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)},
                 &EditOperations::deleteSelection);
    edit->addSeparator();
    canvasAction(tr("Select &All"), "actionSelectAll", {QKeySequence::SelectAll}, &EditOperations::selectAll);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *in = m_viewMenu->addAction(tr("Zoom &In"), m_view, &DiagramView::zoomIn);
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *out = m_viewMenu->addAction(tr("Zoom &Out"), m_view, &DiagramView::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = m_viewMenu->addAction(tr("Zoom to &Fit"), m_view, &DiagramView::zoomToFit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *actual = m_viewMenu->addAction(tr("&Actual Size (100 %)"), m_view, &DiagramView::resetZoom);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    in->setObjectName(QStringLiteral("actionZoomIn"));
    out->setObjectName(QStringLiteral("actionZoomOut"));
    fit->setObjectName(QStringLiteral("actionZoomToFit"));
    actual->setObjectName(QStringLiteral("actionActualSize"));
    in->setIcon(Icons::get(QStringLiteral("zoom-in")));
    out->setIcon(Icons::get(QStringLiteral("zoom-out")));
    fit->setIcon(Icons::get(QStringLiteral("zoom-fit-best")));
    actual->setIcon(Icons::get(QStringLiteral("zoom-original")));
    m_viewMenu->addSeparator();
    m_showGrid = m_viewMenu->addAction(tr("Show &Grid"));
    m_showGrid->setObjectName(QStringLiteral("actionShowGrid"));
    m_showGrid->setCheckable(true);
    m_showGrid->setChecked(m_scene->gridVisible());
    connect(m_showGrid, &QAction::toggled, m_scene, &DiagramScene::setGridVisible);
    m_snapToGrid = m_viewMenu->addAction(tr("&Snap to Grid"));
    m_snapToGrid->setObjectName(QStringLiteral("actionSnapToGrid"));
    m_snapToGrid->setCheckable(true);
    m_snapToGrid->setChecked(m_scene->snapToGrid());
    connect(m_snapToGrid, &QAction::toggled, m_scene, &DiagramScene::setSnapToGrid);
    QAction *layout = m_viewMenu->addAction(tr("Auto-&Layout"), this, &MainWindow::autoLayout);
    layout->setObjectName(QStringLiteral("actionAutoLayout"));
    layout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    layout->setIcon(Icons::get(QStringLiteral("auto-layout")));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : {m_treeDock, m_propertiesDock, m_bottomDock}) {
        dock->toggleViewAction()->setObjectName(QStringLiteral("actionToggle_") + dock->objectName());
        m_viewMenu->addAction(dock->toggleViewAction());
    }

    QToolBar *fileBar = addToolBar(tr("File"));
    fileBar->setObjectName(QStringLiteral("fileToolBar"));
    fileBar->addActions(m_fileToolActions);
    fileBar->addSeparator();
    fileBar->addActions(m_editToolActions);

    QToolBar *bar = addToolBar(tr("Diagram"));
    bar->setObjectName(QStringLiteral("diagramToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_tools = new ToolActions(m_scene, m_view, this);
    bar->addActions(m_tools->actions());
    // Zoom and layout as icons only (tooltips name them): with the tools' texts they made the tool
    // bars wider than a 1280-pixel window.
    QToolBar *zoomBar = addToolBar(tr("Zoom"));
    zoomBar->setObjectName(QStringLiteral("zoomToolBar"));
    zoomBar->addActions({out, in, fit, actual, layout});
}

void MainWindow::createModelMenu()
{
    QMenu *model = menuBar()->addMenu(tr("&Model"));
    model->setObjectName(QStringLiteral("modelMenu"));
    model->addActions(m_tools->actions());
    model->addSeparator();
    QAction *rename = model->addAction(tr("&Rename Model"), this, [this] {
        if (const auto ids = m_scene->selectedModelIds(); ids.size() == 1)
            m_view->startRename(ids.front());
    });
    rename->setObjectName(QStringLiteral("actionRenameModel"));
}

void MainWindow::createDatabaseAndHelpMenus()
{
    // Filled by DatabasePanels.
    m_databaseMenu = menuBar()->addMenu(tr("&Database"));
    m_databaseMenu->setObjectName(QStringLiteral("databaseMenu"));

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    // Filled by ViewActions.
}

void MainWindow::createStatusBar()
{
    m_selectionLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(m_zoomLabel);
    auto showZoom = [this](double z) { m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(z * 100))); };
    connect(m_view, &DiagramView::zoomChanged, this, showZoom);
    showZoom(m_view->zoom());
    updateSelection();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — SchemaForge").arg(m_doc->displayName()));
    setWindowModified(m_doc->isDirty());
}

void MainWindow::updateSelection()
{
    const auto models = m_scene->selectedModelIds();
    const auto links = m_scene->selectedAssociationIds();
    const size_t count = models.size() + links.size();
    std::string single;
    if (count == 1)
        single = models.empty() ? links.front() : models.front();
    m_properties->showObject(single);
    m_tree->setCurrentId(single);
    if (count == 0) {
        m_selectionLabel->setText(tr("%n model(s)", nullptr, int(m_doc->design().models.size())));
    } else if (models.size() == 1 && links.empty()) {
        m_selectionLabel->setText(
            tr("Selected: %1").arg(QString::fromStdString(m_doc->design().modelById(single)->name)));
    } else {
        m_selectionLabel->setText(tr("%n selected", nullptr, int(count)));
    }
}

void MainWindow::autoLayout()
{
    // core's one auto-layout (import and adopt use it too), with the cards' measured sizes.
    importer::AutoLayoutOptions options;
    options.grid = 20;
    for (ModelItem *m : m_scene->modelItems())
        options.cardSizes[m->modelId()] = {m->cardRect().width(), m->cardRect().height()};
    std::map<std::string, QPointF> positions;
    for (const auto &[id, entry] : importer::autoLayout(m_doc->design(), options))
        if (m_doc->design().modelById(id))
            positions[id] = QPointF(entry.x, entry.y);
    if (!positions.empty()) {
        m_doc->undoStack()->push(new AutoLayoutCommand(m_doc, std::move(positions)));
        m_view->zoomToFit();
    }
}

void MainWindow::readSettings()
{
    QSettings s;
    if (const QByteArray g = s.value(QStringLiteral("mainWindow/geometry")).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray st = s.value(QStringLiteral("mainWindow/state")).toByteArray(); !st.isEmpty())
        restoreState(st);
}

void MainWindow::writeSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Texts composed with arguments; the plain ones are retranslated by LanguageLoader.
        updateTitle();
        updateSelection();
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange ||
        event->type() == QEvent::ThemeChange) {
        m_scene->restyle();
        m_view->viewport()->update();
    }
    QMainWindow::changeEvent(event);
}

} // namespace sf::ui
