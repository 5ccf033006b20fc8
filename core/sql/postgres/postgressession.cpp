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

namespace sf::sql {

ErrorKind PostgresDialect::classifyError(std::string_view sqlState, std::string_view message) const
{
    if (sqlState == "55P03" || message.find("lock timeout") != std::string_view::npos)
        return ErrorKind::LockTimeout;
    // 57014 is also a cancel by pg_cancel_backend: only statement_timeout's says so.
    if (sqlState == "57014" && message.find("statement timeout") != std::string_view::npos)
        return ErrorKind::StatementTimeout;
    return ErrorKind::Other;
}

std::string PostgresDialect::lockHoldersQuery() const
{
    return "SELECT DISTINCT c.relname, l.mode, a.pid, COALESCE(a.usename, ''), COALESCE(a.state, ''), "
           "COALESCE(to_char(a.xact_start, 'YYYY-MM-DD HH24:MI:SS'), ''), COALESCE(a.query, '') "
           "FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
           "JOIN pg_stat_activity a ON a.pid = l.pid "
           "WHERE l.granted AND l.pid <> pg_backend_pid() AND c.relkind IN ('r', 'p', 'i', 'S') "
           "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
           "ORDER BY c.relname, a.pid";
}

std::string PostgresDialect::endSessionSql(std::string_view id) const
{
    // A pid is a number; anything else is not pasted into SQL.
    if (id.empty() || id.find_first_not_of("0123456789") != std::string_view::npos)
        return {};
    return "SELECT pg_terminate_backend(" + std::string(id) + ")";
}

std::string PostgresDialect::migrationLockName(std::string_view) const
{
    return std::to_string(kMigrationLockKey);
}

std::string PostgresDialect::migrationLockQuery(std::string_view name, int) const
{
    // One try; MigrationLock polls, so a waiting run can say it waits and give up on time.
    return "SELECT CASE WHEN pg_try_advisory_lock(" + quoteLiteral(name) + "::bigint) THEN 1 ELSE 0 END";
}

std::string PostgresDialect::migrationLockReleaseSql(std::string_view name) const
{
    return "SELECT pg_advisory_unlock(" + quoteLiteral(name) + "::bigint)";
}

} // namespace sf::sql
