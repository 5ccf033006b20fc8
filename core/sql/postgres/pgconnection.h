#pragma once
// PgConnection is a Connection to PostgreSQL through libpqxx 6.4; owns its pqxx::connection,
// single-threaded (use it from the thread that opened it).

#include "core/db/connection.h"
#include "core/db/connectionurl.h"
#include "core/sql/postgres/postgresdialect.h"

#include <memory>

namespace sf::db {

class PgConnection : public Connection
{
public:
    // Connects (connect_timeout = `timeoutSeconds`); throws DbError naming host, port, database and
    // the reason (connection refused, unknown host, authentication failed, database does not exist).
    PgConnection(const ConnectionUrl &url, int timeoutSeconds);
    ~PgConnection() override;

    void exec(const std::string &sql) override;
    QueryResult query(const std::string &sql) override;
    void begin() override;
    void commit() override;
    void rollback() override;
    bool inTransaction() const override { return m_inTransaction; }

    const sql::Dialect &sqlDialect() const override { return m_sql; }
    std::string serverDescription() const override { return m_server; }
    std::string location() const override { return m_location; }
    bool isOpen() const override;
    void close() override;

    // Builds the libpq keyword/value connection string (exposed for tests; holds the password).
    static std::string conninfo(const ConnectionUrl &url, int timeoutSeconds);

private:
    [[noreturn]] void rethrow(const std::string &sql);

    struct Impl;
    std::unique_ptr<Impl> m_conn;
    sql::PostgresDialect m_sql;
    std::string m_server;
    std::string m_location;
    std::string m_password;
    bool m_inTransaction = false;
};

} // namespace sf::db
