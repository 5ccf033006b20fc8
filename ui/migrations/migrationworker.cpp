#include "ui/migrations/migrationworker.h"

#include "core/db/dberror.h"
#include "core/db/introspector.h"
#include "core/db/openconnection.h"
#include "core/db/rowcounts.h"
#include "core/migrate/dataloss.h"
#include "core/migrate/drift.h"
#include "core/migrate/executor.h"
#include "core/migrate/migrationsteps.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <memory>
#include <set>

namespace sf::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// One open connection with the project's migrations planned for its dialect (worker thread only).
struct Session {
    std::unique_ptr<db::Connection> connection;
    std::vector<migrate::MigrationSource> sources;
    std::vector<migrate::MigrationStep> steps;
    QString redactedUrl;
    QString error;

    Session(const MigrationJob &job, bool createSqliteFile)
    {
        std::string loadError;
        sources = migrate::MigrationSteps::load(job.migrationsDir.toStdString(), &loadError);
        if (!loadError.empty()) {
            error = qs(loadError);
            return;
        }
        db::OpenOptions options;
        options.projectDir = job.projectDir.toStdString();
        options.createSqliteFile = createSqliteFile;
        auto opened = db::openConnection(job.url.toStdString(), options);
        redactedUrl = qs(opened.redactedUrl);
        if (!opened.ok()) {
            error = qs(opened.error);
            return;
        }
        connection = std::move(opened.connection);
        std::string dialect = connection->dialect();
        if (dialect == "mysql" && connection->serverDescription().rfind("MariaDB", 0) == 0)
            dialect = "mariadb";
        steps = migrate::MigrationSteps::plan(sources, connection->sqlDialect());
    }
    ~Session()
    {
        if (connection)
            connection->close();
    }
    bool ok() const { return connection != nullptr; }
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

bool sqliteFileMissing(const MigrationJob &job)
{
    db::OpenOptions options;
    options.projectDir = job.projectDir.toStdString();
    std::string urlError;
    const auto url = db::resolveConnectionUrl(job.url.toStdString(), options, &urlError);
    return url && url->kind == db::ConnectionUrl::Kind::Sqlite && !url->isMemory() &&
           !QFileInfo::exists(QString::fromStdString(url->database));
}

} // namespace

void MigrationWorker::assess(const MigrationJob &job, RunKind kind, const QString &targetId, int countLimitMs)
{
    const int k = int(kind);
    if (sqliteFileMissing(job)) {
        // No database yet: nothing live can be lost (migrate creates the file; undo has nothing to do).
        Q_EMIT assessed(k, targetId, {}, tr("SQLite (file not created yet)"), QString());
        return;
    }
    Session session(job, false);
    if (!session.ok()) {
        Q_EMIT assessed(k, targetId, {}, QString(), session.error);
        return;
    }
    std::string error;
    const auto entries = migrate::Executor(*session.connection, {}).status(session.steps, &error);
    if (!error.empty()) {
        Q_EMIT assessed(k, targetId, {}, QString(), qs(error));
        return;
    }
    std::vector<std::string> ids;
    for (const auto &e : entries) {
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
    for (const auto &item : migrate::DataLoss::collect(session.sources, ids, direction)) {
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
                const auto count = db::RowCounter::count(*session.connection, item.table, item.column, options);
                row.rows = count.rows;
                row.atLeast = count.atLeast;
                row.countError = qs(count.error);
            }
        }
        rows.append(row);
    }
    Q_EMIT assessed(k, targetId, rows, qs(session.connection->serverDescription()), QString());
}

void MigrationWorker::readStatus(const MigrationJob &job)
{
    // A SQLite file that does not exist yet is an empty database: every migration is pending, and
    // merely looking must not create the file.
    if (sqliteFileMissing(job)) {
        std::string loadError;
        const auto sources = migrate::MigrationSteps::load(job.migrationsDir.toStdString(), &loadError);
        QList<MigrationRow> rows;
        for (const auto &s : sources)
            rows.append({qs(s.id), int(migrate::MigrationState::Pending), QString()});
        Q_EMIT statusRead(rows, tr("SQLite (file not created yet)"), qs(loadError));
        return;
    }
    Session session(job, false);
    if (!session.ok()) {
        Q_EMIT statusRead({}, QString(), session.error);
        return;
    }
    migrate::Executor executor(*session.connection, {});
    std::string error;
    const auto entries = executor.status(session.steps, &error);
    Q_EMIT statusRead(toRows(entries), qs(session.connection->serverDescription()), qs(error));
}

void MigrationWorker::migrate(const MigrationJob &job, const QString &targetId)
{
    Session session(job, true);
    if (!session.ok()) {
        Q_EMIT logged(int(LogLevel::Error), session.error);
        Q_EMIT runFinished(false, session.error);
        return;
    }
    Q_EMIT logged(int(LogLevel::Info), tr("Migrating %1").arg(session.redactedUrl));
    LogListener listener(this);
    std::string error;
    const auto entries = migrate::Executor(*session.connection, {}).status(session.steps, &error);
    if (!error.empty()) {
        Q_EMIT runFinished(false, qs(error));
        return;
    }
    QStringList pending;
    for (const auto &e : entries) {
        if (e.state == migrate::MigrationState::Pending)
            pending << qs(e.id);
        if (!targetId.isEmpty() && qs(e.id) == targetId)
            break;
    }
    int done = 0;
    Q_EMIT progressed(0, int(pending.size()));
    for (const QString &id : pending) {
        if (m_cancel) {
            Q_EMIT logged(int(LogLevel::Warning), tr("Cancelled before %1.").arg(id));
            Q_EMIT runFinished(false, tr("Cancelled after %n migration(s).", nullptr, done));
            return;
        }
        migrate::ExecutorOptions options;
        options.target = id.toStdString();
        options.allowDestructive = job.dataLossConfirmed;
        const auto result = migrate::Executor(*session.connection, options, &listener).migrate(session.steps);
        if (!result.ok()) {
            if (!listener.reported())
                Q_EMIT logged(int(LogLevel::Error), qs(result.error));
            Q_EMIT runFinished(false, qs(result.error));
            return;
        }
        Q_EMIT progressed(++done, int(pending.size()));
    }
    Q_EMIT runFinished(true, pending.isEmpty() ? tr("Nothing to migrate: every migration is applied.")
                                               : tr("Applied %n migration(s).", nullptr, done));
}

void MigrationWorker::undo(const MigrationJob &job, UndoScope scope)
{
    Session session(job, false);
    if (!session.ok()) {
        Q_EMIT logged(int(LogLevel::Error), session.error);
        Q_EMIT runFinished(false, session.error);
        return;
    }
    Q_EMIT logged(int(LogLevel::Info), tr("Undoing on %1").arg(session.redactedUrl));
    std::string error;
    const auto entries = migrate::Executor(*session.connection, {}).status(session.steps, &error);
    if (!error.empty()) {
        Q_EMIT runFinished(false, qs(error));
        return;
    }
    int applied = 0;
    for (const auto &e : entries)
        applied += isApplied(e.state);
    const int total = scope == UndoScope::All ? applied : std::min(applied, 1);
    LogListener listener(this);
    Q_EMIT progressed(0, total);
    for (int done = 0; done < total;) {
        if (m_cancel) {
            Q_EMIT logged(int(LogLevel::Warning), tr("Cancelled."));
            Q_EMIT runFinished(false, tr("Cancelled after undoing %n migration(s).", nullptr, done));
            return;
        }
        migrate::ExecutorOptions options;
        options.allowDestructive = job.dataLossConfirmed; // asked before the run (DataLossConfirm)
        const auto result =
            migrate::Executor(*session.connection, options, &listener).undo(session.steps, migrate::UndoScope::Last);
        if (!result.ok()) {
            if (!listener.reported())
                Q_EMIT logged(int(LogLevel::Error), qs(result.error));
            Q_EMIT runFinished(false, qs(result.error));
            return;
        }
        if (result.done.empty())
            break;
        Q_EMIT progressed(++done, total);
        if (done == total) {
            Q_EMIT runFinished(true, tr("Undid %n migration(s).", nullptr, done));
            return;
        }
    }
    Q_EMIT runFinished(true, tr("Nothing to undo."));
}

void MigrationWorker::checkDrift(const MigrationJob &job)
{
    Session session(job, false);
    if (!session.ok()) {
        Q_EMIT driftChecked({}, session.error);
        return;
    }
    std::string error;
    const auto entries = migrate::Executor(*session.connection, {}).status(session.steps, &error);
    if (!error.empty()) {
        Q_EMIT driftChecked({}, qs(error));
        return;
    }
    std::set<std::string> applied;
    for (const auto &e : entries) {
        if (e.state == migrate::MigrationState::MissingFile)
            Q_EMIT logged(
                int(LogLevel::Warning),
                tr("%1 is applied but has no migration file; its changes count as drift.").arg(qs(e.fileName)));
        else if (e.state != migrate::MigrationState::Pending)
            applied.insert(e.id);
    }
    const auto expected = migrate::MigrationSteps::replay(session.sources, applied, &error);
    if (!error.empty()) {
        Q_EMIT driftChecked({}, qs(error));
        return;
    }
    try {
        const auto actual = db::Introspector::introspect(*session.connection);
        for (const auto &w : actual.warnings)
            Q_EMIT logged(int(LogLevel::Warning), qs(w));
        QList<DriftRow> rows;
        for (const auto &item : migrate::Drift::compare(expected, actual.schema, session.connection->dialect()))
            rows.append({qs(item.table), qs(item.object), qs(item.message)});
        Q_EMIT driftChecked(rows, QString());
    } catch (const db::DbError &e) {
        Q_EMIT driftChecked({}, tr("Cannot read the schema: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace sf::ui
