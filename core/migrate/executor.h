#pragma once
// Executor applies and rolls back migrations on one Connection: lock, per-migration transaction with
// its history rows (PostgreSQL, SQLite), statement-by-statement progress where DDL auto-commits
// (MySQL/MariaDB), checksum guard, dry run. Borrows the Connection and Listener; single-threaded
// (run it on the thread that opened the connection; Listener callbacks arrive on that thread, so a GUI
// runs the Executor in a worker and forwards them with queued signals). Never throws: results carry errors.

#include "core/db/connection.h"
#include "core/migrate/datacheck.h"
#include "core/migrate/handwrittenrunner.h"
#include "core/migrate/sessiontimeouts.h"
#include "core/sql/statement.h"

#include <optional>
#include <string>
#include <vector>

namespace sf::migrate {

// One migration as the executor sees it: planned for the connection's dialect (see MigrationSteps).
struct MigrationStep {
    std::string id;       // "20240101000001-create-author"
    std::string fileName; // "<id>.js": the SequelizeMeta row
    std::string checksum; // of the migration's .json file
    std::vector<sql::Statement> up;
    std::vector<sql::Statement> down;
    std::string planError;           // non-empty when the migration could not be read or planned
    std::vector<DataCheck> upChecks; // asked of the data before the up / down statements (DataGuard)
    std::vector<DataCheck> downChecks;
    int lockEstimate = 0;        // relations one transaction of it locks (DataGuard::lockEstimate)
    std::string handWrittenPath; // a hand-written migration: run by ExecutorOptions::handWritten
};

enum class Direction { Up, Down };

enum class MigrationState {
    Applied,            // both history rows, checksum matches
    AppliedBySequelize, // SequelizeMeta row only: applied by sequelize-cli; counts as applied
    ChangedChecksum,    // applied, but the file changed since
    Pending,
    MissingFile // a history row with no migration file
};
const char *stateName(MigrationState s); // "applied", "applied-by-sequelize", "changed", "pending", "missing-file"

struct StatusEntry {
    std::string id;
    std::string fileName;
    MigrationState state = MigrationState::Pending;
    std::string appliedAt;
    std::optional<int> durationMs;
    std::string recordedChecksum;
    std::string fileChecksum;
};

struct ExecutedStatement {
    sql::Statement statement; // sql + reverse
    bool committed = false;   // true where DDL auto-committed (MySQL) or the transaction committed
};

struct FailureReport {
    std::string migrationId;
    Direction direction = Direction::Up;
    int statementIndex = -1; // index in the migration's up/down list; -1 outside statements
    std::string sql;         // the statement that failed
    std::string error;       // the server's message
    bool rolledBack = false; // database and history exactly as before the migration
    bool connectionLost = false;
    std::string sqlState;                    // of the failed statement's error (PG SQLSTATE / MySQL error number)
    std::vector<ExecutedStatement> executed; // what ran before the failure (and stays, unless rolledBack)
};

// What a run does about a migration a killed run left half-done (Journal): refuse and describe it,
// run the rest of it and record it, or take back what ran (last first). Then the run goes on.
enum class Recovery { None, Resume, Rollback };

struct ExecutorOptions {
    bool dryRun = false; // report statements, change nothing, take no lock
    bool force = false;  // migrate even when an applied migration's file changed
    int lockTimeoutMs = 60000;
    std::string target;                       // migrate: up to and including this id; undo: down to and including it
    bool allowDestructive = false;            // undo even where it deletes data (DataCheck::LosesData)
    TimeoutOptions timeouts;                  // table-lock wait and statement time per migration
    HandWrittenRunner *handWritten = nullptr; // runs hand-written migrations (borrowed); none: they refuse
    Recovery recovery = Recovery::None;
};

class Listener
{
public:
    virtual ~Listener() = default;
    virtual void started(const MigrationStep &, Direction, int /*index*/, int /*count*/) {}
    virtual void statement(const MigrationStep &, const sql::Statement &, int /*index*/) {}
    virtual void finished(const MigrationStep &, Direction, int /*durationMs*/) {}
    virtual void failed(const MigrationStep &, const FailureReport &) {}
    virtual void message(const std::string &) {} // waiting for the lock, skipped migrations, warnings
};

struct RunResult {
    enum class Outcome { Ok, UserError, DatabaseError, LockTimeout };
    Outcome outcome = Outcome::Ok;
    std::string error;                // one clear sentence when not Ok
    std::vector<std::string> done;    // ids applied (Up) or undone (Down), in order
    std::vector<std::string> planned; // ids that were to run (dry run: what would run)
    std::optional<FailureReport> failure;
    // Set when an undo was refused because it deletes data: one line per table/column and count, so
    // a front end can ask and run again with allowDestructive.
    std::vector<std::string> dataLoss;

    bool ok() const { return outcome == Outcome::Ok; }
    int exitCode() const; // 0, 1, 2 or 4 (the CLI exit codes, app/cli/command.h)
};

enum class UndoScope { Last, All, To };

class Executor
{
public:
    Executor(db::Connection &connection, ExecutorOptions options, Listener *listener = nullptr);

    // Every migration file in order plus history rows with no file; read-only (creates nothing).
    std::vector<StatusEntry> status(const std::vector<MigrationStep> &steps, std::string *error = nullptr);
    // Applies every pending migration in order (or up to options.target).
    RunResult migrate(const std::vector<MigrationStep> &steps);
    // Undoes the last applied migration, all of them, or down to and including options.target.
    RunResult undo(const std::vector<MigrationStep> &steps, UndoScope scope);
    // Only deals with an interrupted migration (options.recovery), under the lock; nothing else runs.
    RunResult recoverOnly(const std::vector<MigrationStep> &steps);

private:
    RunResult run(const std::vector<MigrationStep> &steps, Direction direction, UndoScope scope);
    bool applyOne(const MigrationStep &step, Direction direction, int index, int count, RunResult &result);
    bool applyTransactional(const MigrationStep &step, Direction direction, FailureReport &report, int &durationMs);
    bool applyAutocommit(const MigrationStep &step, Direction direction, FailureReport &report, int &durationMs);
    // executorrecovery.cpp: finds a migration a killed run left half-done (Journal) and refuses, resumes
    // or rolls it back (m_options.recovery). false: the run must stop (result says why).
    bool recover(const std::vector<MigrationStep> &steps, RunResult &result);
    // Runs `sql` (several statements joined by ";\n" allowed).
    void execAll(const std::string &sql);
    // Runs `first`; when it fails, the state may be the other side of an interrupted statement: runs
    // `second` and then `first` again. Throws the first error when `second` fails too.
    void execEither(const std::string &first, const std::string &second);
    // executorhandwritten.cpp: through m_options.handWritten, history written here.
    bool applyHandWritten(const MigrationStep &step, Direction direction, FailureReport &report, int &durationMs);
    void execStatement(const sql::Statement &s);
    // Runs the step's data checks of `direction`: the atStart ones (op < 0) or the others of operation
    // `op`. Returns "" or why the step must not run; data an undo would delete goes to *loss unless
    // allowDestructive. A failing check query throws (op >= 0) or is skipped (op < 0).
    std::string checkData(const MigrationStep &step, Direction direction, int op, std::vector<std::string> *loss);
    // PostgreSQL: "" or why a migration of `todo` would overflow the server's lock table.
    std::string checkLockCapacity(const std::vector<const MigrationStep *> &todo);
    // checkData for operation `op` inside a run: throws db::DbError with the refusal.
    void checkBefore(const MigrationStep &step, Direction direction, int op);

    db::Connection &m_conn;
    ExecutorOptions m_options;
    Listener *m_listener;
    Listener m_silent;
    // Set by recover() for the migration it resumes: its statements before this index ran already.
    size_t m_resumeFrom = 0;
};

} // namespace sf::migrate
