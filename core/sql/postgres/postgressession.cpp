// PostgreSQL session SQL: SET LOCAL timeouts and the catalogue's size estimate.
#include "core/sql/postgres/postgresdialect.h"

namespace sf::sql {

std::vector<std::string> PostgresDialect::sessionTimeoutSql(int tableLockTimeoutMs, int statementTimeoutMs) const
{
    // 0 keeps the server's (or role's) own setting: a DBA's statement_timeout is never switched off.
    std::vector<std::string> out;
    if (tableLockTimeoutMs > 0)
        out.push_back("SET LOCAL lock_timeout = " + std::to_string(tableLockTimeoutMs));
    if (statementTimeoutMs > 0)
        out.push_back("SET LOCAL statement_timeout = " + std::to_string(statementTimeoutMs));
    return out;
}

std::string PostgresDialect::transactionStatementTimeoutSql(int ms) const
{
    // SET LOCAL ends with the transaction: the session's own timeout is left as it was.
    return "SET LOCAL statement_timeout = " + std::to_string(ms);
}

std::string PostgresDialect::timeLimitedSelect(const std::string &select, int) const
{
    return select;
}

std::string PostgresDialect::tableSizeQuery(std::string_view table) const
{
    return "SELECT c.reltuples::bigint, pg_total_relation_size(c.oid) FROM pg_class c WHERE c.oid = to_regclass(" +
           quoteLiteral(quoteIdentifier(table)) + ")";
}

} // namespace sf::sql
