#pragma once
// MigrationSession is what migrate, undo, status, drift and generate share in both front ends: a
// project with its migrations folder (ProjectContext), the connection chosen by profile or URL,
// the migrations planned for its dialect, the lock and timeout settings and the hand-written
// migration runner. Owns the connection; single-threaded (use it on the thread that connected, so
// the designer builds it inside its worker). Results are plain structs the CLI prints and the
// designer shows. Never prints; never puts a password into an error.

#include "core/db/connection.h"
#include "core/migrate/branches.h"
#include "core/migrate/drift.h"
#include "core/migrate/executor.h"
#include "core/migrate/generator.h"
#include "core/migrate/journal.h"
#include "core/migrate/migrationsteps.h"
#include "core/migrate/sessiontimeouts.h"
#include "core/usecase/projectcontext.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sf::usecase {

struct ConnectOptions {
    std::string url;              // a database URL (may hold ${VAR} or a session password); empty: use `profile`
    std::string profile;          // a connection profile of the project ("" = the first); with `url`: only its name
    bool createSqliteFile = true; // false: a missing SQLite file is reported as databaseMissing(), not made
    int lockTimeoutMs = 60000;
    std::optional<int> tableLockTimeoutMs; // else the project's setting, else the server's
    std::optional<int> statementTimeoutMs;
};

struct SessionError {
    enum class Kind { None, Usage, Connection, Migrations, Database };
    Kind kind = Kind::None;
    std::string message; // one sentence; no password
    std::string hint;

    bool ok() const { return kind == Kind::None; }
    bool userError() const { return kind != Kind::Database; }
};

struct StatusReport {
    std::vector<migrate::StatusEntry> entries;
    std::string server; // e.g. "PostgreSQL 15.5"; "" when the database does not exist yet
    std::string error;  // reading the history failed
    int pending = 0;
    int problems = 0; // changed or missing files
    // A migration a killed run left half-done (migrate/undo refuse until --resume / --rollback), with
    // interruptedText saying what ran and what did not.
    std::optional<migrate::Interruption> interrupted;
    std::string interruptedText;
    // Migrations generated on two branches from the same parent (merged since): each names both files
    // and says to run `rebase`. Counted in problems.
    std::vector<migrate::Fork> forks;
};

struct RunOptions {
    std::string target; // migrate: up to and including; undo (UndoScope::To): down to and including
    bool dryRun = false;
    bool force = false;
    bool allowDestructive = false;
    bool online = false; // PostgreSQL: indexes CONCURRENTLY, foreign keys NOT VALID + VALIDATE
    // An interrupted migration (StatusReport::interrupted): refuse, finish it, or take it back first.
    migrate::Recovery recovery = migrate::Recovery::None;
    // Set by a front end that can cancel: the run then goes one migration at a time and stops
    // before the next one once *cancel is true; progress(done, total) is called after each.
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(int done, int total)> progress;
};

struct RunReport {
    migrate::RunResult result; // of every migration run, merged
    int total = 0;             // migrations the run meant to do (known when it went one at a time)
    bool cancelled = false;
    std::string stoppedBefore; // cancelled: the migration that did not run
};

struct DriftReport {
    std::vector<migrate::DriftItem> items;
    std::vector<std::string> missingFiles; // applied migrations without a file: their changes count as drift
    std::vector<std::string> warnings;     // schema parts that could not be read
    size_t applied = 0;                    // migrations replayed for the comparison
    std::string error;                     // the comparison could not be made
    std::string schemaError;               // the database's message when reading the live schema failed
    bool databaseError = false;            // error came from the database (else from the migrations folder)
};

class MigrationSession
{
public:
    explicit MigrationSession(ProjectContext context);
    ~MigrationSession();
    MigrationSession(const MigrationSession &) = delete;
    MigrationSession &operator=(const MigrationSession &) = delete;

    // Loads the migrations folder, picks the connection, opens it and plans the migrations.
    SessionError connect(const ConnectOptions &options);
    // True after connect() with createSqliteFile = false when the SQLite file does not exist: status()
    // lists every migration as pending; nothing else touches the database.
    bool databaseMissing() const { return m_databaseMissing; }

    StatusReport status();
    RunReport migrate(const RunOptions &options, migrate::Listener *listener = nullptr);
    RunReport undo(migrate::UndoScope scope, const RunOptions &options, migrate::Listener *listener = nullptr);
    DriftReport drift();
    // Writes the next migration from the design into the migrations folder (no connection needed).
    migrate::GenerateResult generate(const std::string &name, const migrate::GenerateOptions &options) const;

    const ProjectContext &context() const { return m_context; }
    db::Connection *connection() const { return m_connection.get(); }
    const std::vector<migrate::MigrationSource> &sources() const { return m_sources; }
    // Every migration's identity (id, file, checksum, hand-written path); the statements are planned
    // only when a run needs them, so status and drift never plan.
    const std::vector<migrate::MigrationStep> &steps() const { return m_steps; }
    const std::string &connectionName() const { return m_connectionName; }
    const std::string &redactedUrl() const { return m_redactedUrl; }
    const std::string &dialect() const { return m_dialect; } // sql::dialectName of the connection
    std::string server() const;

private:
    migrate::ExecutorOptions executorOptions(const RunOptions &options) const;
    void planSteps(bool online);
    RunReport stepwise(migrate::Direction direction, const RunOptions &options, migrate::Listener *listener);

    ProjectContext m_context;
    std::unique_ptr<db::Connection> m_connection;
    std::unique_ptr<migrate::HandWrittenRunner> m_handWritten;
    std::vector<migrate::MigrationSource> m_sources;
    std::vector<migrate::MigrationStep> m_steps;
    std::string m_connectionName;
    std::string m_redactedUrl;
    std::string m_dialect;
    int m_lockTimeoutMs = 60000;
    migrate::TimeoutOptions m_timeouts;
    bool m_databaseMissing = false;
    std::optional<bool> m_plannedOnline; // set once m_steps carry statements (planned online or not)
};

} // namespace sf::usecase
