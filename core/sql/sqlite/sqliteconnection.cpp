#include "core/sql/sqlite/sqliteconnection.h"

#include "core/sql/sqlite/sqlitedialect.h"

namespace sf::db {

SqliteConnection::SqliteConnection(const ConnectionUrl &url, int busyTimeoutMs)
    : QtSqlConnection(url, QStringLiteral("QSQLITE"))
{
    m_db.setDatabaseName(QString::fromStdString(url.database));
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    open([&](const std::string &reason) { return "cannot open SQLite file " + url.database + ": " + reason; });
    m_sql = std::make_unique<sql::SqliteDialect>();
    exec("PRAGMA foreign_keys = ON");
    m_server = "SQLite " + scalar("SELECT sqlite_version()").value_or("?");
}

} // namespace sf::db
