#include "ui/shell/databasepanels.h"

#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/modelitem.h"
#include "ui/connections/connectionstore.h"
#include "ui/document/documentcontroller.h"
#include "ui/document/projectpaths.h"
#include "ui/export/modelexporter.h"
#include "ui/import/importdialog.h"
#include "ui/migrations/migrationspanel.h"
#include "ui/panels/associationpropertiespage.h"
#include "ui/panels/attributetable.h"
#include "ui/panels/logpanel.h"
#include "ui/panels/modelpropertiespage.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/propertyeditor.h"
#include "ui/preferences/languageloader.h"
#include "ui/preferences/preferences.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/preferences/themeloader.h"
#include "ui/preview/sqlpreviewpanel.h"
#include "ui/shell/fileactions.h"
#include "ui/shell/mainwindow.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>

namespace sf::ui {

DatabasePanels *installDatabasePanels(MainWindow *window)
{
    return new DatabasePanels(window);
}

DatabasePanels::DatabasePanels(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("databasePanels"));
    DocumentController *doc = window->document();
    m_log = new LogPanel(window);
    m_preview = new SqlPreviewPanel(doc, window);
    m_migrations = new MigrationsPanel(doc, m_log, window);
    m_problems = new ProblemsPanel(doc, window);
    QTabWidget *tabs = window->bottomPanels();
    tabs->addTab(m_preview, tr("SQL Preview"));
    tabs->addTab(m_migrations, tr("Migrations"));
    tabs->addTab(m_problems, tr("Problems"));
    tabs->addTab(m_log, tr("Log"));

    connect(m_migrations, &MigrationsPanel::connectionDialectChanged, m_preview,
            &SqlPreviewPanel::setConnectionDialect);
    m_preview->setConnectionDialect(m_migrations->currentDialect());
    connect(m_migrations, &MigrationsPanel::migrationGenerated, m_preview, &SqlPreviewPanel::reloadMigrations);
    connect(m_migrations, &MigrationsPanel::driftChecked, this, [this](const QList<DriftRow> &items) {
        m_problems->setDrift(items);
        highlightModels(m_problems->driftModelIds()); // a check without drift clears the outlines
        if (!items.isEmpty())
            showTab(m_problems);
    });
    connect(doc, &DocumentController::projectReset, this, [this] { highlightModels({}); });
    connect(m_problems, &ProblemsPanel::objectActivated, this, &DatabasePanels::navigateTo);
    connect(m_problems, &ProblemsPanel::problemsChanged, this, [this, tabs](int errors, int warnings) {
        m_problemCount = errors + warnings;
        updateProblemsTab();
    });
    m_problems->installEventFilter(this); // its tab title is composed: redone on a language change

    createMenus();
    applyCanvasPreferences();
}

void DatabasePanels::createMenus()
{
    QAction *generate = m_window->generateMigrationAction();
    QAction *migrate = m_window->migrateAction();
    QAction *rollback = m_window->rollbackAction();
    connect(generate, &QAction::triggered, this, [this] {
        showTab(m_migrations);
        m_migrations->generateMigration();
    });
    connect(migrate, &QAction::triggered, this, [this] {
        showTab(m_migrations);
        m_migrations->migrate();
    });
    connect(rollback, &QAction::triggered, this, [this] {
        showTab(m_migrations);
        m_migrations->undoLast();
    });
    QMenu *menu = m_window->databaseMenu();
    QAction *undoAll = menu->addAction(tr("Undo &All Migrations"), this, [this] {
        showTab(m_migrations);
        m_migrations->undoAll();
    });
    undoAll->setObjectName(QStringLiteral("actionUndoAll"));
    QAction *drift = menu->addAction(tr("Check &Drift"), this, [this] {
        showTab(m_migrations);
        m_migrations->checkDrift();
    });
    drift->setObjectName(QStringLiteral("actionCheckDrift"));
    m_clearHighlight = menu->addAction(tr("C&lear Drift Highlight"), this, [this] { highlightModels({}); });
    m_clearHighlight->setObjectName(QStringLiteral("actionClearDriftHighlight"));
    m_clearHighlight->setEnabled(false);
    // The menu entries are enabled exactly when the panel's buttons are, with the same reason.
    const auto updateEnabled = [=, this] {
        const std::pair<QAction *, const char *> pairs[] = {{generate, "generateButton"},
                                                            {migrate, "migrateButton"},
                                                            {rollback, "undoLastButton"},
                                                            {undoAll, "undoAllButton"},
                                                            {drift, "driftButton"}};
        for (const auto &[action, name] : pairs)
            if (auto *b = m_migrations->findChild<QPushButton *>(QLatin1String(name))) {
                action->setEnabled(b->isEnabled());
                action->setToolTip(b->toolTip());
            }
    };
    connect(m_migrations, &MigrationsPanel::buttonsUpdated, this, updateEnabled);
    updateEnabled();
    menu->addSeparator();
    QAction *importDb = menu->addAction(tr("&Import from Database..."), this, &DatabasePanels::importFromDatabase);
    importDb->setObjectName(QStringLiteral("actionImportFromDatabase"));
    QAction *exportModels = menu->addAction(tr("&Export Sequelize Models..."), this, [this] {
        ModelExporter::exportInteractive(m_window->document(), m_window);
    });
    exportModels->setObjectName(QStringLiteral("actionExportModels"));

    // Tools menu, before Help.
    auto *tools = new QMenu(tr("&Tools"), m_window->menuBar());
    QAction *prefs = tools->addAction(tr("&Preferences..."), this, &DatabasePanels::openPreferences);
    prefs->setObjectName(QStringLiteral("actionPreferences"));
    prefs->setMenuRole(QAction::PreferencesRole);
    const QList<QAction *> top = m_window->menuBar()->actions();
    if (top.isEmpty())
        m_window->menuBar()->addMenu(tools);
    else
        m_window->menuBar()->insertMenu(top.last(), tools);

    if (QMenu *view = m_window->viewMenu()) {
        QMenu *panels = view->addMenu(tr("&Panels"));
        for (QWidget *panel : std::initializer_list<QWidget *>{m_preview, m_migrations, m_problems, m_log}) {
            QTabWidget *tabs = m_window->bottomPanels();
            panels->addAction(tabs->tabText(tabs->indexOf(panel)), this, [this, panel] { showTab(panel); });
        }
    }
}

void DatabasePanels::showTab(QWidget *panel)
{
    m_window->bottomDock()->show();
    m_window->bottomDock()->raise();
    m_window->bottomPanels()->setCurrentWidget(panel);
}

void DatabasePanels::applyCanvasPreferences()
{
    const Preferences prefs = Preferences::load();
    const QString grid = QCoreApplication::translate("sf::ui::MainWindow", "Show &Grid");
    const QString snap = QCoreApplication::translate("sf::ui::MainWindow", "&Snap to Grid");
    bool gridDone = false, snapDone = false;
    if (QMenu *view = m_window->viewMenu())
        for (QAction *a : view->actions()) {
            if (a->isCheckable() && a->text() == grid) {
                a->setChecked(prefs.showGrid);
                gridDone = true;
            } else if (a->isCheckable() && a->text() == snap) {
                a->setChecked(prefs.snapToGrid);
                snapDone = true;
            }
        }
    if (!gridDone)
        m_window->scene()->setGridVisible(prefs.showGrid);
    if (!snapDone)
        m_window->scene()->setSnapToGrid(prefs.snapToGrid);
}

void DatabasePanels::openPreferences()
{
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.preferences().save();
    if (dialog.preferences().language != before.language)
        LanguageLoader::apply(dialog.preferences().language); // live: the open windows are retranslated
    if (dialog.preferences().theme != before.theme)
        ThemeLoader::apply(dialog.preferences().theme); // live: a palette change every widget follows
    applyCanvasPreferences();
    m_migrations->refresh();
    m_preview->reloadMigrations();
}

void DatabasePanels::importFromDatabase()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    auto *dialog =
        new ImportDialog(m_migrations->connections(), ProjectPaths::projectDir(m_window->document()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectConnection(m_migrations->currentConnection());
    FileActions *files = m_window->fileActions();
    dialog->setReplaceConfirmation([files] { return files->maybeSave(); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { finishImport(dialog); });
    m_importDialog = dialog;
    dialog->open();
}

ImportDialog *DatabasePanels::importDialog() const
{
    return m_importDialog.data();
}

void DatabasePanels::finishImport(ImportDialog *dialog)
{
    DocumentController *doc = m_window->document();
    const QString path = dialog->writtenProjectPath();
    if (!path.isEmpty()) {
        QString error;
        if (!m_window->fileActions()->openPath(path, &error)) {
            QMessageBox::critical(m_window, tr("Import from Database"), error);
            return;
        }
    } else {
        doc->resetProject(dialog->importedProject(), QString());
        doc->undoStack()->resetClean(); // a new design nobody saved yet: closing asks
    }
    // The imported project's profile is the source database; a typed password stays for this session.
    m_migrations->connections()->setSessionPassword(dialog->connectionName(), dialog->sessionPassword());
    m_migrations->selectConnection(dialog->connectionName());
    m_problems->setImportReport(dialog->report());
    showTab(m_problems);
}

void DatabasePanels::highlightModels(const QStringList &ids)
{
    m_window->scene()->setHighlightedModels(QSet<QString>(ids.cbegin(), ids.cend()));
    m_clearHighlight->setEnabled(!ids.isEmpty());
    if (!ids.isEmpty())
        m_window->view()->centerOnModel(ids.front().toStdString());
}

void DatabasePanels::updateProblemsTab()
{
    QTabWidget *tabs = m_window->bottomPanels();
    tabs->setTabText(tabs->indexOf(m_problems),
                     m_problemCount ? tr("Problems (%1)").arg(m_problemCount) : tr("Problems"));
}

bool DatabasePanels::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_problems && event->type() == QEvent::LanguageChange)
        updateProblemsTab();
    return QObject::eventFilter(watched, event);
}

void DatabasePanels::navigateTo(const QString &ownerId, const QString &focusId)
{
    const std::string owner = ownerId.toStdString();
    m_window->scene()->selectOnly(owner);
    PropertyEditor *editor = m_window->propertyEditor();
    editor->showObject(owner);
    if (auto *dock = qobject_cast<QDockWidget *>(editor->parentWidget())) {
        dock->show();
        dock->raise();
    }
    if (m_window->scene()->modelItem(owner)) {
        m_window->view()->centerOnModel(owner);
        AttributeTable *table = editor->modelPage()->attributeTable();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->attributeIdAt(row) == focusId.toStdString()) {
                table->setCurrentCell(row, AttributeTable::Name);
                table->setFocus(Qt::OtherFocusReason);
                return;
            }
        if (auto *name = editor->modelPage()->findChild<QLineEdit *>()) {
            name->setFocus(Qt::OtherFocusReason);
            name->selectAll();
        }
    } else {
        editor->associationPage()->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace sf::ui
