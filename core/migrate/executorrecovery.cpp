// Executor: a migration a killed run left half-done (Journal), found under the lock before anything
// else runs, and refused with what ran, resumed, or rolled back (ExecutorOptions::recovery).
#include "core/db/dberror.h"
#include "core/migrate/executor.h"
#include "core/migrate/journal.h"
#include "core/migrate/lock.h"
#include "core/sql/dialect.h"

namespace sf::migrate {

void Executor::execAll(const std::string &sql)
{
    for (const std::string &one : m_conn.sqlDialect().splitStatements(sql))
        m_conn.exec(one);
}

// The statement a kill cut short may or may not have committed. DDL either ran or not (atomic), and
// run twice it fails (exists / does not exist): when `first` fails, `second` (its counterpart) brings
// the other state back first. Both failing is a real error, reported as `first`'s.
void Executor::execEither(const std::string &first, const std::string &second)
{
    try {
        execAll(first);
        return;
    } catch (const db::DbError &e) {
        if (e.connectionLost() || second.empty())
            throw;
        try {
            execAll(second);
        } catch (const db::DbError &) {
            throw e;
        }
    }
    execAll(first);
}

RunResult Executor::recoverOnly(const std::vector<MigrationStep> &steps)
{
    RunResult result;
    MigrationLock lock(m_conn);
    if (!m_options.dryRun) {
        LockOptions lo;
        lo.timeoutMs = m_options.lockTimeoutMs;
        lo.waiting = [this](const std::string &m) { m_listener->message(m); };
        const auto got = lock.acquire(lo, &result.error);
        if (got != MigrationLock::Result::Acquired) {
            result.outcome = got == MigrationLock::Result::TimedOut ? RunResult::Outcome::LockTimeout
                                                                    : RunResult::Outcome::DatabaseError;
            return result;
        }
    }
    recover(steps, result);
    return result;
}

bool Executor::recover(const std::vector<MigrationStep> &steps, RunResult &result)
{
    auto fail = [&](RunResult::Outcome o, const std::string &msg) {
        result.outcome = o;
        result.error = msg;
        return false;
    };
    Journal journal(m_conn);
    std::optional<Interruption> in;
    try {
        if (!m_options.dryRun)
            journal.ensureTable();
        in = journal.read();
    } catch (const db::DbError &e) {
        return fail(RunResult::Outcome::DatabaseError, std::string("cannot read the migration journal: ") + e.what());
    }
    const bool resume = m_options.recovery == Recovery::Resume;
    if (!in) {
        if (m_options.recovery != Recovery::None)
            m_listener->message(std::string("no interrupted migration to ") + (resume ? "resume" : "roll back"));
        return true;
    }
    const MigrationStep *step = nullptr;
    for (const MigrationStep &s : steps)
        if (s.fileName == in->fileName)
            step = &s;
    const std::string what = in->describe(step);
    if (m_options.dryRun) {
        m_listener->message("warning: " + what);
        return true;
    }
    if (m_options.recovery == Recovery::None)
        return fail(RunResult::Outcome::UserError, what);
    const bool up = in->direction == Direction::Up;
    // Statement by statement only where each one committed; elsewhere what ran outside the
    // transaction is taken back and a resume runs the whole migration again.
    const bool stepwise = !m_conn.sqlDialect().capabilities().transactionalDdl && !in->handWritten();
    if (resume) {
        std::string refused;
        if (!step)
            refused = "its migration file is missing; restore it, or use --rollback";
        else if (!step->planError.empty())
            refused = "it cannot be planned: " + step->planError;
        else if (!step->handWrittenPath.empty() && !m_options.handWritten)
            refused = "it is hand-written and needs node; run schemaforge-cli from the project folder";
        const auto &planned = step ? (up ? step->up : step->down) : std::vector<sql::Statement>{};
        for (size_t k = 0; stepwise && refused.empty() && k < in->entries.size(); ++k) {
            const JournalEntry &e = in->entries[k];
            if (e.index != static_cast<int>(k) || k >= planned.size() || planned[k].sql != e.sql)
                refused = "statement " + std::to_string(k + 1) +
                          " that ran is not the one its file plans now (was the file changed?); use --rollback";
        }
        if (!refused.empty())
            return fail(RunResult::Outcome::UserError, "cannot resume " + in->id() + ": " + refused);
    }
    m_listener->message(what.substr(0, what.find(':')) + "; " +
                        (resume ? "resuming it" : "rolling back what ran, last first"));
    try {
        if (resume && stepwise) {
            if (!in->entries.empty() && !in->entries.back().done) {
                const JournalEntry &e = in->entries.back();
                execEither(e.sql, e.reverse);
                journal.done(in->fileName, e.index);
            }
            m_resumeFrom = in->entries.size();
        } else {
            for (auto e = in->entries.rbegin(); e != in->entries.rend(); ++e) {
                if (e->index < 0)
                    continue;
                if (e->reverse.empty()) {
                    m_listener->message("warning: no reverse for \"" + e->sql + "\"; left as it is");
                    continue;
                }
                // Not done until its row is gone: a kill in between leaves it "may have run" again.
                journal.uncertain(in->fileName, e->index);
                execEither(e->reverse, e->sql);
                journal.remove(in->fileName, e->index);
            }
            journal.clear(in->fileName);
            if (in->handWritten())
                m_listener->message("warning: " + in->fileName + " is hand-written: what it changed before it " +
                                    "stopped is not known and was not taken back");
        }
    } catch (const db::DbError &e) {
        m_resumeFrom = 0;
        return fail(RunResult::Outcome::DatabaseError, std::string(resume ? "resuming " : "rolling back ") + in->id() +
                                                           " failed: " + e.what() +
                                                           " (the journal still holds what ran: status shows it)");
    }
    if (!resume) {
        m_listener->message("rolled back " + in->id() + (up ? ": it is pending again" : ": it is applied again"));
        return true;
    }
    return applyOne(*step, in->direction, 0, 1, result);
}

} // namespace sf::migrate
