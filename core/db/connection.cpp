#include "core/db/connection.h"

#include "core/sql/dialect.h"

namespace sf::db {

sql::DialectId Connection::dialectId() const
{
    return sqlDialect().id();
}

std::string Connection::dialect() const
{
    return std::string(sql::projectDialectName(dialectId()));
}

std::string Connection::quoteIdentifier(const std::string &name) const
{
    return sqlDialect().quoteIdentifier(name);
}

std::string Connection::quoteLiteral(const std::string &value) const
{
    return sqlDialect().quoteLiteral(value);
}

std::optional<std::string> Connection::scalar(const std::string &sql)
{
    const QueryResult r = query(sql);
    if (r.rows.empty() || r.rows.front().empty())
        return std::nullopt;
    return r.rows.front().front();
}

} // namespace sf::db
