#include "support/scratchdb.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <pqxx/pqxx>

namespace sf::test {
namespace {

QString withDatabase(const QString &url, const QString &db)
{
    QUrl u(url);
    u.setPath(QLatin1Char('/') + db);
    return u.toString();
}

// Runs statements through QMYSQL on a throwaway connection; returns rows' first column.
QStringList mysqlRun(const QString &url, const QStringList &statements, QString *error)
{
    const QUrl u(url);
    const QString conn = QStringLiteral("scratch-") + QUuid::createUuid().toString(QUuid::Id128);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), conn);
        db.setHostName(u.host());
        db.setPort(u.port(3306));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            if (error)
                *error = db.lastError().databaseText();
        } else {
            QSqlQuery q(db);
            for (const QString &s : statements) {
                if (!q.exec(s)) {
                    if (error)
                        *error = q.lastError().databaseText();
                    break;
                }
                while (q.next())
                    rows << q.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(conn);
    return rows;
}

} // namespace

ScratchDatabase::ScratchDatabase(const QString &adminUrl, const QString &prefix) : m_adminUrl(adminUrl)
{
    m_postgres = adminUrl.startsWith(QLatin1String("postgres"));
    m_name = QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::global()->generate() % 100000000u);
    if (m_postgres) {
        try {
            pqxx::connection c(adminUrl.toStdString());
            pqxx::nontransaction w(c);
            w.exec0("CREATE DATABASE " + w.quote_name(m_name.toStdString()));
        } catch (const std::exception &e) {
            m_error = QString::fromUtf8(e.what());
            return;
        }
    } else {
        QString err;
        mysqlRun(adminUrl, {QStringLiteral("CREATE DATABASE `%1`").arg(m_name)}, &err);
        if (!err.isEmpty()) {
            m_error = err;
            return;
        }
    }
    m_url = withDatabase(adminUrl, m_name);
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_url.isEmpty())
        return;
    if (m_postgres) {
        try {
            pqxx::connection c(m_adminUrl.toStdString());
            pqxx::nontransaction w(c);
            w.exec0("DROP DATABASE IF EXISTS " + w.quote_name(m_name.toStdString()) + " WITH (FORCE)");
        } catch (const std::exception &) {
            // best effort: the server is thrown away at the end of test.sh anyway
        }
    } else {
        mysqlRun(m_adminUrl, {QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(m_name)}, nullptr);
    }
}

QStringList ScratchDatabase::query(const QString &sql, QString *error) const
{
    if (!m_postgres)
        return mysqlRun(m_url, {sql}, error);
    QStringList rows;
    try {
        pqxx::connection c(m_url.toStdString());
        pqxx::nontransaction w(c);
        const pqxx::result r = w.exec(sql.toStdString());
        for (const auto &row : r)
            rows << (row[0].is_null() ? QString() : QString::fromStdString(row[0].c_str()));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
    }
    return rows;
}

} // namespace sf::test
