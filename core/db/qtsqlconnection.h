#pragma once
// QtSqlConnection is the part of a Connection through Qt SQL that every driver shares (statements,
// queries, transactions, closing); MysqlConnection (QMYSQL) and SqliteConnection (QSQLITE) open it.
// It owns a uniquely named QSqlDatabase and must be used and destroyed in the thread that created it.

#include "core/db/connection.h"
#include "core/db/connectionurl.h"
#include "core/sql/dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace sf::db {

class QtSqlConnection : public Connection
{
public:
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

protected:
    // Adds the Qt SQL database of `driver`; throws DbError when the driver is not loaded.
    QtSqlConnection(const ConnectionUrl &url, const QString &driver);
    // Opens m_db (configured by the subclass); on failure closes and throws DbError(failed(reason)).
    void open(const std::function<std::string(const std::string &reason)> &failed);
    // The statement that starts a transaction.
    virtual std::string beginSql() const = 0;
    // Called after each statement exec() ran (MySQL re-reads sql_mode after one that sets it).
    virtual void afterStatement(const std::string &) {}

    QSqlDatabase m_db;
    std::unique_ptr<sql::Dialect> m_sql;
    std::string m_server;

private:
    void execOne(const std::string &sql);

    QString m_name;
    std::string m_location;
    std::string m_password;
    bool m_inTransaction = false;
};

} // namespace sf::db
