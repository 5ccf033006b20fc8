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
#include "ui/shell/icons.h"
#include "ui/shell/shellparts.h"

#include <QDockWidget>
#include <QEvent>
#include <QHash>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QToolBar>

namespace sf::ui {

DatabasePanels::DatabasePanels(const ShellParts &shell) : QObject(shell.window), m_shell(shell)
{
    setObjectName(QStringLiteral("databasePanels"));
    DocumentController *doc = shell.document;
    m_log = new LogPanel(shell.window);
    m_preview = new SqlPreviewPanel(doc, shell.window);
    m_migrations = new MigrationsPanel(doc, m_log, shell.window);
    m_problems = new ProblemsPanel(doc, shell.window);
    QTabWidget *tabs = shell.bottomPanels;
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
    connect(m_preview, &SqlPreviewPanel::findingsChanged, this, &DatabasePanels::showLintFindings);
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
    QMenu *menu = m_shell.databaseMenu;
    m_generateAction = menu->addAction(tr("&Generate Migration..."));
    m_generateAction->setObjectName(QStringLiteral("actionGenerateMigration"));
    m_migrateAction = menu->addAction(tr("&Migrate..."));
    m_migrateAction->setObjectName(QStringLiteral("actionMigrate"));
    m_rollbackAction = menu->addAction(tr("&Undo Last Migration..."));
    m_rollbackAction->setObjectName(QStringLiteral("actionRollback"));
    m_generateAction->setIcon(Icons::get(QStringLiteral("generate-migration")));
    m_migrateAction->setIcon(Icons::get(QStringLiteral("migrate")));
    m_rollbackAction->setIcon(Icons::get(QStringLiteral("rollback")));
    QToolBar *dbBar = m_shell.window->addToolBar(tr("Database"));
    dbBar->setObjectName(QStringLiteral("databaseToolBar"));
    dbBar->addActions({m_generateAction, m_migrateAction, m_rollbackAction});
    QAction *generate = m_generateAction;
    QAction *migrate = m_migrateAction;
    QAction *rollback = m_rollbackAction;
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
        ModelExporter::exportInteractive(m_shell.document, m_shell.window);
    });
    exportModels->setObjectName(QStringLiteral("actionExportModels"));

    // Tools menu, before Help.
    auto *tools = new QMenu(tr("&Tools"), m_shell.window->menuBar());
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QAction *prefs = tools->addAction(tr("&Preferences..."), this, &DatabasePanels::openPreferences);
    prefs->setObjectName(QStringLiteral("actionPreferences"));
    prefs->setMenuRole(QAction::PreferencesRole);
    const QList<QAction *> top = m_shell.window->menuBar()->actions();
    if (top.isEmpty())
        m_shell.window->menuBar()->addMenu(tools);
    else
        m_shell.window->menuBar()->insertMenu(top.last(), tools);

    if (QMenu *view = m_shell.viewMenu) {
        QMenu *panels = view->addMenu(tr("&Panels"));
        panels->setObjectName(QStringLiteral("panelsMenu"));
        const std::pair<QWidget *, const char *> entries[] = {{m_preview, "actionShowSqlPreview"},
                                                              {m_migrations, "actionShowMigrations"},
                                                              {m_problems, "actionShowProblems"},
                                                              {m_log, "actionShowLog"}};
        for (const auto &[panel, name] : entries) {
            QTabWidget *tabs = m_shell.bottomPanels;
            QAction *show =
                panels->addAction(tabs->tabText(tabs->indexOf(panel)), this, [this, panel] { showTab(panel); });
            show->setObjectName(QLatin1String(name));
        }
    }
}

void DatabasePanels::showTab(QWidget *panel)
{
    m_shell.bottomDock->show();
    m_shell.bottomDock->raise();
    m_shell.bottomPanels->setCurrentWidget(panel);
}

void DatabasePanels::applyCanvasPreferences()
{
    const Preferences prefs = Preferences::load();
    // Through the View menu's actions (they drive the scene), so their check marks follow.
    m_shell.showGrid->setChecked(prefs.showGrid);
    m_shell.snapToGrid->setChecked(prefs.snapToGrid);
}

void DatabasePanels::openPreferences()
{
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, m_shell.window);
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
        new ImportDialog(m_migrations->connections(), ProjectPaths::projectDir(m_shell.document), m_shell.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectConnection(m_migrations->currentConnection());
    FileActions *files = m_shell.files;
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
    DocumentController *doc = m_shell.document;
    const QString path = dialog->writtenProjectPath();
    if (!path.isEmpty()) {
        QString error;
        if (!m_shell.files->openPath(path, &error)) {
            QMessageBox::critical(m_shell.window, tr("Import from Database"), error);
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
    m_shell.scene->setHighlightedModels(QSet<QString>(ids.cbegin(), ids.cend()));
    m_clearHighlight->setEnabled(!ids.isEmpty());
    if (!ids.isEmpty())
        m_shell.view->centerOnModel(ids.front().toStdString());
}

void DatabasePanels::showLintFindings()
{
    const std::vector<lint::Finding> &findings = m_preview->findings();
    m_problems->setLintFindings(findings);
    // Worst finding per model, and every finding's sentence for the card's tooltip.
    QHash<ModelItem *, std::pair<ModelItem::Risk, QStringList>> risks;
    for (ModelItem *item : m_shell.scene->modelItems())
        risks.insert(item, {ModelItem::Risk::None, {}});
    for (const auto &f : findings) {
        if (f.severity == lint::Severity::Info || f.table.empty())
            continue;
        const QString model = m_problems->modelForTable(QString::fromStdString(f.table));
        ModelItem *item = model.isEmpty() ? nullptr : m_shell.scene->modelItem(model.toStdString());
        if (!item)
            continue;
        auto &[risk, lines] = risks[item];
        if (f.severity == lint::Severity::Error)
            risk = ModelItem::Risk::Error;
        else if (risk == ModelItem::Risk::None)
            risk = ModelItem::Risk::Warning;
        lines << QString::fromStdString(f.message);
    }
    for (auto it = risks.cbegin(); it != risks.cend(); ++it)
        it.key()->setRisk(it.value().first, it.value().second.join(QLatin1Char('\n')));
}

void DatabasePanels::updateProblemsTab()
{
    QTabWidget *tabs = m_shell.bottomPanels;
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
    m_shell.scene->selectOnly(owner);
    PropertyEditor *editor = m_shell.properties;
    editor->showObject(owner);
    if (auto *dock = qobject_cast<QDockWidget *>(editor->parentWidget())) {
        dock->show();
        dock->raise();
    }
    if (m_shell.scene->modelItem(owner)) {
        m_shell.view->centerOnModel(owner);
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
