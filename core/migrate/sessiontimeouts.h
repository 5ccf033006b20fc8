#pragma once
// SessionTimeouts bounds how long one migration waits for a table lock and how long one statement may
// run (PostgreSQL lock_timeout / statement_timeout per transaction, MySQL/MariaDB lock_wait_timeout,
// innodb_lock_wait_timeout and MariaDB max_statement_time per session), recognizes the resulting
// errors and says which session holds the lock. Stateless; borrows the Connection.

#include "core/db/connection.h"
#include "core/db/dberror.h"

#include <string>
#include <vector>

namespace sf::sql {
class Dialect;
} // namespace sf::sql

namespace sf::migrate {

struct TimeoutOptions {
    int tableLockTimeoutMs = 30000; // 0 = wait as long as the server's default
    int statementTimeoutMs = 0;     // 0 = no limit
};

class SessionTimeouts
{
public:
    enum class Kind { None, LockTimeout, StatementTimeout };

    // The SET statements for the connection's dialect. PostgreSQL: SET LOCAL (run them inside the
    // migration's transaction); MySQL/MariaDB: SET SESSION (before its first statement); SQLite: none
    // (its busy timeout is set by MigrationLock).
    static std::vector<std::string> setStatements(db::Connection &connection, const TimeoutOptions &options);
    // Which timeout (if any) the error is, as the dialect reads it.
    static Kind classify(const sql::Dialect &dialect, const db::DbError &error);
    // " ; table \"t\" is held by session 123 (user u, idle in transaction since ..., last query: ...)"
    // for the tables named in failedSql that another session holds a lock on; "" when none is found.
    // Run it outside an aborted transaction.
    static std::string blockers(db::Connection &connection, const std::string &failedSql);
};

} // namespace sf::migrate
