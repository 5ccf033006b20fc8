// Connecting to real PostgreSQL, MariaDB and SQLite: success, and clear failures (wrong password,
// refused port, unknown database) that name host/port/database and never contain the password.
#include "core/db/dberror.h"
#include "core/db/openconnection.h"
#include "support/dbtesthelpers.h"
#include "support/testenv.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace sf;

class TstConnections : public QObject
{
    Q_OBJECT

    void checkOk(const QString &url, const char *dialect, const char *server)
    {
        auto r = db::openConnection(url.toStdString());
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.connection->dialect(), std::string(dialect));
        QVERIFY2(r.connection->serverDescription().find(server) != std::string::npos,
                 r.connection->serverDescription().c_str());
        QCOMPARE(r.connection->scalar("SELECT 1 + 1").value_or(""), std::string("2"));
        const auto q = r.connection->query("SELECT NULL, 'x'");
        QCOMPARE(q.rows.size(), size_t(1));
        QVERIFY(!q.rows[0][0].has_value());
        QCOMPARE(q.rows[0][1].value_or(""), std::string("x"));
        if (!test::passwordOf(url).isEmpty())
            QVERIFY(r.redactedUrl.find(test::passwordOf(url).toStdString()) == std::string::npos);
        // transactions
        r.connection->exec("DROP TABLE IF EXISTS sf_conn_probe");
        r.connection->exec("CREATE TABLE sf_conn_probe (id INTEGER)");
        r.connection->begin();
        r.connection->exec("INSERT INTO sf_conn_probe VALUES (1)");
        r.connection->rollback();
        QCOMPARE(r.connection->scalar("SELECT COUNT(*) FROM sf_conn_probe").value_or(""), std::string("0"));
        // errors are DbError with the server's message
        bool threw = false;
        try {
            r.connection->exec("SELECT * FROM sf_no_such_table");
        } catch (const db::DbError &e) {
            threw = true;
            QVERIFY2(std::string(e.what()).find("sf_no_such_table") != std::string::npos, e.what());
        }
        QVERIFY(threw);
    }

    void checkFailure(const QString &url, const QString &secret, const char *expect)
    {
        QElapsedTimer timer;
        timer.start();
        const auto r = db::openConnection(url.toStdString());
        QVERIFY(!r.ok());
        qInfo("%s", r.error.c_str());
        QVERIFY2(timer.elapsed() < 15000, "connect failure took longer than the bounded timeout");
        QVERIFY2(r.error.find(expect) != std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find(secret.toStdString()) == std::string::npos, "password leaked into the message");
        QVERIFY2(r.redactedUrl.find(secret.toStdString()) == std::string::npos, "password leaked into the URL");
        QVERIFY2(r.error.find(QUrl(url).host().toStdString()) != std::string::npos, r.error.c_str());
        QVERIFY(!r.userError);
    }

private Q_SLOTS:
    void postgres()
    {
        QString admin;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", admin);
        test::ScratchDatabase scratch(admin, QStringLiteral("sf_conn"));
        QVERIFY2(!scratch.url().isEmpty(), qPrintable(scratch.error()));
        checkOk(scratch.url(), "postgres", "PostgreSQL");
    }
    void postgresFailures()
    {
        QString admin;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", admin);
        const QString wrong = QStringLiteral("Wr0ngPassw0rd-xyzzy");
        checkFailure(test::withPassword(admin, wrong), wrong, "authentication failed");
        checkFailure(test::withPort(admin, 1), test::passwordOf(admin), "connection refused");
        checkFailure(test::withDatabase(admin, QStringLiteral("sf_no_such_db_4711")), test::passwordOf(admin),
                     "database \"sf_no_such_db_4711\" does not exist");
        checkFailure(test::withDatabase(admin, QStringLiteral("we'ird\"db")), test::passwordOf(admin),
                     "does not exist");
    }
    void postgresPasswordFromLibpqEnvironment()
    {
        QString admin;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", admin);
        const QString password = test::passwordOf(admin);
        // test.sh always gives its servers a password; without one this test would prove nothing.
        QVERIFY2(!password.isEmpty(), "SF_TEST_PG_URL has no password: use a server with password authentication");
        QUrl noPassword(admin);
        noPassword.setPassword(QString());
        qputenv("PGPASSWORD", password.toUtf8());
        auto r = db::openConnection(noPassword.toString().toStdString());
        qunsetenv("PGPASSWORD");
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.connection->scalar("SELECT 1").value_or(""), std::string("1"));
    }
    void mysql()
    {
        QString admin;
        SF_REQUIRE_DB_URL("SF_TEST_MYSQL_URL", admin);
        test::ScratchDatabase scratch(admin, QStringLiteral("sf_conn"));
        QVERIFY2(!scratch.url().isEmpty(), qPrintable(scratch.error()));
        checkOk(scratch.url(), "mysql", "MariaDB");
        QString mariadb = scratch.url();
        mariadb.replace(QStringLiteral("mysql://"), QStringLiteral("mariadb://"));
        checkOk(mariadb, "mysql", "MariaDB");
    }
    void mysqlFailures()
    {
        QString admin;
        SF_REQUIRE_DB_URL("SF_TEST_MYSQL_URL", admin);
        const QString wrong = QStringLiteral("Wr0ngPassw0rd-xyzzy");
        checkFailure(test::withPassword(admin, wrong), wrong, "authentication failed");
        checkFailure(test::withPort(admin, 1), test::passwordOf(admin), "connection refused");
        checkFailure(test::withDatabase(admin, QStringLiteral("sf_no_such_db_4711")), test::passwordOf(admin),
                     "does not exist");
    }
    void sqlite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        db::OpenOptions o;
        o.projectDir = dir.path().toStdString();
        auto r = db::openConnection("sqlite:sub.db", o);
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sub.db"))));
        checkOk(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("x.db")), "sqlite", "SQLite");
        // foreign keys are enforced on every SQLite connection
        QCOMPARE(r.connection->scalar("PRAGMA foreign_keys").value_or(""), std::string("1"));
    }
    void manyConnectionsHaveUniqueNames()
    {
        std::vector<std::unique_ptr<db::Connection>> all;
        for (int i = 0; i < 5; ++i) {
            auto r = db::openConnection("sqlite::memory:");
            QVERIFY2(r.ok(), r.error.c_str());
            r.connection->exec("CREATE TABLE t" + std::to_string(i) + " (x INTEGER)");
            all.push_back(std::move(r.connection));
        }
        QCOMPARE(all[4]->scalar("SELECT COUNT(*) FROM sqlite_master").value_or(""), std::string("1"));
    }
};

QTEST_GUILESS_MAIN(TstConnections)
#include "tst_connections.moc"
