#pragma once
// MysqlConnection is a Connection to MySQL or MariaDB through Qt SQL's QMYSQL driver; it tells
// MariaDB from MySQL once, from the server's version, and follows the session's sql_mode.
// Single-threaded (use and destroy it in the thread that opened it).

#include "core/db/qtsqlconnection.h"

namespace sf::db {

class MysqlConnection : public QtSqlConnection
{
public:
    // Connects (connect timeout `timeoutSeconds`); throws DbError with a clear message (ConnectFailure).
    MysqlConnection(const ConnectionUrl &url, int timeoutSeconds);

protected:
    std::string beginSql() const override { return "START TRANSACTION"; }
    // A statement that sets sql_mode can turn backslash escapes on or off for what follows.
    void afterStatement(const std::string &sql) override;

private:
    // Reads @@SESSION.sql_mode into the dialect (NO_BACKSLASH_ESCAPES changes quoting).
    void readSqlMode();

    bool m_maria = false;
};

} // namespace sf::db
