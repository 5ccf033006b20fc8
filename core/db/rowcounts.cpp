#include "core/db/rowcounts.h"

#include "core/sql/dialect.h"

#include <algorithm>
#include <exception>

namespace sf::db {

RowCount RowCounter::count(Connection &connection, const std::string &table, const std::string &column,
                           const RowCountOptions &options)
{
    RowCount out;
    const sql::Dialect &dialect = connection.sqlDialect();
    const int ms = std::max(1, options.timeLimitMs);
    // A capped inner SELECT: counting stops after cap+1 rows whatever the table's size.
    std::string inner = "SELECT 1 FROM " + connection.quoteIdentifier(table);
    if (!column.empty())
        inner += " WHERE " + connection.quoteIdentifier(column) + " IS NOT NULL";
    inner += " LIMIT " + std::to_string(options.cap + 1);
    const std::string sql = dialect.timeLimitedSelect("SELECT COUNT(*) FROM (" + inner + ") sf_rows", ms);
    // Where the limit is a transaction setting, a transaction of our own scopes it.
    const std::string setLimit = dialect.transactionStatementTimeoutSql(ms);
    const bool ownTransaction = !setLimit.empty() && !connection.inTransaction();
    try {
        if (ownTransaction) {
            connection.begin();
            connection.exec(setLimit);
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
