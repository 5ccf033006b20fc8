// SQLite session SQL: there is none (no timeouts besides the busy timeout, no size estimate).
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
