#include "core/db/qtsqlconnection.h"

#include "core/db/connectfailure.h"
#include "core/db/dberror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <atomic>

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

QtSqlConnection::QtSqlConnection(const ConnectionUrl &url, const QString &driver)
    : m_location(url.location()), m_password(url.password)
{
    m_name = QStringLiteral("sf-db-%1").arg(++g_counter);
    m_db = QSqlDatabase::addDatabase(driver, m_name);
    if (!m_db.isValid()) {
        const std::string msg = ConnectFailure::describe(url, "Driver not loaded");
        close();
        throw DbError(msg, {}, true);
    }
}

QtSqlConnection::~QtSqlConnection()
{
    close();
}

void QtSqlConnection::open(const std::function<std::string(const std::string &reason)> &failed)
{
    if (!m_db.open()) {
        const std::string msg = failed(errorText(m_db.lastError()));
        close();
        throw DbError(msg, {}, true);
    }
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
        afterStatement(one);
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
    exec(beginSql());
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
