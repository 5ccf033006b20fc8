#include "ui/migrations/migrationspanel.h"

#include "ui/connections/connectionpicker.h"
#include "ui/connections/connectionstore.h"
#include "ui/document/documentcontroller.h"
#include "ui/document/projectpaths.h"
#include "ui/migrations/datalossconfirm.h"
#include "ui/migrations/generatemigrationdialog.h"
#include "ui/migrations/migrationlist.h"
#include "ui/panels/logpanel.h"
#include "ui/preferences/preferences.h"

#include "core/migrate/executor.h"
#include "core/migrate/generator.h"
#include "core/sql/dialectid.h"
#include "core/usecase/migrationsession.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace sf::ui {

namespace {
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

MigrationsPanel::MigrationsPanel(DocumentController *doc, LogPanel *log, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_log(log), m_store(new ConnectionStore(doc, this))
{
    setObjectName(QStringLiteral("migrationsPanel"));
    qRegisterMetaType<QList<sf::ui::MigrationRow>>();
    qRegisterMetaType<QList<sf::ui::DriftRow>>();
    qRegisterMetaType<QList<sf::ui::LossRow>>();

    m_connection = new ConnectionPicker(m_store, doc, this);
    m_list = new MigrationList(this);
    m_generate = button(tr("Generate Migration..."), QStringLiteral("generateButton"), this);
    m_migrate = button(tr("Migrate"), QStringLiteral("migrateButton"), this);
    m_undoLast = button(tr("Undo Last"), QStringLiteral("undoLastButton"), this);
    m_undoAll = button(tr("Undo All"), QStringLiteral("undoAllButton"), this);
    m_drift = button(tr("Check Drift"), QStringLiteral("driftButton"), this);
    m_cancel = button(tr("Cancel"), QStringLiteral("cancelButton"), this);
    m_refresh = button(tr("Refresh"), QStringLiteral("refreshButton"), this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("migrationProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("migrationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Connection:"), this));
    top->addWidget(m_connection, 1);
    top->addWidget(m_refresh);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_generate, m_migrate, m_undoLast, m_undoAll, m_drift, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("migrationWorker"));
    m_worker = new MigrationWorker;
    m_worker->moveToThread(m_thread);
    connect(m_worker, &MigrationWorker::statusRead, this, &MigrationsPanel::showRows);
    connect(m_worker, &MigrationWorker::runFinished, this, &MigrationsPanel::finishRun);
    connect(m_worker, &MigrationWorker::driftChecked, this, &MigrationsPanel::showDrift);
    connect(m_worker, &MigrationWorker::assessed, this, &MigrationsPanel::onAssessed);
    connect(m_worker, &MigrationWorker::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_worker, &MigrationWorker::logged, this,
            [this](int level, const QString &text) { m_log->append(LogPanel::Level(level), text); });
    m_thread->start();

    connect(m_generate, &QPushButton::clicked, this, &MigrationsPanel::generateMigration);
    connect(m_migrate, &QPushButton::clicked, this, &MigrationsPanel::migrate);
    connect(m_undoLast, &QPushButton::clicked, this, &MigrationsPanel::undoLast);
    connect(m_undoAll, &QPushButton::clicked, this, &MigrationsPanel::undoAll);
    connect(m_drift, &QPushButton::clicked, this, &MigrationsPanel::checkDrift);
    connect(m_cancel, &QPushButton::clicked, this, &MigrationsPanel::cancel);
    connect(m_refresh, &QPushButton::clicked, this, &MigrationsPanel::refresh);
    connect(m_connection, &ConnectionPicker::chosen, this, &MigrationsPanel::onConnectionChosen);
    connect(m_connection, &ConnectionPicker::failed, this, [this](const QString &text) { setMessage(text, true); });

    for (auto signal :
         {&DocumentController::modelAdded, &DocumentController::modelRemoved, &DocumentController::modelChanged,
          &DocumentController::associationAdded, &DocumentController::associationRemoved,
          &DocumentController::associationChanged, &DocumentController::filePathChanged})
        connect(doc, signal, this, &MigrationsPanel::updateButtons);
    connect(doc, &DocumentController::dirtyChanged, this, &MigrationsPanel::updateButtons);
    connect(doc, &DocumentController::projectReset, this, &MigrationsPanel::updateButtons);

    onConnectionChosen();
    setBusy(false);
}

MigrationsPanel::~MigrationsPanel()
{
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has stopped: nothing can be running in it
}

void MigrationsPanel::onConnectionChosen()
{
    m_error.clear();
    m_summary.clear();
    Q_EMIT connectionDialectChanged(currentDialect());
    refresh();
}

void MigrationsPanel::addConnectionInteractive()
{
    m_connection->addInteractive();
}

void MigrationsPanel::addConnection(const QString &name, const QString &url)
{
    m_connection->remember(name);
    m_store->addProfile(name, url); // a password in `url` is kept for the session only
}

bool MigrationsPanel::selectConnection(const QString &name)
{
    return m_connection->select(name);
}

QString MigrationsPanel::currentConnection() const
{
    return m_connection->current();
}

QString MigrationsPanel::currentDialect() const
{
    // The URL's scheme names the dialect (postgres, postgresql, mysql, mariadb, sqlite).
    const QString url = m_store->urlOf(currentConnection());
    if (const auto id = sql::dialectIdFromName(url.section(QLatin1Char(':'), 0, 0).toStdString()))
        return QString::fromStdString(std::string(sql::projectDialectName(*id)));
    return QString::fromStdString(m_doc->project().defaultDialect());
}

int MigrationsPanel::stateOf(const QString &id) const
{
    return m_list->stateOf(id);
}

QStringList MigrationsPanel::migrationIds() const
{
    return m_list->ids();
}

bool MigrationsPanel::makeJob(MigrationJob *job)
{
    job->migrationsDir = ProjectPaths::migrationsDir(m_doc);
    job->projectDir = ProjectPaths::projectDir(m_doc);
    if (job->migrationsDir.isEmpty()) {
        setMessage(tr("Save the project first: its migrations live in a folder beside the project file."), true);
        return false;
    }
    if (currentConnection().isEmpty()) {
        setMessage(tr("Choose or add a connection first."), true);
        return false;
    }
    job->url = m_store->connectUrl(currentConnection());
    job->connectionName = currentConnection();
    job->tableLockTimeoutMs = m_doc->project().settings.tableLockTimeoutMs;
    job->statementTimeoutMs = m_doc->project().settings.statementTimeoutMs;
    return true;
}

void MigrationsPanel::setBusy(bool busy)
{
    m_busy = std::max(0, m_busy + (busy ? 1 : -1));
    updateButtons();
    Q_EMIT busyChanged(m_busy > 0);
}

void MigrationsPanel::updateButtons()
{
    const bool idle = m_busy == 0;
    const bool saved = !ProjectPaths::migrationsDir(m_doc).isEmpty();
    const bool designSaved = !m_doc->hasUnsavedDesignChanges();
    const QString unsavedProject =
        tr("Save the project first: its migrations live in a folder beside the project file.");
    const QString unsavedDesign =
        tr("The design has unsaved changes: save it (or press Generate Migration, which saves it) first, so the "
           "database never gets ahead of the design file.");
    const auto set = [&](QPushButton *b, bool enabled, const QString &tip, const QString &why) {
        b->setEnabled(idle && enabled);
        b->setToolTip(enabled || !idle ? tip : why);
    };
    set(m_generate, saved, tr("Write the next migration from the design (saves the design first)"), unsavedProject);
    const QString why = saved ? unsavedDesign : unsavedProject;
    set(m_migrate, saved && designSaved, tr("Apply every pending migration, or up to the selected pending one"), why);
    set(m_undoLast, saved && designSaved, tr("Roll back the last applied migration"), why);
    set(m_undoAll, saved && designSaved, tr("Roll back every applied migration"), why);
    set(m_drift, saved, tr("Compare the database with its applied migrations"), unsavedProject);
    m_refresh->setEnabled(idle);
    m_connection->setEnabled(idle);
    m_cancel->setEnabled(!idle);
    m_cancel->setToolTip(tr("Stop before the next migration"));
    Q_EMIT buttonsUpdated();
}

void MigrationsPanel::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    if (error)
        m_error = text;
}

void MigrationsPanel::refresh()
{
    MigrationJob job;
    if (!makeJob(&job)) {
        showRows({}, QString(), QString());
        return;
    }
    setBusy(true);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job] { w->readStatus(job); }, Qt::QueuedConnection);
}

void MigrationsPanel::showRows(const QList<MigrationRow> &rows, const QString &server, const QString &error)
{
    const bool fromWorker = sender() == m_worker;
    if (fromWorker)
        setBusy(false);
    if (!error.isEmpty() || !fromWorker) {
        // No state known: list the files so the user still sees the migrations.
        m_list->showFiles(ProjectPaths::migrationsDir(m_doc));
        if (!error.isEmpty())
            setMessage(error, true);
    } else {
        m_list->showRows(rows);
        if (m_summary.isEmpty() || m_message->text().isEmpty())
            setMessage(tr("%1: %n migration(s)", nullptr, int(rows.size())).arg(server), false);
    }
    Q_EMIT statusRefreshed();
}

void MigrationsPanel::generateMigration()
{
    const QString dir = ProjectPaths::migrationsDir(m_doc);
    if (dir.isEmpty()) {
        setMessage(tr("Save the project first: its migrations live in a folder beside the project file."), true);
        return;
    }
    const Preferences prefs = Preferences::load();
    GenerateMigrationDialog dialog(m_doc->project(), dir, currentDialect(), prefs.confirmDestructive, this);
    if (!dialog.error().isEmpty()) {
        setMessage(dialog.error(), true);
        m_log->append(LogPanel::Level::Error, dialog.error());
        return;
    }
    if (!dialog.hasChanges()) {
        setMessage(tr("No changes: the migrations already describe the design."), false);
        return;
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.destructiveConfirmed()) {
        setMessage(tr("Nothing was written."), false);
        return;
    }
    if (m_doc->isDirty() || m_doc->hasUnsavedDesignChanges()) {
        // The migration must describe the design on disk: save first, or write nothing.
        QString saveError;
        if (!m_doc->save(m_doc->filePath(), &saveError)) {
            const QString text = tr("Nothing was written: saving the design to %1 failed: %2")
                                     .arg(QDir::toNativeSeparators(m_doc->filePath()), saveError);
            setMessage(text, true);
            m_log->append(LogPanel::Level::Error, text);
            return;
        }
        m_log->append(LogPanel::Level::Info,
                      tr("Saved %1 before generating.").arg(QDir::toNativeSeparators(m_doc->filePath())));
    }
    migrate::GenerateOptions options;
    options.allowDestructive = !dialog.destructive().isEmpty();
    // core's MigrationSession::generate, as `schemaforge-cli generate`; the folder is the one shown.
    usecase::ProjectContext context = usecase::ProjectContext::of(m_doc->project(), m_doc->filePath().toStdString());
    context.migrationsDir = dir.toStdString();
    const auto result =
        usecase::MigrationSession(std::move(context)).generate(dialog.migrationName().toStdString(), options);
    const QString message = QString::fromStdString(result.message);
    if (result.status != migrate::GenerateResult::Status::Written) {
        setMessage(message, result.status != migrate::GenerateResult::Status::NoChanges);
        m_log->append(LogPanel::Level::Error, message);
        return;
    }
    m_log->append(LogPanel::Level::Info, tr("Generated %1").arg(QString::fromStdString(result.id)));
    setMessage(tr("Wrote %1.").arg(QString::fromStdString(result.id)), false);
    Q_EMIT migrationGenerated(QString::fromStdString(result.id));
    refresh();
}

void MigrationsPanel::migrate()
{
    assessThenRun(MigrationWorker::RunKind::Migrate, m_list->selectedPendingId());
}

void MigrationsPanel::undoLast()
{
    assessThenRun(MigrationWorker::RunKind::UndoLast, QString());
}

void MigrationsPanel::undoAll()
{
    assessThenRun(MigrationWorker::RunKind::UndoAll, QString());
}

void MigrationsPanel::assessThenRun(MigrationWorker::RunKind kind, const QString &targetId)
{
    MigrationJob job;
    if (!makeJob(&job))
        return;
    m_summary.clear();
    m_error.clear();
    m_cancelRequested = false;
    setBusy(true);
    setMessage(tr("Checking what this would change..."), false);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job, kind, targetId, ms = m_countLimitMs] { w->assess(job, kind, targetId, ms); },
        Qt::QueuedConnection);
}

void MigrationsPanel::onAssessed(int kind, const QString &targetId, const QList<LossRow> &losses, const QString &server,
                                 const QString &error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        setMessage(error, true);
        m_log->append(LogPanel::Level::Error, error);
        return;
    }
    if (m_cancelRequested) {
        setMessage(tr("Cancelled: nothing was changed."), false);
        return;
    }
    const auto runKind = MigrationWorker::RunKind(kind);
    if (!losses.isEmpty()) {
        DataLossConfirm confirm(runKind, server, losses, this);
        confirm.exec();
        if (confirm.clickedButton() != confirm.proceedButton()) {
            setMessage(tr("Cancelled: nothing was changed."), false);
            m_log->append(LogPanel::Level::Info, tr("Cancelled before deleting data; the database is unchanged."));
            return;
        }
        for (const LossRow &loss : losses)
            m_log->append(LogPanel::Level::Warning, tr("Confirmed data loss: %1").arg(DataLossConfirm::describe(loss)));
    }
    startRun(runKind, targetId, !losses.isEmpty());
}

void MigrationsPanel::startRun(MigrationWorker::RunKind kind, const QString &targetId, bool dataLossConfirmed)
{
    MigrationJob job;
    if (!makeJob(&job))
        return;
    job.dataLossConfirmed = dataLossConfirmed;
    setMessage(QString(), false);
    setBusy(true);
    m_worker->rearm();
    switch (kind) {
    case MigrationWorker::RunKind::Migrate:
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, job, targetId] { w->migrate(job, targetId); }, Qt::QueuedConnection);
        break;
    case MigrationWorker::RunKind::UndoLast:
    case MigrationWorker::RunKind::UndoAll: {
        const auto scope = kind == MigrationWorker::RunKind::UndoAll ? MigrationWorker::UndoScope::All
                                                                     : MigrationWorker::UndoScope::Last;
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, job, scope] { w->undo(job, scope); }, Qt::QueuedConnection);
        break;
    }
    }
}

void MigrationsPanel::checkDrift()
{
    MigrationJob job;
    if (!makeJob(&job))
        return;
    setBusy(true);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job] { w->checkDrift(job); }, Qt::QueuedConnection);
}

void MigrationsPanel::cancel()
{
    m_cancelRequested = true; // a run still being assessed does not start
    m_worker->cancel();
}

void MigrationsPanel::finishRun(bool ok, const QString &summary)
{
    setBusy(false);
    m_summary = summary;
    setMessage(summary, !ok);
    m_log->append(ok ? LogPanel::Level::Info : LogPanel::Level::Error, summary);
    m_progress->setValue(m_progress->maximum() * ok);
    refresh();
    Q_EMIT runCompleted(ok);
}

void MigrationsPanel::showDrift(const QList<DriftRow> &items, const QString &error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        setMessage(error, true);
        m_log->append(LogPanel::Level::Error, error);
        return;
    }
    if (items.isEmpty()) {
        setMessage(tr("No drift: the database matches its applied migrations."), false);
        m_log->append(LogPanel::Level::Info, tr("No drift found."));
    } else {
        setMessage(tr("Drift found: %n difference(s); see the Problems panel.", nullptr, int(items.size())), true);
        for (const auto &i : items)
            m_log->append(LogPanel::Level::Warning, i.message);
    }
    Q_EMIT driftChecked(items);
}

} // namespace sf::ui
