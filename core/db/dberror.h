#pragma once
// DbError is the exception every sf::db::Connection call throws on failure; its message never holds a password.

#include <stdexcept>
#include <string>

namespace sf::db {

class DbError : public std::runtime_error
{
public:
    DbError(const std::string &message, std::string sqlState = {}, bool connectionLost = false)
        : std::runtime_error(message), m_sqlState(std::move(sqlState)), m_connectionLost(connectionLost)
    {
    }
    const std::string &sqlState() const { return m_sqlState; } // PG SQLSTATE or MySQL error number
    bool connectionLost() const { return m_connectionLost; }

private:
    std::string m_sqlState;
    bool m_connectionLost;
};

} // namespace sf::db
