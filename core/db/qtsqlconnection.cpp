#include "core/db/qtsqlconnection.h"

#include "core/db/connectfailure.h"
#include "core/db/dberror.h"
#include "core/sql/mysql/mysqldialect.h"
#include "core/sql/sqlite/sqlitedialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cctype>

namespace sf::db {

namespace {

std::atomic<unsigned> g_counter{0};

std::string errorText(const QSqlError &e)
{
    QString t = e.databaseText();
    if (t.isEmpty())
        t = e.text();
    return t.trimmed().toStdString();
}

bool isLostConnection(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("2006") || code == QLatin1String("2013") || code == QLatin1String("2055");
}

bool mentionsSqlMode(const std::string &sql)
{
    std::string lower;
    lower.reserve(sql.size());
    for (char c : sql)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find("sql_mode") != std::string::npos;
}

} // namespace

QtSqlConnection::QtSqlConnection(const ConnectionUrl &url, int timeoutSeconds, int busyTimeoutMs)
    : m_kind(url.kind), m_location(url.location()), m_password(url.password)
{
    m_name = QStringLiteral("sf-db-%1").arg(++g_counter);
    const bool sqlite = url.kind == ConnectionUrl::Kind::Sqlite;
    m_db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QMYSQL"), m_name);
    if (!m_db.isValid()) {
        const std::string msg = ConnectFailure::describe(url, "Driver not loaded");
        close();
        throw DbError(msg, {}, true);
    }
    if (sqlite) {
        m_db.setDatabaseName(QString::fromStdString(url.database));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    } else {
        m_db.setHostName(QString::fromStdString(url.host));
        m_db.setPort(url.effectivePort());
        m_db.setUserName(QString::fromStdString(url.user));
        m_db.setPassword(QString::fromStdString(url.password));
        m_db.setDatabaseName(QString::fromStdString(url.database));
        QStringList opts{
            QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1")
                .arg(QString::fromStdString(url.param("connect_timeout", std::to_string(timeoutSeconds))))};
        if (const std::string socket = url.param("socket"); !socket.empty())
            opts << QStringLiteral("UNIX_SOCKET=") + QString::fromStdString(socket);
        const std::string ssl = url.param("sslmode", url.param("ssl-mode", url.param("ssl")));
        if (!ssl.empty() && ssl != "disable" && ssl != "DISABLED" && ssl != "false" && ssl != "0")
            opts << QStringLiteral("CLIENT_SSL");
        m_db.setConnectOptions(opts.join(QLatin1Char(';')));
    }
    if (!m_db.open()) {
        const std::string raw = errorText(m_db.lastError());
        const std::string msg =
            sqlite ? "cannot open SQLite file " + url.database + ": " + raw : ConnectFailure::describe(url, raw);
        close();
        throw DbError(msg, {}, true);
    }
    if (sqlite)
        m_sql = std::make_unique<sql::SqliteDialect>();
    else
        m_sql = std::make_unique<sql::MysqlDialect>(); // until readSqlMode below knows the server
    if (sqlite) {
        exec("PRAGMA foreign_keys = ON");
        m_server = "SQLite " + scalar("SELECT sqlite_version()").value_or("?");
    } else {
        const std::string version = scalar("SELECT VERSION()").value_or("?");
        m_maria = version.find("MariaDB") != std::string::npos;
        m_server = (m_maria ? "MariaDB " : "MySQL ") + version.substr(0, version.find('-'));
        readSqlMode();
    }
}

QtSqlConnection::~QtSqlConnection()
{
    close();
}

void QtSqlConnection::readSqlMode()
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

void QtSqlConnection::execOne(const std::string &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromStdString(sql))) {
        const QSqlError e = q.lastError();
        throw DbError(ConnectFailure::scrub(errorText(e), m_password), e.nativeErrorCode().toStdString(),
                      isLostConnection(e));
    }
}

void QtSqlConnection::exec(const std::string &sql)
{
    if (!m_db.isOpen())
        throw DbError("the connection to " + m_location + " is closed", {}, true);
    for (const std::string &one : m_sql->splitStatements(sql)) {
        execOne(one);
        // A statement that sets sql_mode can turn backslash escapes on or off for what follows.
        if (m_kind != ConnectionUrl::Kind::Sqlite && mentionsSqlMode(one))
            readSqlMode();
    }
}

QueryResult QtSqlConnection::query(const std::string &sql)
{
    if (!m_db.isOpen())
        throw DbError("the connection to " + m_location + " is closed", {}, true);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromStdString(sql))) {
        const QSqlError e = q.lastError();
        throw DbError(ConnectFailure::scrub(errorText(e), m_password), e.nativeErrorCode().toStdString(),
                      isLostConnection(e));
    }
    QueryResult out;
    const QSqlRecord rec = q.record();
    const int cols = rec.count();
    for (int c = 0; c < cols; ++c)
        out.columns.push_back(rec.fieldName(c).toStdString());
    while (q.next()) {
        Row row;
        row.reserve(static_cast<size_t>(cols));
        for (int c = 0; c < cols; ++c) {
            const QVariant v = q.value(c);
            if (v.isNull())
                row.emplace_back();
            else if (v.typeId() == QMetaType::QByteArray)
                row.emplace_back(v.toByteArray().toStdString());
            else
                row.emplace_back(v.toString().toStdString());
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

void QtSqlConnection::begin()
{
    exec(m_kind == ConnectionUrl::Kind::Sqlite ? "BEGIN IMMEDIATE" : "START TRANSACTION");
    m_inTransaction = true;
}

void QtSqlConnection::commit()
{
    m_inTransaction = false;
    exec("COMMIT");
}

void QtSqlConnection::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    try {
        exec("ROLLBACK");
    } catch (const DbError &) {
    }
}

bool QtSqlConnection::isOpen() const
{
    return m_db.isOpen();
}

void QtSqlConnection::close()
{
    if (m_name.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

} // namespace sf::db
