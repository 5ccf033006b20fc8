// MySQL / MariaDB session SQL: lock and statement timeouts (MariaDB's max_statement_time, MySQL's
// optimizer hint) and information_schema's size estimate.
#include "core/sql/mysql/mysqldialect.h"

#include "core/design/naming.h"

#include <algorithm>

namespace sf::sql {

namespace {

std::string seconds(int ms)
{
    return std::to_string(std::max(1, (ms + 999) / 1000));
}

} // namespace

std::vector<std::string> MysqlDialect::sessionTimeoutSql(int tableLockTimeoutMs, int statementTimeoutMs) const
{
    std::vector<std::string> out;
    const std::string lock = tableLockTimeoutMs > 0 ? seconds(tableLockTimeoutMs) : std::string("DEFAULT");
    out.push_back("SET SESSION lock_wait_timeout = " + lock);
    out.push_back("SET SESSION innodb_lock_wait_timeout = " + lock);
    if (m_id == DialectId::MariaDb)
        out.push_back("SET SESSION max_statement_time = " +
                      (statementTimeoutMs > 0 ? std::to_string(statementTimeoutMs / 1000.0) : std::string("DEFAULT")));
    return out;
}

std::string MysqlDialect::transactionStatementTimeoutSql(int) const
{
    return {};
}

std::string MysqlDialect::timeLimitedSelect(const std::string &select, int ms) const
{
    if (m_id == DialectId::MariaDb)
        return "SET STATEMENT max_statement_time=" + std::to_string(ms / 1000.0) + " FOR " + select;
    return "SELECT /*+ MAX_EXECUTION_TIME(" + std::to_string(ms) + ") */" + select.substr(6);
}

std::string MysqlDialect::tableSizeQuery(std::string_view table) const
{
    return "SELECT TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES "
           "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = " +
           quoteLiteral(table);
}

} // namespace sf::sql

namespace sf::sql {

ErrorKind MysqlDialect::classifyError(std::string_view sqlState, std::string_view message) const
{
    // 1205: lock wait timeout (InnoDB rows and metadata locks); 1969: MariaDB max_statement_time;
    // 3024: MySQL MAX_EXECUTION_TIME.
    if (sqlState == "1205" || message.find("Lock wait timeout exceeded") != std::string_view::npos)
        return ErrorKind::LockTimeout;
    if (sqlState == "1969" || sqlState == "3024" ||
        message.find("max_statement_time exceeded") != std::string_view::npos)
        return ErrorKind::StatementTimeout;
    return ErrorKind::Other;
}

std::string MysqlDialect::lockHoldersQuery() const
{
    // Metadata locks are only listed with performance_schema on, so the table is not known: every
    // other session in this database with an open transaction (first: they hold metadata locks
    // until they end) or a statement is a candidate.
    return "SELECT '', CONCAT(p.COMMAND, ' for ', p.TIME, ' s'), p.ID, p.USER, '', "
           "COALESCE(t.trx_started, ''), COALESCE(p.INFO, '') FROM information_schema.PROCESSLIST p "
           "LEFT JOIN information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID "
           "WHERE p.DB = DATABASE() AND p.ID <> CONNECTION_ID() ORDER BY t.trx_started IS NULL, p.ID";
}

std::string MysqlDialect::endSessionSql(std::string_view id) const
{
    if (id.empty() || id.find_first_not_of("0123456789") != std::string_view::npos)
        return {};
    return "KILL " + std::string(id);
}

std::string MysqlDialect::currentDatabaseQuery() const
{
    return "SELECT DATABASE()";
}

std::string MysqlDialect::migrationLockName(std::string_view database) const
{
    // GET_LOCK names are at most 64 characters; a longer one is cut on a character boundary with a
    // hash suffix, so two long database names never share a lock.
    return design::naming::limitIdentifier("schemaforge:" + std::string(database), 64);
}

std::string MysqlDialect::migrationLockQuery(std::string_view name, int waitSeconds) const
{
    return "SELECT GET_LOCK(" + quoteLiteral(name) + ", " + std::to_string(waitSeconds) + ")";
}

std::string MysqlDialect::migrationLockBusyQuery(std::string_view name) const
{
    return "SELECT IS_FREE_LOCK(" + quoteLiteral(name) + ")";
}

std::string MysqlDialect::migrationLockReleaseSql(std::string_view name) const
{
    return "DO RELEASE_LOCK(" + quoteLiteral(name) + ")";
}

} // namespace sf::sql
