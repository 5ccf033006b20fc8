#include "core/db/rowcounts.h"

#include <algorithm>
#include <exception>

namespace sf::db {

RowCount RowCounter::count(Connection &connection, const std::string &table, const std::string &column,
                           const RowCountOptions &options)
{
    RowCount out;
    const std::string dialect = connection.dialect();
    const bool mariadb = dialect == "mysql" && connection.serverDescription().rfind("MariaDB", 0) == 0;
    const int ms = std::max(1, options.timeLimitMs);
    // A capped inner SELECT: counting stops after cap+1 rows whatever the table's size.
    std::string inner = "SELECT 1 FROM " + connection.quoteIdentifier(table);
    if (!column.empty())
        inner += " WHERE " + connection.quoteIdentifier(column) + " IS NOT NULL";
    inner += " LIMIT " + std::to_string(options.cap + 1);
    std::string sql = "SELECT COUNT(*) FROM (" + inner + ") sf_rows";
    if (dialect == "mysql") {
        sql = mariadb ? "SET STATEMENT max_statement_time=" + std::to_string(ms / 1000.0) + " FOR " + sql
                      : "SELECT /*+ MAX_EXECUTION_TIME(" + std::to_string(ms) + ") */" + sql.substr(6);
    }
    const bool ownTransaction = dialect == "postgres" && !connection.inTransaction();
    try {
        if (ownTransaction) {
            // SET LOCAL ends with the transaction: the session's own timeout is left as it was.
            connection.begin();
            connection.exec("SET LOCAL statement_timeout = " + std::to_string(ms));
        }
        const auto value = connection.scalar(sql);
        if (ownTransaction)
            connection.rollback();
        if (!value) {
            out.error = "no result";
            return out;
        }
        out.rows = std::stoll(*value);
        if (out.rows > options.cap) {
            out.rows = options.cap;
            out.atLeast = true;
        }
    } catch (const std::exception &e) {
        if (ownTransaction)
            connection.rollback();
        out.rows = -1;
        out.error = e.what();
    }
    return out;
}

} // namespace sf::db
