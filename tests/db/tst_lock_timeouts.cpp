// Issue 18: a migration blocked by another session's table lock gives up after the table-lock timeout
// (exit code 4) and names the table and the session that holds it, on PostgreSQL (LOCK TABLE) and
// MariaDB (a metadata lock held by an open transaction); a statement past the statement timeout is
// cancelled and rolled back.
#include "core/migrate/executor.h"
#include "core/migrate/history.h"
#include "core/migrate/migrationsteps.h"
#include "support/dbtesthelpers.h"
#include "support/schemabuilders.h"
#include "support/testenv.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace sf;

namespace {

using test::column;

std::vector<migrate::MigrationSource> sources()
{
    schema::Table t;
    t.name = "people";
    t.columns = {column("id", "INTEGER", false, true), column("name", "STRING")};
    t.primaryKey = {"id"};
    return {{"20240101000001-create", "c1", {ops::CreateTable{t}}, {}},
            {"20240101000002-add-note", "c2", {ops::AddColumn{"people", column("note", "TEXT"), -1, -1}}, {}}};
}

} // namespace

class TstLockTimeouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockedMigrationNamesTheSession_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("postgres") << QStringLiteral("postgres");
        QTest::newRow("mariadb") << QStringLiteral("mysql");
    }
    void blockedMigrationNamesTheSession()
    {
        SF_MAKE_TARGET(t);
        auto conn = test::open(t.url);
        auto holder = test::open(t.url);
        QVERIFY(conn && holder);
        const auto all = sources();
        const auto steps = migrate::MigrationSteps::plan(all, test::plannerDialect(*conn));
        migrate::ExecutorOptions first;
        first.target = all[0].id;
        auto r = migrate::Executor(*conn, first).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());

        const bool pg = conn->dialect() == "postgres";
        const std::string session =
            holder->scalar(pg ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()").value_or("?");
        holder->begin();
        if (pg)
            holder->exec("LOCK TABLE people IN ACCESS EXCLUSIVE MODE");
        else
            holder->query("SELECT COUNT(*) FROM people"); // the open transaction keeps a metadata lock

        migrate::ExecutorOptions o;
        o.timeouts.tableLockTimeoutMs = pg ? 400 : 1000;
        QElapsedTimer timer;
        timer.start();
        r = migrate::Executor(*conn, o).migrate(steps);
        const qint64 waited = timer.elapsed();
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::LockTimeout);
        QCOMPARE(r.exitCode(), 4);
        QVERIFY2(waited < 15000, qPrintable(QString::number(waited)));
        QVERIFY2(r.error.find("waited " + std::to_string(o.timeouts.tableLockTimeoutMs) + " ms for a table lock") !=
                     std::string::npos,
                 r.error.c_str());
        QVERIFY2(r.error.find("session " + session) != std::string::npos, r.error.c_str());
        if (pg) {
            QVERIFY2(r.error.find("table \"people\" is held (AccessExclusiveLock)") != std::string::npos,
                     r.error.c_str());
            QVERIFY2(r.error.find("LOCK TABLE people") != std::string::npos, r.error.c_str());
        } else {
            QVERIFY2(r.error.find("transaction since") != std::string::npos, r.error.c_str());
        }
        QCOMPARE(migrate::History(*conn).read().size(), size_t(1));

        holder->rollback();
        r = migrate::Executor(*conn, o).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(migrate::History(*conn).read().size(), size_t(2));
    }

    void statementTimeoutCancels()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", adminUrl);
        test::DbTarget t;
        QString error;
        QVERIFY2(test::makeTarget(QStringLiteral("postgres"), adminUrl, t, &error), qPrintable(error));
        auto conn = test::open(t.url);
        QVERIFY(conn);
        auto all = sources();
        all[1].operations.push_back(ops::RawSql{"SELECT pg_sleep(5)", "SELECT 1"});
        const auto steps = migrate::MigrationSteps::plan(all, "postgres");
        migrate::ExecutorOptions o;
        o.timeouts.statementTimeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        const auto r = migrate::Executor(*conn, o).migrate(steps);
        QVERIFY2(timer.elapsed() < 4000, "the statement was not cancelled");
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::DatabaseError);
        QVERIFY2(r.error.find("statement timeout of 300 ms") != std::string::npos, r.error.c_str());
        QVERIFY(r.failure && r.failure->rolledBack);
        // the first migration committed, the second rolled back as a whole (no column "note")
        QCOMPARE(r.done.size(), size_t(1));
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'people' AND "
                              "column_name = 'note'")
                     .value_or(""),
                 std::string("0"));
    }
};

QTEST_GUILESS_MAIN(TstLockTimeouts)
#include "tst_lock_timeouts.moc"
