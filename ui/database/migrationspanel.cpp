#include "ui/database/migrationspanel.h"

#include "ui/database/connectionpicker.h"
#include "ui/database/connectionstore.h"
#include "ui/database/generatemigrationdialog.h"
#include "ui/database/logpanel.h"
#include "ui/database/migrationlist.h"
#include "ui/database/preferences.h"
#include "ui/database/projectpaths.h"
#include "ui/document/documentcontroller.h"

#include "core/migrate/executor.h"
#include "core/migrate/generator.h"

#include <QComboBox>
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

    m_connection = new ConnectionPicker(m_store, doc, this);
    m_list = new MigrationList(this);
    m_generate = button(tr("Generate Migration..."), QStringLiteral("generateButton"), this);
    m_migrate = button(tr("Migrate"), QStringLiteral("migrateButton"), this);
    m_migrate->setToolTip(tr("Apply every pending migration, or up to the selected pending one"));
    m_undoLast = button(tr("Undo Last"), QStringLiteral("undoLastButton"), this);
    m_undoAll = button(tr("Undo All"), QStringLiteral("undoAllButton"), this);
    m_drift = button(tr("Check Drift"), QStringLiteral("driftButton"), this);
    m_cancel = button(tr("Cancel"), QStringLiteral("cancelButton"), this);
    m_cancel->setToolTip(tr("Stop before the next migration"));
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

    onConnectionChosen();
    setBusy(false);
}

MigrationsPanel::~MigrationsPanel()
{
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;  // its thread has stopped: nothing can be running in it
}

void MigrationsPanel::onConnectionChosen()
{
    m_error.clear();
    m_summary.clear();
    Q_EMIT connectionDialectChanged(currentDialect());
    refresh();
}

void MigrationsPanel::addConnectionInteractive() { m_connection->addInteractive(); }

void MigrationsPanel::addConnection(const QString &name, const QString &url)
{
    m_connection->remember(name);
    m_store->addProfile(name, url);  // a password in `url` is kept for the session only
}

bool MigrationsPanel::selectConnection(const QString &name) { return m_connection->select(name); }

QString MigrationsPanel::currentConnection() const { return m_connection->current(); }

QString MigrationsPanel::currentDialect() const
{
    const QString url = m_store->urlOf(currentConnection());
    if (url.startsWith(QLatin1String("sqlite:")))
        return QStringLiteral("sqlite");
    if (url.startsWith(QLatin1String("mysql:")) || url.startsWith(QLatin1String("mariadb:")))
        return QStringLiteral("mysql");
    if (url.startsWith(QLatin1String("postgres")))
        return QStringLiteral("postgres");
    return QString::fromStdString(m_doc->project().defaultDialect());
}

int MigrationsPanel::stateOf(const QString &id) const { return m_list->stateOf(id); }

QStringList MigrationsPanel::migrationIds() const { return m_list->ids(); }

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
    return true;
}

void MigrationsPanel::setBusy(bool busy)
{
    m_busy = std::max(0, m_busy + (busy ? 1 : -1));
    const bool idle = m_busy == 0;
    for (QPushButton *b : {m_generate, m_migrate, m_undoLast, m_undoAll, m_drift, m_refresh})
        b->setEnabled(idle);
    m_connection->setEnabled(idle);
    m_cancel->setEnabled(!idle);
    Q_EMIT busyChanged(!idle);
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
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job] { w->readStatus(job); }, Qt::QueuedConnection);
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
    migrate::GenerateOptions options;
    options.allowDestructive = !dialog.destructive().isEmpty();
    const auto result = migrate::Generator::generate(m_doc->project(), dir.toStdString(),
                                                     dialog.migrationName().toStdString(), options);
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
    MigrationJob job;
    if (!makeJob(&job))
        return;
    const QString target = m_list->selectedPendingId();
    m_summary.clear();
    m_error.clear();
    setBusy(true);
    m_worker->rearm();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job, target] { w->migrate(job, target); }, Qt::QueuedConnection);
}

void MigrationsPanel::undoLast()
{
    MigrationJob job;
    if (!makeJob(&job))
        return;
    m_summary.clear();
    m_error.clear();
    setBusy(true);
    m_worker->rearm();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job] { w->undo(job, MigrationWorker::UndoScope::Last); },
                              Qt::QueuedConnection);
}

void MigrationsPanel::undoAll()
{
    MigrationJob job;
    if (!makeJob(&job))
        return;
    m_summary.clear();
    m_error.clear();
    setBusy(true);
    m_worker->rearm();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job] { w->undo(job, MigrationWorker::UndoScope::All); },
                              Qt::QueuedConnection);
}

void MigrationsPanel::checkDrift()
{
    MigrationJob job;
    if (!makeJob(&job))
        return;
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job] { w->checkDrift(job); }, Qt::QueuedConnection);
}

void MigrationsPanel::cancel() { m_worker->cancel(); }

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
