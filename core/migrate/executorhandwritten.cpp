// Executor: hand-written sequelize-cli migrations, run by a HandWrittenRunner (node) inside the
// Executor's lock; the history rows are written here, after the migration succeeded.
#include "core/db/dberror.h"
#include "core/migrate/executor.h"
#include "core/migrate/history.h"
#include "core/migrate/journal.h"
#include "core/sql/dialect.h"

#include <chrono>
#include <set>

namespace sf::migrate {

namespace {

// Every foreign key of every table, one line each, so a before/after comparison names what changed.
std::set<std::string> foreignKeys(db::Connection &conn)
{
    std::set<std::string> out;
    const sql::Dialect &d = conn.sqlDialect();
    for (const auto &t : conn.query(d.userTablesQuery()).rows) {
        const std::string table = t[0].value_or("");
        const auto rows = conn.query(d.foreignKeyListQuery(table)).rows;
        for (const auto &r : rows)
            out.insert(table + "." + r[1].value_or("") + " -> " + r[0].value_or("") + "." + r[2].value_or("") +
                       " ON DELETE " + r[4].value_or("") + " ON UPDATE " + r[3].value_or(""));
    }
    return out;
}

} // namespace

bool Executor::applyHandWritten(const MigrationStep &step, Direction direction, FailureReport &report, int &durationMs)
{
    const auto start = std::chrono::steady_clock::now();
    // Where the database checks foreign keys after the fact (SQLite), hand-written code ran with them
    // off (so Sequelize's own table rebuild cannot cascade deletes): check what that allowed.
    const bool checkForeignKeys = !m_conn.sqlDialect().foreignKeyViolationsQuery().empty();
    std::set<std::string> fkBefore;
    try {
        const bool recorded =
            !m_conn
                 .query("SELECT 1 FROM " + m_conn.quoteIdentifier(History::kSequelizeMeta) + " WHERE " +
                        m_conn.quoteIdentifier("name") + " = " + m_conn.quoteLiteral(step.fileName))
                 .rows.empty();
        if (recorded != (direction == Direction::Down)) {
            report.statementIndex = -2; // another run did it first
            return true;
        }
        if (checkForeignKeys)
            fkBefore = foreignKeys(m_conn);
        // Its statements are node's: only "started" is journalled, so a killed run is still seen.
        Journal(m_conn).started(step.fileName, direction);
    } catch (const db::DbError &e) {
        report.error = e.what();
        report.rolledBack = true;
        return false;
    }
    std::string log;
    const std::string error = m_options.handWritten->run(step, direction, &log);
    if (!error.empty()) {
        try {
            Journal(m_conn).clear(step.fileName); // the failure is reported now: nothing left to detect
        } catch (const db::DbError &) {
        }
        report.statementIndex = -1;
        report.sql = "(" + step.fileName + " " + (direction == Direction::Up ? "up" : "down") + "() through node)";
        report.error = error + "; the history is unchanged (" + step.fileName + " is not recorded as " +
                       (direction == Direction::Up ? "applied" : "undone") +
                       "); whatever it changed before failing stays unless it used a transaction";
        report.rolledBack = false;
        return false;
    }
    durationMs = static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count());
    try {
        if (checkForeignKeys) {
            // Say what it did to the foreign keys, and which rows now violate one.
            const auto violations = m_conn.query(m_conn.sqlDialect().foreignKeyViolationsQuery()).rows;
            if (!violations.empty()) {
                std::string list;
                for (size_t i = 0; i < violations.size() && i < 10; ++i)
                    list += "\n  table " + violations[i][0].value_or("?") + " rowid " + violations[i][1].value_or("?") +
                            " -> " + violations[i][2].value_or("?");
                m_listener->message("warning: after " + step.fileName + ", the foreign key check found " +
                                    std::to_string(violations.size()) + " row(s) violating a foreign key:" + list);
            }
            const auto fkAfter = foreignKeys(m_conn);
            for (const auto &fk : fkBefore)
                if (!fkAfter.count(fk))
                    m_listener->message(step.fileName + " removed or changed the foreign key " + fk);
            for (const auto &fk : fkAfter)
                if (!fkBefore.count(fk))
                    m_listener->message(step.fileName + " added the foreign key " + fk);
        }
        m_conn.begin();
        History history(m_conn);
        if (direction == Direction::Up)
            history.recordApplied(step.fileName, step.checksum, durationMs);
        else
            history.recordUndone(step.fileName);
        Journal(m_conn).clear(step.fileName);
        m_conn.commit();
    } catch (const db::DbError &e) {
        m_conn.rollback();
        report.statementIndex = -1;
        report.sql = "(history update)";
        report.error = step.fileName + " ran, but the history could not be updated: " + e.what();
        return false;
    }
    return true;
}

} // namespace sf::migrate
