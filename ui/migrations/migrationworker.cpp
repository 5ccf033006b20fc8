#include "ui/migrations/migrationworker.h"

#include "core/db/rowcounts.h"
#include "core/migrate/dataloss.h"
#include "core/usecase/migrationsession.h"

#include <QElapsedTimer>

#include <algorithm>

namespace sf::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// One open connection with the project's migrations planned for its dialect (worker thread only):
// core's MigrationSession, the one the CLI uses.
struct Session {
    usecase::MigrationSession session;
    QString error;

    Session(const MigrationJob &job, bool createSqliteFile) : session(contextOf(job))
    {
        usecase::ConnectOptions options;
        options.url = job.url.toStdString();
        options.profile = job.connectionName.toStdString();
        options.createSqliteFile = createSqliteFile;
        options.tableLockTimeoutMs = job.tableLockTimeoutMs;
        options.statementTimeoutMs = job.statementTimeoutMs;
        if (const auto e = session.connect(options); !e.ok())
            error = qs(e.message);
    }
    static usecase::ProjectContext contextOf(const MigrationJob &job)
    {
        usecase::ProjectContext c;
        c.projectDir = job.projectDir.toStdString();
        c.migrationsDir = job.migrationsDir.toStdString();
        return c;
    }
    bool ok() const { return error.isEmpty(); }
    bool databaseMissing() const { return session.databaseMissing(); }
    db::Connection &connection() const { return *session.connection(); }
};

// Forwards the executor's events to the worker's logged() signal.
class LogListener : public migrate::Listener
{
public:
    explicit LogListener(MigrationWorker *worker) : m_worker(worker) {}

    void started(const migrate::MigrationStep &step, migrate::Direction d, int, int) override
    {
        log(MigrationWorker::LogLevel::Info, d == migrate::Direction::Up
                                                 ? MigrationWorker::tr("Applying %1").arg(qs(step.id))
                                                 : MigrationWorker::tr("Undoing %1").arg(qs(step.id)));
    }
    void statement(const migrate::MigrationStep &, const sql::Statement &s, int) override
    {
        log(MigrationWorker::LogLevel::Statement, qs(s.sql) + QLatin1Char(';'));
    }
    void finished(const migrate::MigrationStep &step, migrate::Direction, int durationMs) override
    {
        log(MigrationWorker::LogLevel::Info, MigrationWorker::tr("Done: %1 (%2 ms)").arg(qs(step.id)).arg(durationMs));
    }
    void failed(const migrate::MigrationStep &step, const migrate::FailureReport &r) override
    {
        QString text = MigrationWorker::tr("%1 failed").arg(qs(step.id));
        if (!r.sql.empty())
            text += QLatin1Char('\n') + MigrationWorker::tr("Failed statement: %1").arg(qs(r.sql));
        text += QLatin1Char('\n') + MigrationWorker::tr("Database said: %1").arg(qs(r.error));
        text += QLatin1Char('\n') +
                (r.rolledBack
                     ? MigrationWorker::tr("The migration was rolled back; nothing changed.")
                     : MigrationWorker::tr("%n statement(s) before it stay applied.", nullptr, int(r.executed.size())));
        log(MigrationWorker::LogLevel::Error, text);
        m_reported = true;
    }
    void message(const std::string &m) override { log(MigrationWorker::LogLevel::Warning, qs(m)); }

    bool reported() const { return m_reported; }

private:
    void log(MigrationWorker::LogLevel level, const QString &text) { Q_EMIT m_worker->logged(int(level), text); }

    MigrationWorker *m_worker;
    bool m_reported = false;
};

QList<MigrationRow> toRows(const std::vector<migrate::StatusEntry> &entries)
{
    QList<MigrationRow> rows;
    for (const auto &e : entries)
        rows.append({qs(e.id), int(e.state), qs(e.appliedAt)});
    return rows;
}

bool isApplied(migrate::MigrationState s)
{
    return s == migrate::MigrationState::Applied || s == migrate::MigrationState::AppliedBySequelize ||
           s == migrate::MigrationState::ChangedChecksum;
}

} // namespace

void MigrationWorker::assess(const MigrationJob &job, RunKind kind, const QString &targetId, int countLimitMs)
{
    const int k = int(kind);
    Session session(job, false);
    if (!session.ok()) {
        Q_EMIT assessed(k, targetId, {}, QString(), session.error);
        return;
    }
    if (session.databaseMissing()) {
        // No database yet: nothing live can be lost (migrate creates the file; undo has nothing to do).
        Q_EMIT assessed(k, targetId, {}, tr("SQLite (file not created yet)"), QString());
        return;
    }
    const auto status = session.session.status();
    if (!status.error.empty()) {
        Q_EMIT assessed(k, targetId, {}, QString(), qs(status.error));
        return;
    }
    std::vector<std::string> ids;
    for (const auto &e : status.entries) {
        if (kind == RunKind::Migrate && e.state == migrate::MigrationState::Pending)
            ids.push_back(e.id);
        else if (kind != RunKind::Migrate && isApplied(e.state))
            ids.insert(ids.begin(), e.id); // newest first: the order undo runs
        if (kind == RunKind::Migrate && !targetId.isEmpty() && qs(e.id) == targetId)
            break;
    }
    if (kind == RunKind::UndoLast && ids.size() > 1)
        ids.resize(1);
    const auto direction = kind == RunKind::Migrate ? migrate::Direction::Up : migrate::Direction::Down;
    QList<LossRow> rows;
    QElapsedTimer clock;
    clock.start();
    const qint64 budget = 3LL * countLimitMs;
    for (const auto &item : migrate::DataLoss::collect(session.session.sources(), ids, direction)) {
        if (!item.existsBeforeRun)
            continue; // made by the run itself: no live data in it
        LossRow row{qs(item.migrationId), qs(item.table), qs(item.column), qs(item.description), -1, false, {}};
        if (!item.table.empty()) {
            const qint64 left = budget - clock.elapsed();
            if (left <= 0) {
                row.countError = tr("not counted: the time limit for counting was reached");
            } else {
                db::RowCountOptions options;
                options.timeLimitMs = int(std::min<qint64>(countLimitMs, left));
                const auto count = db::RowCounter::count(session.connection(), item.table, item.column, options);
                row.rows = count.rows;
                row.atLeast = count.atLeast;
                row.countError = qs(count.error);
            }
        }
        rows.append(row);
    }
    Q_EMIT assessed(k, targetId, rows, qs(status.server), QString());
}

void MigrationWorker::readStatus(const MigrationJob &job)
{
    // A SQLite file that does not exist yet is an empty database: every migration is pending, and
    // merely looking must not create the file (the session reports it as databaseMissing).
    Session session(job, false);
    if (!session.ok()) {
        Q_EMIT statusRead({}, QString(), session.error);
        return;
    }
    const auto status = session.session.status();
    Q_EMIT statusRead(toRows(status.entries),
                      session.databaseMissing() ? tr("SQLite (file not created yet)") : qs(status.server),
                      qs(status.error));
}

void MigrationWorker::migrate(const MigrationJob &job, const QString &targetId)
{
    Session session(job, true);
    if (!session.ok()) {
        Q_EMIT logged(int(LogLevel::Error), session.error);
        Q_EMIT runFinished(false, session.error);
        return;
    }
    Q_EMIT logged(int(LogLevel::Info), tr("Migrating %1").arg(qs(session.session.redactedUrl())));
    LogListener listener(this);
    usecase::RunOptions options;
    options.target = targetId.toStdString();
    options.allowDestructive = job.dataLossConfirmed;
    options.cancel = &m_cancel;
    options.progress = [this](int done, int total) { Q_EMIT progressed(done, total); };
    const auto report = session.session.migrate(options, &listener);
    const int done = int(report.result.done.size());
    if (report.cancelled) {
        Q_EMIT logged(int(LogLevel::Warning), tr("Cancelled before %1.").arg(qs(report.stoppedBefore)));
        Q_EMIT runFinished(false, tr("Cancelled after %n migration(s).", nullptr, done));
    } else if (!report.result.ok()) {
        if (!listener.reported())
            Q_EMIT logged(int(LogLevel::Error), qs(report.result.error));
        Q_EMIT runFinished(false, qs(report.result.error));
    } else {
        Q_EMIT runFinished(true, report.total == 0 ? tr("Nothing to migrate: every migration is applied.")
                                                   : tr("Applied %n migration(s).", nullptr, done));
    }
}

void MigrationWorker::undo(const MigrationJob &job, UndoScope scope)
{
    Session session(job, false);
    if (!session.ok()) {
        Q_EMIT logged(int(LogLevel::Error), session.error);
        Q_EMIT runFinished(false, session.error);
        return;
    }
    Q_EMIT logged(int(LogLevel::Info), tr("Undoing on %1").arg(qs(session.session.redactedUrl())));
    LogListener listener(this);
    usecase::RunOptions options;
    options.allowDestructive = job.dataLossConfirmed; // asked before the run (DataLossConfirm)
    options.cancel = &m_cancel;
    options.progress = [this](int done, int total) { Q_EMIT progressed(done, total); };
    const auto report = session.session.undo(
        scope == UndoScope::All ? migrate::UndoScope::All : migrate::UndoScope::Last, options, &listener);
    const int done = int(report.result.done.size());
    if (report.cancelled) {
        Q_EMIT logged(int(LogLevel::Warning), tr("Cancelled."));
        Q_EMIT runFinished(false, tr("Cancelled after undoing %n migration(s).", nullptr, done));
    } else if (!report.result.ok()) {
        if (!listener.reported())
            Q_EMIT logged(int(LogLevel::Error), qs(report.result.error));
        Q_EMIT runFinished(false, qs(report.result.error));
    } else {
        Q_EMIT runFinished(true, done ? tr("Undid %n migration(s).", nullptr, done) : tr("Nothing to undo."));
    }
}

void MigrationWorker::checkDrift(const MigrationJob &job)
{
    Session session(job, false);
    if (!session.ok()) {
        Q_EMIT driftChecked({}, session.error);
        return;
    }
    const auto report = session.session.drift();
    for (const auto &file : report.missingFiles)
        Q_EMIT logged(int(LogLevel::Warning),
                      tr("%1 is applied but has no migration file; its changes count as drift.").arg(qs(file)));
    for (const auto &w : report.warnings)
        Q_EMIT logged(int(LogLevel::Warning), qs(w));
    QList<DriftRow> rows;
    for (const auto &item : report.items)
        rows.append({qs(item.table), qs(item.object), qs(item.message)});
    Q_EMIT driftChecked(rows, report.schemaError.empty()
                                  ? qs(report.error)
                                  : tr("Cannot read the schema: %1").arg(QString::fromUtf8(report.schemaError)));
}

} // namespace sf::ui
