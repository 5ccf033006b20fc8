#include "core/db/qtsqlconnection.h"

#include "core/db/connectfailure.h"
#include "core/db/dberror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

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
        QStringList opts{QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1")
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
    if (sqlite) {
        exec("PRAGMA foreign_keys = ON");
        m_server = "SQLite " + scalar("SELECT sqlite_version()").value_or("?");
    } else {
        const std::string version = scalar("SELECT VERSION()").value_or("?");
        const bool maria = version.find("MariaDB") != std::string::npos;
        m_server = (maria ? "MariaDB " : "MySQL ") + version.substr(0, version.find('-'));
    }
}

QtSqlConnection::~QtSqlConnection()
{
    close();
}

std::string QtSqlConnection::dialect() const
{
    return m_kind == ConnectionUrl::Kind::Sqlite ? "sqlite" : "mysql";
}

std::vector<std::string> QtSqlConnection::splitStatements(const std::string &sql)
{
    std::vector<std::string> out;
    std::string cur;
    char quote = 0;
    int beginDepth = 0;  // CREATE TRIGGER ... BEGIN ... END keeps its inner ';'
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            cur.push_back(c);
            if (c == '\\' && quote == '\'' && i + 1 < sql.size()) {
                cur.push_back(sql[++i]);
            } else if (c == quote) {
                quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"' || c == '`') {
            quote = c;
            cur.push_back(c);
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            while (i < sql.size() && sql[i] != '\n')
                ++i;
            cur.push_back('\n');
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const auto end = sql.find("*/", i + 2);
            i = end == std::string::npos ? sql.size() : end + 1;
            cur.push_back(' ');
        } else if (c == ';' && beginDepth == 0) {
            out.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(c);
            auto word = [&](const char *w, size_t n) {
                return i + 1 >= n && sql.compare(i + 1 - n, n, w) == 0 &&
                       (i + 1 == sql.size() || !std::isalnum(static_cast<unsigned char>(sql[i + 1]))) &&
                       (i + 1 == n || !std::isalnum(static_cast<unsigned char>(sql[i - n])));
            };
            if (word("BEGIN", 5) && cur.find("TRIGGER") != std::string::npos)
                ++beginDepth;
            else if (word("END", 3) && beginDepth > 0)
                --beginDepth;
        }
    }
    out.push_back(cur);
    std::vector<std::string> cleaned;
    for (auto &s : out) {
        const auto b = s.find_first_not_of(" \t\r\n");
        if (b == std::string::npos)
            continue;
        const auto e = s.find_last_not_of(" \t\r\n");
        cleaned.push_back(s.substr(b, e - b + 1));
    }
    return cleaned;
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
    for (const std::string &one : splitStatements(sql))
        execOne(one);
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
