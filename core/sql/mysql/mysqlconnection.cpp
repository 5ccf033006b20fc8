// MySQL / MariaDB connection options, server detection and sql_mode.
#include "core/sql/mysql/mysqlconnection.h"

#include "core/db/connectfailure.h"
#include "core/sql/mysql/mysqldialect.h"

#include <QStringList>

#include <algorithm>
#include <cctype>

namespace sf::db {

namespace {

bool mentionsSqlMode(const std::string &sql)
{
    std::string lower;
    lower.reserve(sql.size());
    for (char c : sql)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find("sql_mode") != std::string::npos;
}

} // namespace

MysqlConnection::MysqlConnection(const ConnectionUrl &url, int timeoutSeconds)
    : QtSqlConnection(url, QStringLiteral("QMYSQL"))
{
    m_db.setHostName(QString::fromStdString(url.host));
    m_db.setPort(url.effectivePort());
    m_db.setUserName(QString::fromStdString(url.user));
    m_db.setPassword(QString::fromStdString(url.password));
    m_db.setDatabaseName(QString::fromStdString(url.database));
    QStringList opts{QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1")
                         .arg(QString::fromStdString(url.param("connect_timeout", std::to_string(timeoutSeconds))))};
    if (const std::string socket = url.param("socket"); !socket.empty())
        opts << QStringLiteral("UNIX_SOCKET=") + QString::fromStdString(socket);
    const std::string ssl = url.param("sslmode", url.param("ssl-mode", url.param("ssl")));
    if (!ssl.empty() && ssl != "disable" && ssl != "DISABLED" && ssl != "false" && ssl != "0")
        opts << QStringLiteral("CLIENT_SSL");
    m_db.setConnectOptions(opts.join(QLatin1Char(';')));
    open([&](const std::string &reason) { return ConnectFailure::describe(url, reason); });
    m_sql = std::make_unique<sql::MysqlDialect>(); // until readSqlMode below knows the server
    // The one place MariaDB is told from MySQL: the server's own version string.
    const std::string version = scalar("SELECT VERSION()").value_or("?");
    m_maria = version.find("MariaDB") != std::string::npos;
    m_server = (m_maria ? "MariaDB " : "MySQL ") + version.substr(0, version.find('-'));
    readSqlMode();
}

void MysqlConnection::afterStatement(const std::string &sql)
{
    if (mentionsSqlMode(sql))
        readSqlMode();
}

void MysqlConnection::readSqlMode()
{
    // A flag from the server's own answer, not a guess: NO_BACKSLASH_ESCAPES makes '\' an ordinary
    // character in string literals, so quoting and statement splitting must follow it.
    sql::MysqlSqlMode mode;
    const std::string sqlMode = scalar("SELECT @@SESSION.sql_mode").value_or("");
    size_t from = 0;
    while (from <= sqlMode.size()) {
        const size_t comma = std::min(sqlMode.find(',', from), sqlMode.size());
        if (sqlMode.compare(from, comma - from, "NO_BACKSLASH_ESCAPES") == 0)
            mode.noBackslashEscapes = true;
        from = comma + 1;
    }
    m_sql = std::make_unique<sql::MysqlDialect>(m_maria ? sql::DialectId::MariaDb : sql::DialectId::MySql, mode);
}

} // namespace sf::db
