#include "core/usecase/migrationsession.h"

#include "core/sql/dialectid.h"

#include "core/db/dberror.h"
#include "core/db/introspector.h"
#include "core/db/openconnection.h"
#include "core/migrate/directory.h"
#include "core/node/nodemigrationrunner.h"
#include "core/sequelize/sequelizeproject.h"

#include <QFileInfo>

#include <algorithm>
#include <set>

namespace sf::usecase {

namespace {

migrate::RunResult notConnected(bool databaseMissing, const std::string &url)
{
    migrate::RunResult r;
    r.outcome = migrate::RunResult::Outcome::UserError;
    r.error = databaseMissing ? "the SQLite database " + url + " does not exist yet" : "not connected";
    return r;
}

bool isApplied(migrate::MigrationState s)
{
    return s == migrate::MigrationState::Applied || s == migrate::MigrationState::AppliedBySequelize ||
           s == migrate::MigrationState::ChangedChecksum;
}

// Adds one migration's run to the whole run's result.
void merge(migrate::RunResult &into, migrate::RunResult part)
{
    into.done.insert(into.done.end(), part.done.begin(), part.done.end());
    into.planned.insert(into.planned.end(), part.planned.begin(), part.planned.end());
    into.outcome = part.outcome;
    into.error = std::move(part.error);
    into.failure = std::move(part.failure);
    into.dataLoss = std::move(part.dataLoss);
}

} // namespace

MigrationSession::MigrationSession(ProjectContext context) : m_context(std::move(context)) {}

MigrationSession::~MigrationSession()
{
    // The runner may hold node's view of this connection: let it go first.
    m_handWritten.reset();
    if (m_connection)
        m_connection->close();
}

SessionError MigrationSession::connect(const ConnectOptions &options)
{
    const auto &profiles = m_context.project.connections;
    std::string url = options.url;
    m_connectionName = options.profile;
    if (url.empty()) {
        if (profiles.empty())
            return {SessionError::Kind::Connection, "the project has no connection profiles",
                    "pass --url URL or add one to \"connections\""};
        const auto it = options.profile.empty() ? profiles.begin()
                                                : std::find_if(profiles.begin(), profiles.end(), [&](const auto &p) {
                                                      return p.name == options.profile;
                                                  });
        if (it == profiles.end()) {
            std::string names;
            for (const auto &p : profiles)
                names += (names.empty() ? "" : ", ") + p.name;
            return {SessionError::Kind::Connection,
                    "no connection profile \"" + options.profile + "\" in the project (have: " + names + ")",
                    "pass --connection with one of those names, or --url URL"};
        }
        url = it->url;
        m_connectionName = it->name;
    }
    m_lockTimeoutMs = options.lockTimeoutMs;
    m_timeouts.tableLockTimeoutMs = options.tableLockTimeoutMs.value_or(
        m_context.project.settings.tableLockTimeoutMs.value_or(m_timeouts.tableLockTimeoutMs));
    m_timeouts.statementTimeoutMs = options.statementTimeoutMs.value_or(
        m_context.project.settings.statementTimeoutMs.value_or(m_timeouts.statementTimeoutMs));

    std::string loadError;
    m_sources = migrate::MigrationSteps::load(m_context.migrationsDir, &loadError);
    if (!loadError.empty())
        return {SessionError::Kind::Migrations, loadError, ""};

    db::OpenOptions oo;
    oo.projectDir = m_context.projectDir;
    oo.createSqliteFile = options.createSqliteFile;
    std::string urlError;
    const auto resolved = db::resolveConnectionUrl(url, oo, &urlError);
    if (!options.createSqliteFile && resolved && resolved->kind == db::ConnectionUrl::Kind::Sqlite &&
        !resolved->isMemory() && !QFileInfo::exists(QString::fromStdString(resolved->database))) {
        // No database yet: every migration is pending, and merely looking must not create the file.
        m_databaseMissing = true;
        m_redactedUrl = "sqlite:" + resolved->database;
        return {};
    }
    auto opened = db::openConnection(url, oo);
    m_redactedUrl = opened.redactedUrl;
    if (!opened.ok())
        return {opened.userError ? SessionError::Kind::Connection : SessionError::Kind::Database,
                (m_connectionName.empty() || !options.url.empty() ? std::string()
                                                                  : "connection \"" + m_connectionName + "\": ") +
                    opened.error,
                ""};
    m_connection = std::move(opened.connection);
    m_dialect = std::string(sql::dialectName(m_connection->dialectId()));
    // Identities only: planning every migration is most of a no-op status's time (see planSteps).
    m_steps.clear();
    m_plannedOnline.reset();
    for (const auto &src : m_sources) {
        migrate::MigrationStep step;
        step.id = src.id;
        step.fileName = src.fileName.empty() ? src.id + ".js" : src.fileName;
        step.checksum = src.checksum;
        step.handWrittenPath = src.handWrittenPath;
        m_steps.push_back(std::move(step));
    }
    const bool anyHandWritten =
        std::any_of(m_steps.begin(), m_steps.end(), [](const auto &s) { return !s.handWrittenPath.empty(); });
    if (anyHandWritten && resolved) {
        // Node starts only when one of them actually runs (status never starts it).
        node::NodeProjectOptions no;
        no.projectDir = sequelize::SequelizeProject::findRoot(m_context.projectDir, m_context.migrationsDir);
        no.env = m_connectionName;
        m_handWritten = std::make_unique<node::NodeMigrationRunner>(no, *resolved);
    }
    return {};
}

std::string MigrationSession::server() const
{
    return m_connection ? m_connection->serverDescription() : std::string();
}

StatusReport MigrationSession::status()
{
    StatusReport r;
    if (m_databaseMissing) {
        for (const auto &s : m_sources)
            r.entries.push_back({s.id,
                                 s.fileName.empty() ? s.id + ".js" : s.fileName,
                                 migrate::MigrationState::Pending,
                                 {},
                                 {},
                                 {},
                                 s.checksum});
    } else if (m_connection) {
        r.server = m_connection->serverDescription();
        r.entries = migrate::Executor(*m_connection, {}).status(m_steps, &r.error);
        try {
            r.interrupted = migrate::Journal(*m_connection).read();
        } catch (const db::DbError &e) {
            r.error = std::string("cannot read the migration journal: ") + e.what();
        }
        if (r.interrupted) {
            planSteps(m_plannedOnline.value_or(false)); // to name the statements that did not run
            const migrate::MigrationStep *step = nullptr;
            for (const auto &s : m_steps)
                if (s.fileName == r.interrupted->fileName)
                    step = &s;
            r.interruptedText = r.interrupted->describe(step);
            ++r.problems;
        }
    } else {
        r.error = notConnected(false, m_redactedUrl).error;
    }
    try {
        // Needs no database: a fork is in the folder (two branches merged), whatever was applied.
        r.forks = migrate::Branches::forks(migrate::MigrationDirectory::load(m_context.migrationsDir));
        r.problems += int(r.forks.size());
    } catch (const std::exception &) {
        // an unreadable folder was already reported when the steps were loaded
    }
    for (const auto &e : r.entries) {
        r.pending += e.state == migrate::MigrationState::Pending;
        r.problems +=
            e.state == migrate::MigrationState::ChangedChecksum || e.state == migrate::MigrationState::MissingFile;
    }
    return r;
}

migrate::ExecutorOptions MigrationSession::executorOptions(const RunOptions &o) const
{
    migrate::ExecutorOptions eo;
    eo.dryRun = o.dryRun;
    eo.force = o.force;
    eo.allowDestructive = o.allowDestructive;
    eo.lockTimeoutMs = m_lockTimeoutMs;
    eo.timeouts = m_timeouts;
    eo.handWritten = m_handWritten.get();
    eo.target = o.target;
    eo.recovery = o.recovery;
    return eo;
}

RunReport MigrationSession::migrate(const RunOptions &options, migrate::Listener *listener)
{
    if (!m_connection)
        return {notConnected(m_databaseMissing, m_redactedUrl), 0, false, {}};
    planSteps(options.online);
    if (options.cancel || options.progress)
        return stepwise(migrate::Direction::Up, options, listener);
    RunReport r;
    r.result = migrate::Executor(*m_connection, executorOptions(options), listener).migrate(m_steps);
    r.total = int(r.result.planned.size());
    return r;
}

RunReport MigrationSession::undo(migrate::UndoScope scope, const RunOptions &options, migrate::Listener *listener)
{
    if (!m_connection)
        return {notConnected(m_databaseMissing, m_redactedUrl), 0, false, {}};
    planSteps(false);
    if ((options.cancel || options.progress) && scope != migrate::UndoScope::To) {
        RunOptions o = options;
        o.target = scope == migrate::UndoScope::All ? "*" : "";
        return stepwise(migrate::Direction::Down, o, listener);
    }
    RunReport r;
    r.result = migrate::Executor(*m_connection, executorOptions(options), listener).undo(m_steps, scope);
    r.total = int(r.result.planned.size());
    return r;
}

// online = true: CONCURRENTLY indexes, NOT VALID + VALIDATE foreign keys (planned again when it changes).
void MigrationSession::planSteps(bool online)
{
    if (m_plannedOnline == online)
        return;
    m_steps = migrate::MigrationSteps::plan(m_sources, m_connection->sqlDialect(), online);
    m_plannedOnline = online;
}

// One migration per executor run, so a front end can stop between two and show progress; each run
// takes the lock and its own transaction exactly as a whole run does.
RunReport MigrationSession::stepwise(migrate::Direction direction, const RunOptions &options,
                                     migrate::Listener *listener)
{
    RunReport r;
    if (options.recovery != migrate::Recovery::None) {
        r.result = migrate::Executor(*m_connection, executorOptions(options), listener).recoverOnly(m_steps);
        if (!r.result.ok())
            return r;
    }
    const auto entries = migrate::Executor(*m_connection, {}).status(m_steps, &r.result.error);
    if (!r.result.error.empty()) {
        r.result.outcome = migrate::RunResult::Outcome::DatabaseError;
        return r;
    }
    std::vector<std::string> ids;
    if (direction == migrate::Direction::Up) {
        for (const auto &e : entries) {
            if (e.state == migrate::MigrationState::Pending)
                ids.push_back(e.id);
            if (!options.target.empty() && e.id == options.target)
                break;
        }
    } else {
        for (const auto &e : entries)
            if (isApplied(e.state))
                ids.insert(ids.begin(), e.id); // newest first: the order undo runs
        if (options.target != "*" && ids.size() > 1)
            ids.resize(1);
    }
    r.total = int(ids.size());
    if (options.progress)
        options.progress(0, r.total);
    for (int done = 0; done < r.total; ++done) {
        if (options.cancel && *options.cancel) {
            r.cancelled = true;
            r.stoppedBefore = ids[size_t(done)];
            return r;
        }
        RunOptions one = options;
        one.recovery = migrate::Recovery::None; // dealt with above
        one.target = direction == migrate::Direction::Up ? ids[size_t(done)] : std::string();
        migrate::Executor executor(*m_connection, executorOptions(one), listener);
        auto part = direction == migrate::Direction::Up ? executor.migrate(m_steps)
                                                        : executor.undo(m_steps, migrate::UndoScope::Last);
        const bool ok = part.ok(), nothing = part.done.empty();
        merge(r.result, std::move(part));
        if (!ok || nothing)
            break;
        if (options.progress)
            options.progress(done + 1, r.total);
    }
    return r;
}

DriftReport MigrationSession::drift()
{
    DriftReport r;
    if (!m_connection) {
        r.error = notConnected(m_databaseMissing, m_redactedUrl).error;
        return r;
    }
    const auto entries = migrate::Executor(*m_connection, {}).status(m_steps, &r.error);
    if (!r.error.empty()) {
        r.databaseError = true;
        return r;
    }
    std::set<std::string> applied;
    for (const auto &e : entries) {
        if (e.state == migrate::MigrationState::MissingFile)
            r.missingFiles.push_back(e.fileName);
        else if (e.state != migrate::MigrationState::Pending)
            applied.insert(e.id);
    }
    r.applied = applied.size();
    const auto expected = migrate::MigrationSteps::replay(m_sources, applied, &r.error);
    if (!r.error.empty())
        return r;
    try {
        auto actual = db::Introspector::introspect(*m_connection);
        r.warnings.insert(r.warnings.end(), actual.warnings.begin(), actual.warnings.end());
        r.items = migrate::Drift::compare(expected, actual.schema, m_dialect);
    } catch (const db::DbError &e) {
        r.schemaError = e.what();
        r.error = "cannot read the schema: " + r.schemaError;
        r.databaseError = true;
    }
    return r;
}

migrate::GenerateResult MigrationSession::generate(const std::string &name,
                                                   const migrate::GenerateOptions &options) const
{
    return migrate::Generator::generate(m_context.project, m_context.migrationsDir, name, options);
}

} // namespace sf::usecase
