// SQLite session SQL: no timeouts besides the busy timeout and no size estimate; the busy error, and
// the catalogue checks run after code we do not control changed the database with foreign keys off.
#include "core/sql/sqlite/sqlitedialect.h"

namespace sf::sql {

std::vector<std::string> SqliteDialect::sessionTimeoutSql(int, int) const
{
    return {};
}

std::string SqliteDialect::transactionStatementTimeoutSql(int) const
{
    return {};
}

std::string SqliteDialect::timeLimitedSelect(const std::string &select, int) const
{
    return select; // the row cap bounds a count
}

std::string SqliteDialect::tableSizeQuery(std::string_view) const
{
    return {};
}

} // namespace sf::sql

namespace sf::sql {

ErrorKind SqliteDialect::classifyError(std::string_view, std::string_view message) const
{
    // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: another connection holds the write lock.
    if (message.find("locked") != std::string_view::npos || message.find("busy") != std::string_view::npos)
        return ErrorKind::Busy;
    return ErrorKind::Other;
}

std::string SqliteDialect::userTablesQuery() const
{
    return "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
}

std::string SqliteDialect::foreignKeyListQuery(std::string_view table) const
{
    return "SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(" +
           quoteLiteral(table) + ")";
}

std::string SqliteDialect::foreignKeyViolationsQuery() const
{
    return "PRAGMA foreign_key_check";
}

} // namespace sf::sql
