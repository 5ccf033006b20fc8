#pragma once
// QtSqlConnection is a Connection through Qt SQL (QSQLITE for SQLite, QMYSQL for MySQL/MariaDB); it owns
// a uniquely named QSqlDatabase and must be used and destroyed in the thread that created it.

#include "core/db/connection.h"
#include "core/db/connectionurl.h"
#include "core/sql/dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sf::db {

class QtSqlConnection : public Connection
{
public:
    // Opens the database; throws DbError with a clear message (ConnectFailure) when it cannot.
    // SQLite: `busyTimeoutMs` is the busy timeout; MySQL: `timeoutSeconds` bounds connect and reads.
    QtSqlConnection(const ConnectionUrl &url, int timeoutSeconds, int busyTimeoutMs = 5000);
    ~QtSqlConnection() override;

    void exec(const std::string &sql) override;
    QueryResult query(const std::string &sql) override;
    void begin() override;
    void commit() override;
    void rollback() override;
    bool inTransaction() const override { return m_inTransaction; }

    const sql::Dialect &sqlDialect() const override { return *m_sql; }
    std::string serverDescription() const override { return m_server; }
    std::string location() const override { return m_location; }
    bool isOpen() const override;
    void close() override;

private:
    void execOne(const std::string &sql);
    // MySQL/MariaDB: reads @@SESSION.sql_mode into the dialect (NO_BACKSLASH_ESCAPES changes quoting).
    void readSqlMode();

    ConnectionUrl::Kind m_kind;
    QString m_name;
    QSqlDatabase m_db;
    std::string m_server;
    std::string m_location;
    std::string m_password;
    bool m_inTransaction = false;
    bool m_maria = false;
    std::unique_ptr<sql::Dialect> m_sql;
};

} // namespace sf::db
