#include "core/db/connection.h"

namespace sf::db {

std::string Connection::quoteIdentifier(const std::string &name) const
{
    const char q = dialect() == "mysql" ? '`' : '"';
    std::string out(1, q);
    for (char c : name) {
        if (c == q)
            out.push_back(q);
        out.push_back(c);
    }
    out.push_back(q);
    return out;
}

std::string Connection::quoteLiteral(const std::string &value) const
{
    const bool mysql = dialect() == "mysql";
    std::string out("'");
    for (char c : value) {
        if (c == '\'' || (mysql && c == '\\'))
            out.push_back('\'');
        out.push_back(c);
    }
    out.push_back('\'');
    return out;
}

std::optional<std::string> Connection::scalar(const std::string &sql)
{
    const QueryResult r = query(sql);
    if (r.rows.empty() || r.rows.front().empty())
        return std::nullopt;
    return r.rows.front().front();
}

} // namespace sf::db
