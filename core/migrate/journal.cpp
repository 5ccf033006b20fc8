// The journal of the running migration: one row per statement, written around it.
#include "core/migrate/journal.h"

#include "core/sql/dialect.h"

#include <algorithm>

namespace sf::migrate {

std::string Interruption::id() const
{
    const bool js = fileName.size() > 3 && fileName.compare(fileName.size() - 3, 3, ".js") == 0;
    return js ? fileName.substr(0, fileName.size() - 3) : fileName;
}

std::string Interruption::describe(const MigrationStep *step) const
{
    const bool up = direction == Direction::Up;
    std::string out = "migration " + id() + " was interrupted while being " + (up ? "applied" : "undone") +
                      " (a run was killed, or failed, mid-way)";
    if (handWritten())
        return out + "; it is hand-written, so what its " + (up ? "up" : "down") +
               "() changed before it stopped is unknown: check the database, then run again with --resume (run it " +
               "again) or --rollback (leave it " + (up ? "pending" : "applied") + ")";
    const auto *planned = step && !(up ? step->up : step->down).empty() ? (up ? &step->up : &step->down) : nullptr;
    int ran = 0;
    for (const auto &e : entries)
        ran += e.done;
    out += ": " + std::to_string(ran) + " statement(s) ran";
    if (planned)
        out += " of " + std::to_string(planned->size());
    out += ":";
    std::vector<bool> seen(planned ? planned->size() : 0, false);
    for (const auto &e : entries) {
        out += "\n  " + std::string(e.done ? "ran:          " : "may have run: ") + e.sql;
        if (e.index >= 0 && static_cast<size_t>(e.index) < seen.size())
            seen[static_cast<size_t>(e.index)] = true;
    }
    for (size_t i = 0; i < seen.size(); ++i)
        if (!seen[i])
            out += "\n  not run:      " + (*planned)[i].sql;
    if (!step)
        out += "\n  (its migration file is missing: only --rollback is possible)";
    out += "\nrun again with --resume to run the rest and record " + id() + " as " + (up ? "applied" : "undone") +
           ", or with --rollback to take back what ran (last first)";
    return out;
}

void Journal::ensureTable()
{
    const sql::Dialect &d = m_conn.sqlDialect();
    if (m_conn.query(d.tableExistsQuery(kTable)).rows.empty())
        m_conn.exec(d.schemaForgeJournalDdl());
}

std::optional<Interruption> Journal::read()
{
    if (m_conn.query(m_conn.sqlDialect().tableExistsQuery(kTable)).rows.empty())
        return std::nullopt;
    const auto rows = m_conn
                          .query("SELECT " + q("name") + ", " + q("direction") + ", " + q("idx") + ", " + q("done") +
                                 ", " + q("statement") + ", " + q("reverse") + " FROM " + q(kTable) + " ORDER BY " +
                                 q("name") + ", " + q("idx"))
                          .rows;
    if (rows.empty())
        return std::nullopt;
    // One migration runs at a time (under the lock): the rows all name it. Should two names be
    // there, the first is reported; once it is dealt with, the next run reports the other.
    Interruption in;
    in.fileName = rows.front()[0].value_or("");
    in.direction = rows.front()[1].value_or("") == "down" ? Direction::Down : Direction::Up;
    for (const auto &r : rows) {
        if (r[0].value_or("") != in.fileName)
            continue;
        JournalEntry e;
        e.index = std::stoi(r[2].value_or("-1"));
        e.done = r[3].value_or("0") != "0";
        e.sql = r[4].value_or("");
        e.reverse = r[5].value_or("");
        in.entries.push_back(std::move(e));
    }
    std::sort(in.entries.begin(), in.entries.end(), [](const auto &a, const auto &b) { return a.index < b.index; });
    return in;
}

void Journal::insert(const std::string &fileName, Direction direction, int index, bool done, const std::string &sql,
                     const std::string &reverse)
{
    m_conn.exec("INSERT INTO " + q(kTable) + " (" + q("name") + ", " + q("direction") + ", " + q("idx") + ", " +
                q("done") + ", " + q("statement") + ", " + q("reverse") + ") VALUES (" + m_conn.quoteLiteral(fileName) +
                ", '" + (direction == Direction::Up ? "up" : "down") + "', " + std::to_string(index) + ", " +
                (done ? "1" : "0") + ", " + m_conn.quoteLiteral(sql) + ", " + m_conn.quoteLiteral(reverse) + ")");
}

std::string Journal::where(const std::string &fileName, int index) const
{
    return " WHERE " + q("name") + " = " + m_conn.quoteLiteral(fileName) + " AND " + q("idx") + " = " +
           std::to_string(index);
}

void Journal::started(const std::string &fileName, Direction direction)
{
    insert(fileName, direction, -1, true, "(hand-written migration started)", "");
}

void Journal::running(const std::string &fileName, Direction direction, int index, const sql::Statement &s)
{
    insert(fileName, direction, index, false, s.sql, s.reverse);
}

void Journal::done(const std::string &fileName, int index)
{
    m_conn.exec("UPDATE " + q(kTable) + " SET " + q("done") + " = 1" + where(fileName, index));
}

void Journal::uncertain(const std::string &fileName, int index)
{
    m_conn.exec("UPDATE " + q(kTable) + " SET " + q("done") + " = 0" + where(fileName, index));
}

void Journal::remove(const std::string &fileName, int index)
{
    m_conn.exec("DELETE FROM " + q(kTable) + where(fileName, index));
}

void Journal::clear(const std::string &fileName)
{
    m_conn.exec("DELETE FROM " + q(kTable) + " WHERE " + q("name") + " = " + m_conn.quoteLiteral(fileName));
}

} // namespace sf::migrate
