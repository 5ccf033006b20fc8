#pragma once
// RowCounter counts the live rows of a table (or the non-NULL values of one column) on an open
// Connection within a time limit, so a confirmation can say how much data an operation would lose
// without ever blocking on a huge table. Read-only; stateless; use it on the connection's thread.

#include "core/db/connection.h"

#include <string>

namespace sf::db {

struct RowCountOptions {
    int timeLimitMs = 3000;    // PostgreSQL statement_timeout, MariaDB max_statement_time, MySQL hint
    long long cap = 1'000'000; // count at most this many rows (bounds SQLite, which has no timeout)
};

struct RowCount {
    long long rows = -1;  // -1: unknown (see error)
    bool atLeast = false; // true when the cap was reached: there are at least `rows` rows
    std::string error;    // why the count is unknown (time limit, missing table, ...)

    bool known() const { return rows >= 0; }
};

class RowCounter
{
public:
    // Rows of `table`, or rows where `column` IS NOT NULL when column is non-empty. Never throws.
    static RowCount count(Connection &connection, const std::string &table, const std::string &column,
                          const RowCountOptions &options = {});
};

} // namespace sf::db
