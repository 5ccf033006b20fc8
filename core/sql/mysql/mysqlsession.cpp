// MySQL / MariaDB session SQL: lock and statement timeouts (MariaDB's max_statement_time, MySQL's
// optimizer hint) and information_schema's size estimate.
#include "core/sql/mysql/mysqldialect.h"

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
