#pragma once
// dbtesthelpers: header-only helpers for the database tests (open a connection, a fresh database per
// dialect, swap URL parts, list tables).

#include "core/db/openconnection.h"
#include "support/scratchdb.h"
#include "support/testenv.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <memory>

namespace sf::test {

// The admin URL with one part replaced (password, port, database).
inline QString withPassword(const QString &url, const QString &password)
{
    QUrl u(url);
    u.setPassword(password);
    return u.toString();
}
inline QString withPort(const QString &url, int port)
{
    QUrl u(url);
    u.setPort(port);
    return u.toString();
}
inline QString withDatabase(const QString &url, const QString &db)
{
    QUrl u(url);
    u.setPath(QLatin1Char('/') + db);
    return u.toString();
}
inline QString passwordOf(const QString &url)
{
    return QUrl(url).password();
}

inline std::unique_ptr<db::Connection> open(const QString &url)
{
    auto r = db::openConnection(url.toStdString());
    if (!r.ok())
        qWarning("cannot open %s: %s", r.redactedUrl.c_str(), r.error.c_str());
    return std::move(r.connection);
}

// A fresh database for one test: a scratch PostgreSQL/MariaDB database or a SQLite file in a temp dir.
struct DbTarget {
    QString dialect; // "postgres", "mysql" or "sqlite"
    QString url;
    std::unique_ptr<ScratchDatabase> scratch;
    std::unique_ptr<QTemporaryDir> dir;
};

// adminUrl is ignored for sqlite. Returns false and sets *error when the database cannot be made.
inline bool makeTarget(const QString &dialect, const QString &adminUrl, DbTarget &t, QString *error)
{
    t.dialect = dialect;
    t.dir = std::make_unique<QTemporaryDir>();
    if (dialect == QLatin1String("sqlite")) {
        t.url = QStringLiteral("sqlite:") + t.dir->filePath(QStringLiteral("test.sqlite"));
        return true;
    }
    t.scratch = std::make_unique<ScratchDatabase>(adminUrl, QStringLiteral("sf_t"));
    t.url = t.scratch->url();
    if (t.url.isEmpty())
        *error = t.scratch->error();
    return !t.url.isEmpty();
}

// The planner dialect for a connection: "postgres", "sqlite", "mariadb" or "mysql".
inline std::string plannerDialect(db::Connection &c)
{
    if (c.dialect() == "mysql" && c.serverDescription().rfind("MariaDB", 0) == 0)
        return "mariadb";
    return c.dialect();
}

// Every table name in the database (history tables included), sorted.
inline QStringList allTables(db::Connection &c)
{
    std::string sql;
    if (c.dialect() == "postgres")
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1";
    else if (c.dialect() == "mysql")
        sql = "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1";
    else
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1";
    QStringList out;
    for (const auto &r : c.query(sql).rows)
        out << QString::fromStdString(r[0].value_or(""));
    out.sort();
    return out;
}

} // namespace sf::test

// Data rows "postgres", "mysql", "sqlite" for a test_data() function.
#define SF_DIALECT_ROWS()                                                                                              \
    do {                                                                                                               \
        QTest::addColumn<QString>("dialect");                                                                          \
        QTest::newRow("postgres") << QStringLiteral("postgres");                                                       \
        QTest::newRow("mariadb") << QStringLiteral("mysql");                                                           \
        QTest::newRow("sqlite") << QStringLiteral("sqlite");                                                           \
    } while (0)

// In a data-driven test: a fresh DbTarget `t` for the row's dialect (QFAIL / QSKIP as testenv says).
#define SF_MAKE_TARGET(t)                                                                                              \
    QFETCH(QString, dialect);                                                                                          \
    sf::test::DbTarget t;                                                                                              \
    {                                                                                                                  \
        QString adminUrl_;                                                                                             \
        if (const char *adminVar_ = sf::test::adminUrlVariable(dialect))                                               \
            SF_REQUIRE_DB_URL(adminVar_, adminUrl_);                                                                   \
        QString targetError_;                                                                                          \
        QVERIFY2(sf::test::makeTarget(dialect, adminUrl_, t, &targetError_), qPrintable(targetError_));                \
    }
