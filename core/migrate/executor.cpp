#include "core/migrate/executor.h"

#include "core/db/dberror.h"
#include "core/migrate/dataguard.h"
#include "core/migrate/history.h"
#include "core/migrate/journal.h"
#include "core/migrate/lock.h"
#include "core/sql/dialect.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <utility>

namespace sf::migrate {

namespace {

bool isApplied(MigrationState s)
{
    return s == MigrationState::Applied || s == MigrationState::AppliedBySequelize ||
           s == MigrationState::ChangedChecksum;
}

int elapsedMs(std::chrono::steady_clock::time_point since)
{
    return static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since).count());
}

} // namespace

Executor::Executor(db::Connection &connection, ExecutorOptions options, Listener *listener)
    : m_conn(connection), m_options(std::move(options)), m_listener(listener ? listener : &m_silent)
{
}

RunResult Executor::migrate(const std::vector<MigrationStep> &steps)
{
    return run(steps, Direction::Up, UndoScope::Last);
}

RunResult Executor::undo(const std::vector<MigrationStep> &steps, UndoScope scope)
{
    return run(steps, Direction::Down, scope);
}

RunResult Executor::run(const std::vector<MigrationStep> &steps, Direction direction, UndoScope scope)
{
    RunResult result;
    auto fail = [&](RunResult::Outcome o, const std::string &msg) {
        result.outcome = o;
        result.error = msg;
        return result;
    };
    const bool up = direction == Direction::Up;
    if (!m_options.target.empty() &&
        std::none_of(steps.begin(), steps.end(), [&](const auto &s) { return s.id == m_options.target; }))
        return fail(RunResult::Outcome::UserError,
                    "there is no migration \"" + m_options.target + "\" in the migrations folder");

    MigrationLock lock(m_conn);
    if (!m_options.dryRun) {
        LockOptions lo;
        lo.timeoutMs = m_options.lockTimeoutMs;
        lo.waiting = [this](const std::string &m) { m_listener->message(m); };
        std::string msg;
        switch (lock.acquire(lo, &msg)) {
        case MigrationLock::Result::Acquired:
            break;
        case MigrationLock::Result::TimedOut:
            return fail(RunResult::Outcome::LockTimeout, msg);
        case MigrationLock::Result::Error:
            return fail(RunResult::Outcome::DatabaseError, msg);
        }
        if (up) {
            try {
                History(m_conn).ensureTables();
            } catch (const db::DbError &e) {
                return fail(RunResult::Outcome::DatabaseError,
                            std::string("cannot create the history tables: ") + e.what());
            }
        }
    }
    if (!recover(steps, result))
        return result;
    std::string error;
    const std::vector<StatusEntry> st = status(steps, &error);
    if (!error.empty())
        return fail(RunResult::Outcome::DatabaseError, error);
    std::map<std::string, MigrationState> state;
    for (const auto &e : st)
        state[e.id] = e.state;
    for (const auto &e : st)
        if (e.state == MigrationState::MissingFile)
            m_listener->message("warning: " + e.fileName + " is recorded as applied but has no migration file");

    std::vector<const MigrationStep *> todo;
    if (up) {
        std::string changed;
        for (const auto &e : st)
            if (e.state == MigrationState::ChangedChecksum)
                changed += (changed.empty() ? "" : ", ") + e.id;
        if (!changed.empty()) {
            if (!m_options.force)
                return fail(RunResult::Outcome::UserError,
                            "applied migration(s) changed since they ran: " + changed +
                                " (their checksum differs); restore the files, or pass --force to migrate anyway");
            m_listener->message("warning: applied migration(s) changed since they ran: " + changed);
        }
        for (const auto &s : steps) {
            if (state[s.id] == MigrationState::Pending)
                todo.push_back(&s);
            if (s.id == m_options.target)
                break;
        }
    } else {
        std::vector<const MigrationStep *> applied;
        for (const auto &s : steps)
            if (isApplied(state[s.id]))
                applied.push_back(&s);
        std::reverse(applied.begin(), applied.end());
        if (scope == UndoScope::To) {
            if (m_options.target.empty())
                return fail(RunResult::Outcome::UserError, "undo --to needs a migration id");
            if (!isApplied(state[m_options.target]))
                return fail(RunResult::Outcome::UserError, "migration \"" + m_options.target + "\" is not applied");
        }
        for (const MigrationStep *s : applied) {
            todo.push_back(s);
            if (scope == UndoScope::Last || (scope == UndoScope::To && s->id == m_options.target))
                break;
        }
        // An applied migration without its file cannot be undone, and skipping it would leave its
        // changes behind while reporting success: refuse when it lies in the range to undo.
        std::string missing;
        for (const auto &e : st)
            if (e.state == MigrationState::MissingFile &&
                (scope == UndoScope::All || todo.empty() || e.id >= todo.back()->id))
                missing += (missing.empty() ? "" : ", ") + e.fileName;
        if (!missing.empty())
            return fail(RunResult::Outcome::UserError,
                        "cannot undo: " + missing +
                            " is recorded as applied but its migration file is missing from the "
                            "migrations folder; restore the file (e.g. from version control) and run undo again");
    }
    for (const MigrationStep *s : todo) {
        result.planned.push_back(s->id);
        if (!s->planError.empty())
            return fail(RunResult::Outcome::UserError, "migration " + s->id + " cannot be planned: " + s->planError);
        if (!s->handWrittenPath.empty() && !m_options.handWritten && !m_options.dryRun)
            return fail(RunResult::Outcome::UserError, s->fileName +
                                                           " is a hand-written migration and needs node to run; "
                                                           "use schemaforge-cli migrate/undo from the project folder");
    }
    if (const std::string tooMany = checkLockCapacity(todo); !tooMany.empty())
        return fail(RunResult::Outcome::UserError, tooMany);
    const int count = static_cast<int>(todo.size());
    for (int i = 0; i < count; ++i) {
        if (!applyOne(*todo[static_cast<size_t>(i)], direction, i, count, result))
            break;
    }
    return result;
}

bool Executor::applyOne(const MigrationStep &step, Direction direction, int index, int count, RunResult &result)
{
    if (!m_options.dryRun && m_resumeFrom == 0) {
        // Asked before anything runs (and before "migrating" is shown): the data may forbid the step.
        std::vector<std::string> loss;
        if (std::string refused = checkData(step, direction, -1, &loss); !refused.empty() || !loss.empty()) {
            if (refused.empty()) {
                refused = "undo of " + step.id + " deletes data:";
                for (const auto &l : loss)
                    refused += "\n  - " + l;
                refused += "\npass --allow-destructive to undo anyway (back the data up first)";
            }
            result.outcome = RunResult::Outcome::UserError;
            result.error = refused;
            result.dataLoss = loss;
            return false;
        }
    }
    m_listener->started(step, direction, index, count);
    const auto &stmts = direction == Direction::Up ? step.up : step.down;
    if (m_options.dryRun) {
        if (!step.handWrittenPath.empty())
            m_listener->message(step.fileName + ": hand-written; " + (direction == Direction::Up ? "up" : "down") +
                                "() would run through node");
        for (size_t i = 0; i < stmts.size(); ++i)
            m_listener->statement(step, stmts[i], static_cast<int>(i));
        m_listener->finished(step, direction, 0);
        return true;
    }
    FailureReport report;
    report.migrationId = step.id;
    report.direction = direction;
    int durationMs = 0;
    const bool ok = !step.handWrittenPath.empty() ? applyHandWritten(step, direction, report, durationMs)
                    : m_conn.sqlDialect().capabilities().transactionalDdl
                        ? applyTransactional(step, direction, report, durationMs)
                        : applyAutocommit(step, direction, report, durationMs);
    if (!ok) {
        std::string msg = "migration " + step.id + (direction == Direction::Up ? "" : " (undo)") + " failed";
        if (report.statementIndex >= 0)
            msg += " at statement " + std::to_string(report.statementIndex + 1) + " of " + std::to_string(stmts.size());
        msg += ": " + report.error;
        const auto timeout = SessionTimeouts::classify(m_conn.sqlDialect(), db::DbError(report.error, report.sqlState));
        if (timeout == SessionTimeouts::Kind::LockTimeout && !report.connectionLost)
            msg += " (waited " + std::to_string(m_options.timeouts.tableLockTimeoutMs) +
                   " ms for a table lock; raise --table-lock-timeout or the project's tableLockTimeoutMs)" +
                   SessionTimeouts::blockers(m_conn, report.sql);
        else if (timeout == SessionTimeouts::Kind::StatementTimeout)
            msg += " (the statement ran past the statement timeout of " +
                   std::to_string(m_options.timeouts.statementTimeoutMs) +
                   " ms; raise --statement-timeout or the project's statementTimeoutMs)";
        if (report.rolledBack) {
            msg += "; rolled back: the database and its history are as they were before this migration";
        } else if (!report.executed.empty()) {
            msg += "; " + std::to_string(report.executed.size()) +
                   " statement(s) had already run and stay applied (this database commits DDL at once):";
            for (const auto &e : report.executed)
                msg += "\n  ran: " + e.statement.sql;
            // The reverses undo the last statement first: running them as listed restores the state.
            msg += "\nto take them back, run the same command again with --rollback, or run in this order:";
            for (auto e = report.executed.rbegin(); e != report.executed.rend(); ++e)
                msg += "\n  undo with: " + (e->statement.reverse.empty() ? std::string("(no single-statement reverse)")
                                                                         : e->statement.reverse);
        }
        result.outcome = timeout == SessionTimeouts::Kind::LockTimeout ? RunResult::Outcome::LockTimeout
                                                                       : RunResult::Outcome::DatabaseError;
        result.error = msg;
        result.failure = report;
        m_listener->failed(step, report);
        return false;
    }
    if (report.statementIndex == -2) { // another run did it first
        m_listener->message(step.id + " was " + (direction == Direction::Up ? "applied" : "undone") +
                            " by another run meanwhile; skipped");
        return true;
    }
    result.done.push_back(step.id);
    m_listener->finished(step, direction, durationMs);
    return true;
}

std::string Executor::checkLockCapacity(const std::vector<const MigrationStep *> &todo)
{
    if (!m_conn.sqlDialect().capabilities().boundedLockTable || m_options.dryRun)
        return {};
    for (const MigrationStep *s : todo)
        if (std::string problem = DataGuard::lockCapacityProblem(m_conn, s->id, s->lockEstimate); !problem.empty())
            return problem;
    return {};
}

std::string Executor::checkData(const MigrationStep &step, Direction direction, int op, std::vector<std::string> *loss)
{
    std::vector<std::string> lost;
    const std::string refused =
        DataGuard::run(m_conn, direction == Direction::Up ? step.upChecks : step.downChecks, op, &lost);
    for (const auto &l : lost) {
        if (!m_options.allowDestructive)
            loss->push_back(l);
        else
            m_listener->message("warning: undo of " + step.id + " deletes data: " + l);
    }
    return refused;
}

void Executor::checkBefore(const MigrationStep &step, Direction direction, int op)
{
    std::vector<std::string> loss;
    std::string refused = checkData(step, direction, op, &loss);
    for (const auto &l : loss)
        refused += (refused.empty() ? "undo of " + step.id + " deletes data: " : "; ") + l;
    if (!loss.empty())
        refused += " (pass --allow-destructive to undo anyway)";
    if (!refused.empty())
        throw db::DbError(refused);
}

void Executor::execStatement(const sql::Statement &s)
{
    if (s.expectNoRows) {
        const auto rows = m_conn.query(s.sql).rows;
        if (!rows.empty()) {
            std::string first;
            for (const auto &v : rows.front())
                first += (first.empty() ? "" : ", ") + v.value_or("NULL");
            throw db::DbError("check \"" + s.sql + "\" found " + std::to_string(rows.size()) +
                              " violating row(s), first: " + first);
        }
        return;
    }
    m_conn.exec(s.sql);
}

bool Executor::applyTransactional(const MigrationStep &step, Direction direction, FailureReport &report,
                                  int &durationMs)
{
    const auto &stmts = direction == Direction::Up ? step.up : step.down;
    const auto start = std::chrono::steady_clock::now();
    // What runs before the transaction outlives a killed process: journalled (cleared at commit).
    Journal journal(m_conn);
    bool journalled = false;
    auto runOutside = [&](sql::Statement::Phase phase, bool bestEffort) {
        for (size_t i = 0; i < stmts.size(); ++i) {
            if (stmts[i].phase != phase)
                continue;
            m_listener->statement(step, stmts[i], static_cast<int>(i));
            try {
                const bool journal1 = phase == sql::Statement::Phase::BeforeTransaction;
                if (journal1)
                    journal.running(step.fileName, direction, static_cast<int>(i), stmts[i]);
                journalled = journalled || journal1;
                execStatement(stmts[i]);
                if (journal1)
                    journal.done(step.fileName, static_cast<int>(i));
            } catch (const db::DbError &e) {
                if (!bestEffort) {
                    report.statementIndex = static_cast<int>(i);
                    report.sql = stmts[i].sql;
                    report.error = e.what();
                    report.connectionLost = e.connectionLost();
                    throw;
                }
            }
        }
    };
    // PostgreSQL runs CREATE INDEX CONCURRENTLY before the transaction (OnlinePlan): when anything
    // later fails, those indexes (and a failed build's INVALID one) are dropped again.
    auto takeBackBefore = [&](size_t upTo) {
        if (journalled)
            try {
                journal.clear(step.fileName);
            } catch (const db::DbError &) {
            }
        if (!m_conn.sqlDialect().capabilities().concurrentIndexes)
            return;
        for (size_t i = std::min(upTo, stmts.size()); i-- > 0;)
            if (stmts[i].phase == sql::Statement::Phase::BeforeTransaction && !stmts[i].reverse.empty())
                try {
                    m_conn.exec(stmts[i].reverse);
                } catch (const db::DbError &) {
                }
    };
    try {
        runOutside(sql::Statement::Phase::BeforeTransaction, false);
    } catch (const db::DbError &) {
        takeBackBefore(static_cast<size_t>(report.statementIndex) + 1);
        report.rolledBack = true; // nothing inside the transaction ran yet
        return false;
    }
    size_t current = 0;
    try {
        m_conn.begin();
        History history(m_conn);
        // Re-check inside the transaction (which holds the write lock on SQLite): never apply twice.
        // The session's timeouts (PostgreSQL only) travel in the same round trip.
        const bool recorded =
            history.isRecorded(step.fileName, SessionTimeouts::setStatements(m_conn, m_options.timeouts));
        if (recorded != (direction == Direction::Down)) {
            m_conn.rollback();
            runOutside(sql::Statement::Phase::AfterTransaction, true);
            report.statementIndex = -2;
            return true;
        }
        int checkedOp = -1;
        for (current = 0; current < stmts.size(); ++current) {
            const sql::Statement &s = stmts[current];
            if (s.phase != sql::Statement::Phase::InTransaction)
                continue;
            if (s.sourceOperation >= 0 && s.sourceOperation != checkedOp)
                checkBefore(step, direction, checkedOp = s.sourceOperation);
            m_listener->statement(step, s, static_cast<int>(current));
            execStatement(s);
            report.executed.push_back({s, false});
        }
        current = stmts.size();
        durationMs = elapsedMs(start);
        if (direction == Direction::Up)
            history.recordApplied(step.fileName, step.checksum, durationMs);
        else
            history.recordUndone(step.fileName);
        if (journalled)
            journal.clear(step.fileName);
        m_conn.commit();
    } catch (const db::DbError &e) {
        m_conn.rollback();
        report.statementIndex = current < stmts.size() ? static_cast<int>(current) : -1;
        report.sql = current < stmts.size() ? stmts[current].sql : std::string("(history update / commit)");
        report.error = e.what();
        report.sqlState = e.sqlState();
        report.connectionLost = e.connectionLost();
        report.rolledBack = true; // PostgreSQL and SQLite roll back DDL; a lost session aborts its transaction
        for (auto &x : report.executed)
            x.committed = false;
        if (!e.connectionLost()) {
            takeBackBefore(stmts.size());
            runOutside(sql::Statement::Phase::AfterTransaction, true);
        }
        return false;
    }
    for (auto &x : report.executed)
        x.committed = true;
    try {
        runOutside(sql::Statement::Phase::AfterTransaction, false);
    } catch (const db::DbError &e) {
        m_listener->message("warning: after " + step.id + " committed, a follow-up statement failed: " + e.what());
    }
    return true;
}

bool Executor::applyAutocommit(const MigrationStep &step, Direction direction, FailureReport &report, int &durationMs)
{
    const auto &stmts = direction == Direction::Up ? step.up : step.down;
    const auto start = std::chrono::steady_clock::now();
    History history(m_conn);
    // Each statement commits at once: journalled before it runs and marked done after, so a killed
    // run leaves exactly what ran (recover() resumes or rolls back from there).
    Journal journal(m_conn);
    const size_t from = std::exchange(m_resumeFrom, 0);
    try {
        for (const std::string &set : SessionTimeouts::setStatements(m_conn, m_options.timeouts))
            m_conn.exec(set);
        const bool recorded = history.isRecorded(step.fileName);
        if (recorded != (direction == Direction::Down)) {
            report.statementIndex = -2;
            return true;
        }
    } catch (const db::DbError &e) {
        report.error = e.what();
        report.rolledBack = true;
        return false;
    }
    int checkedOp = -1;
    for (size_t i = from; i < stmts.size(); ++i) {
        m_listener->statement(step, stmts[i], static_cast<int>(i));
        bool journalled = false;
        try {
            if (stmts[i].sourceOperation >= 0 && stmts[i].sourceOperation != checkedOp)
                checkBefore(step, direction, checkedOp = stmts[i].sourceOperation);
            journal.running(step.fileName, direction, static_cast<int>(i), stmts[i]);
            journalled = true;
            execStatement(stmts[i]);
            journal.done(step.fileName, static_cast<int>(i));
        } catch (const db::DbError &e) {
            // A failed statement changed nothing (DDL is atomic here): the journal keeps what ran, or
            // nothing when nothing did.
            if (journalled && !e.connectionLost())
                try {
                    if (report.executed.empty() && from == 0)
                        journal.clear(step.fileName);
                    else
                        journal.remove(step.fileName, static_cast<int>(i));
                } catch (const db::DbError &) {
                }
            report.statementIndex = static_cast<int>(i);
            report.sql = stmts[i].sql;
            report.error = e.what();
            report.sqlState = e.sqlState();
            report.connectionLost = e.connectionLost();
            report.rolledBack = report.executed.empty();
            return false;
        }
        report.executed.push_back({stmts[i], true});
    }
    durationMs = elapsedMs(start);
    try {
        m_conn.begin();
        if (direction == Direction::Up)
            history.recordApplied(step.fileName, step.checksum, durationMs);
        else
            history.recordUndone(step.fileName);
        journal.clear(step.fileName);
        m_conn.commit();
    } catch (const db::DbError &e) {
        m_conn.rollback();
        report.statementIndex = -1;
        report.sql = "(history update)";
        report.error = std::string("every statement ran but the history could not be updated: ") + e.what();
        return false;
    }
    return true;
}

} // namespace sf::migrate
