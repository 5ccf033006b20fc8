#pragma once
// Journal keeps, in SchemaForgeJournal, the statements of the migration now running whose effect
// outlives a killed process: every statement where DDL commits at once (MySQL/MariaDB), only the
// ones run outside the transaction elsewhere (CONCURRENTLY, SQLite's PRAGMAs), a "started" row for a
// hand-written one. A row is written before its statement runs and marked done after it, so a kill
// leaves at most one statement of unknown outcome. Borrows the Connection; same thread; DbError.

#include "core/db/connection.h"
#include "core/migrate/executor.h"

#include <optional>
#include <string>
#include <vector>

namespace sf::migrate {

struct JournalEntry {
    int index = -1;    // in the migration's up/down list; -1: the "started" row of a hand-written one
    bool done = false; // false: it was running when the process stopped (it may or may not have run)
    std::string sql;
    std::string reverse;
};

// A migration a previous run left half-done.
struct Interruption {
    std::string fileName; // "<id>.js"
    Direction direction = Direction::Up;
    std::vector<JournalEntry> entries; // by index; the "started" row first when there is one

    std::string id() const;
    bool handWritten() const { return !entries.empty() && entries.front().index < 0; }
    // Which statements ran, which may have, which did not (from `step`, when the file is still
    // there), and the two ways on. Several lines, no trailing newline.
    std::string describe(const MigrationStep *step) const;
};

class Journal
{
public:
    explicit Journal(db::Connection &connection) : m_conn(connection) {}

    static constexpr const char *kTable = "SchemaForgeJournal";

    void ensureTable();
    // The interrupted migration, or nullopt (also when the table does not exist).
    std::optional<Interruption> read();
    void started(const std::string &fileName, Direction direction); // the "started" row (-1)
    void running(const std::string &fileName, Direction direction, int index, const sql::Statement &s);
    void done(const std::string &fileName, int index);
    void uncertain(const std::string &fileName, int index); // about to be taken back
    void remove(const std::string &fileName, int index);    // taken back
    void clear(const std::string &fileName);

private:
    std::string q(const std::string &ident) const { return m_conn.quoteIdentifier(ident); }
    void insert(const std::string &fileName, Direction direction, int index, bool done, const std::string &sql,
                const std::string &reverse);
    std::string where(const std::string &fileName, int index) const;

    db::Connection &m_conn;
};

} // namespace sf::migrate
