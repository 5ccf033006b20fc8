#include "ui/shell/mainwindow.h"

#include "ui/canvas/autolayout.h"
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
#include "ui/shell/viewactions.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
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
    installDatabasePanels(this);
    new ViewActions(this);
    m_findBar = new FindBar(this);
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

QAction *MainWindow::toolAction(Tool tool) const
{
    for (QAction *a : m_tools->actions())
        if (a->data().toInt() == int(tool))
            return a;
    return nullptr;
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
    QAction *newAct = file->addAction(Icons::get(QStringLiteral("document-new")), tr("&New"));
    newAct->setShortcut(QKeySequence::New);
    QAction *openAct = file->addAction(Icons::get(QStringLiteral("document-open")), tr("&Open..."));
    openAct->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    QMenu *examples = file->addMenu(tr("Open E&xample"));
    file->addSeparator();
    QAction *saveAct = file->addAction(Icons::get(QStringLiteral("document-save")), tr("&Save"));
    saveAct->setShortcut(QKeySequence::Save);
    QAction *saveAsAct = file->addAction(tr("Save &As..."));
    saveAsAct->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export Diagram"));
    QAction *png = exportMenu->addAction(tr("As &PNG Image..."));
    QAction *svg = exportMenu->addAction(tr("As &SVG Image..."));
    QAction *pdf = exportMenu->addAction(tr("As P&DF..."));
    QAction *printAct = file->addAction(tr("&Print..."));
    printAct->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *closeAct = file->addAction(tr("&Close"));
    closeAct->setShortcut(QKeySequence::Close);
    QAction *quitAct = file->addAction(tr("&Quit"));
    quitAct->setShortcut(QKeySequence::Quit);
    quitAct->setMenuRole(QAction::QuitRole);
    m_fileToolActions = {newAct, openAct, saveAct};

    m_files = new FileActions(m_doc, m_scene, this, recent, examples);
    connect(newAct, &QAction::triggered, m_files, &FileActions::newProject);
    connect(openAct, &QAction::triggered, m_files, &FileActions::open);
    connect(saveAct, &QAction::triggered, m_files, &FileActions::save);
    connect(saveAsAct, &QAction::triggered, m_files, &FileActions::saveAs);
    connect(png, &QAction::triggered, m_files, &FileActions::exportPng);
    connect(svg, &QAction::triggered, m_files, &FileActions::exportSvg);
    connect(pdf, &QAction::triggered, m_files, &FileActions::exportPdf);
    connect(printAct, &QAction::triggered, m_files, &FileActions::print);
    connect(closeAct, &QAction::triggered, this, &QWidget::close);
    connect(quitAct, &QAction::triggered, qApp, &QApplication::closeAllWindows);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = edit;
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(Icons::get(QStringLiteral("edit-undo")));
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(Icons::get(QStringLiteral("edit-redo")));
    m_editToolActions = {undo, redo};
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Canvas-only shortcuts: text fields in the panels keep their own Delete, Ctrl+C, Ctrl+A.
    auto canvasAction = [this, edit](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *a = edit->addAction(text);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
        connect(a, &QAction::triggered, m_edit, slot);
        return a;
    };
    canvasAction(tr("Cu&t"), {QKeySequence::Cut}, &EditOperations::cutSelection);
    canvasAction(tr("&Copy"), {QKeySequence::Copy}, &EditOperations::copySelection);
    canvasAction(tr("&Paste"), {QKeySequence::Paste}, &EditOperations::paste);
    canvasAction(tr("&Delete"), {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)},
                 &EditOperations::deleteSelection);
    edit->addSeparator();
    canvasAction(tr("Select &All"), {QKeySequence::SelectAll}, &EditOperations::selectAll);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *in = m_viewMenu->addAction(tr("Zoom &In"), m_view, &DiagramView::zoomIn);
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *out = m_viewMenu->addAction(tr("Zoom &Out"), m_view, &DiagramView::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = m_viewMenu->addAction(tr("Zoom to &Fit"), m_view, &DiagramView::zoomToFit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *actual = m_viewMenu->addAction(tr("&Actual Size (100 %)"), m_view, &DiagramView::resetZoom);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    in->setIcon(Icons::get(QStringLiteral("zoom-in")));
    out->setIcon(Icons::get(QStringLiteral("zoom-out")));
    fit->setIcon(Icons::get(QStringLiteral("zoom-fit-best")));
    actual->setIcon(Icons::get(QStringLiteral("zoom-original")));
    m_viewMenu->addSeparator();
    QAction *grid = m_viewMenu->addAction(tr("Show &Grid"));
    grid->setCheckable(true);
    grid->setChecked(m_scene->gridVisible());
    connect(grid, &QAction::toggled, m_scene, &DiagramScene::setGridVisible);
    QAction *snap = m_viewMenu->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    connect(snap, &QAction::toggled, m_scene, &DiagramScene::setSnapToGrid);
    QAction *layout = m_viewMenu->addAction(tr("Auto-&Layout"), this, &MainWindow::autoLayout);
    layout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    layout->setIcon(Icons::get(QStringLiteral("auto-layout")));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_treeDock->toggleViewAction());
    m_viewMenu->addAction(m_propertiesDock->toggleViewAction());
    m_viewMenu->addAction(m_bottomDock->toggleViewAction());

    QToolBar *fileBar = addToolBar(tr("File"));
    fileBar->setObjectName(QStringLiteral("fileToolBar"));
    fileBar->addActions(m_fileToolActions);
    fileBar->addSeparator();
    fileBar->addActions(m_editToolActions);

    QToolBar *bar = addToolBar(tr("Diagram"));
    bar->setObjectName(QStringLiteral("diagramToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_tools = new QActionGroup(this);
    m_tools->setExclusive(true);
    const struct {
        Tool tool;
        QString text;
        QString key;
        QString icon;
    } tools[] = {{Tool::Select, tr("Select"), QStringLiteral("V"), QStringLiteral("select")},
                 {Tool::Model, tr("Model"), QStringLiteral("M"), QStringLiteral("model")},
                 {Tool::OneToOne, tr("One-to-one"), QStringLiteral("1"), QStringLiteral("one-to-one")},
                 {Tool::OneToMany, tr("One-to-many"), QStringLiteral("2"), QStringLiteral("one-to-many")},
                 {Tool::ManyToMany, tr("Many-to-many"), QStringLiteral("3"), QStringLiteral("many-to-many")}};
    for (const auto &t : tools) {
        QAction *a = bar->addAction(Icons::get(t.icon), t.text);
        a->setCheckable(true);
        a->setData(int(t.tool));
        a->setShortcut(QKeySequence(t.key));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
        a->setToolTip(tr("%1 (%2)").arg(t.text, t.key));
        m_tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, tool = t.tool] { m_scene->setTool(tool); });
    }
    toolAction(Tool::Select)->setChecked(true);
    connect(m_scene, &DiagramScene::toolChanged, this, [this](Tool tool) { toolAction(tool)->setChecked(true); });
    // Zoom and layout as icons only (tooltips name them): with the tools' texts they made the tool
    // bars wider than a 1280-pixel window.
    QToolBar *zoomBar = addToolBar(tr("Zoom"));
    zoomBar->setObjectName(QStringLiteral("zoomToolBar"));
    zoomBar->addActions({out, in, fit, actual, layout});
}

void MainWindow::createModelMenu()
{
    QMenu *model = menuBar()->addMenu(tr("&Model"));
    model->addActions(m_tools->actions());
    model->addSeparator();
    model->addAction(tr("&Rename Model"), this, [this] {
        if (const auto ids = m_scene->selectedModelIds(); ids.size() == 1)
            m_view->startRename(ids.front());
    });
}

void MainWindow::createDatabaseAndHelpMenus()
{
    m_databaseMenu = menuBar()->addMenu(tr("&Database"));
    m_generateAction = m_databaseMenu->addAction(tr("&Generate Migration..."));
    m_generateAction->setObjectName(QStringLiteral("actionGenerateMigration"));
    m_migrateAction = m_databaseMenu->addAction(tr("&Migrate..."));
    m_migrateAction->setObjectName(QStringLiteral("actionMigrate"));
    m_rollbackAction = m_databaseMenu->addAction(tr("&Undo Last Migration..."));
    m_rollbackAction->setObjectName(QStringLiteral("actionRollback"));
    for (QAction *a : {m_generateAction, m_migrateAction, m_rollbackAction})
        a->setEnabled(false);
    m_generateAction->setIcon(Icons::get(QStringLiteral("generate-migration")));
    m_migrateAction->setIcon(Icons::get(QStringLiteral("migrate")));
    m_rollbackAction->setIcon(Icons::get(QStringLiteral("rollback")));
    QToolBar *dbBar = addToolBar(tr("Database"));
    dbBar->setObjectName(QStringLiteral("databaseToolBar"));
    dbBar->addActions({m_generateAction, m_migrateAction, m_rollbackAction});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAct = help->addAction(tr("&About SchemaForge"), this, &MainWindow::about);
    aboutAct->setMenuRole(QAction::AboutRole);
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
    std::map<std::string, QSizeF> sizes;
    for (ModelItem *m : m_scene->modelItems())
        sizes[m->modelId()] = m->cardRect().size();
    auto positions = AutoLayout::compute(m_doc->design(), sizes);
    if (!positions.empty()) {
        m_doc->undoStack()->push(new AutoLayoutCommand(m_doc, std::move(positions)));
        m_view->zoomToFit();
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SchemaForge"),
                       tr("<h3>SchemaForge %1</h3><p>A visual schema designer for Sequelize: draw models and "
                          "associations, generate reversible migrations.</p>")
                           .arg(QApplication::applicationVersion()));
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
