#pragma once
// SqliteConnection is a Connection to an SQLite file (or :memory:) through Qt SQL's QSQLITE driver,
// with foreign keys on; single-threaded (use and destroy it in the thread that opened it).

#include "core/db/qtsqlconnection.h"

namespace sf::db {

class SqliteConnection : public QtSqlConnection
{
public:
    // Opens url.database with busy timeout `busyTimeoutMs`; throws DbError naming the file.
    SqliteConnection(const ConnectionUrl &url, int busyTimeoutMs = 5000);

protected:
    // IMMEDIATE: the write lock is taken at BEGIN, so a busy database fails there and not half-way.
    std::string beginSql() const override { return "BEGIN IMMEDIATE"; }
};

} // namespace sf::db
