// Issue 18 safer plans on PostgreSQL (migrate --online): an index on an existing table is built
// CONCURRENTLY before the migration's transaction and a foreign key is added NOT VALID and validated
// after commit; both apply and undo on a table with rows, and a failed CONCURRENTLY build (duplicates
// for a unique index) leaves no INVALID index and no history row behind.
#include "core/migrate/executor.h"
#include "core/migrate/history.h"
#include "core/migrate/migrationsteps.h"
#include "support/dbtesthelpers.h"
#include "support/schemabuilders.h"
#include "support/testenv.h"

#include <QtTest>

using namespace sf;

namespace {

using test::column;

} // namespace

class TstOnlinePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentlyAndNotValid()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", adminUrl);
        test::DbTarget t;
        QString error;
        QVERIFY2(test::makeTarget(QStringLiteral("postgres"), adminUrl, t, &error), qPrintable(error));
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const migrate::MigrationSource m1{
            "20240101000001-base",
            "c1",
            {ops::CreateTable{test::tableWithId("people", {column("name", "STRING"), column("code", "STRING")})},
             ops::CreateTable{test::tableWithId("orders", {column("personId", "INTEGER")})}},
            {}};
        schema::ForeignKey fk{{}, "orders_personId_fkey", {"personId"}, "people", {"id"}, "CASCADE", "CASCADE"};
        const migrate::MigrationSource m2{
            "20240101000002-keys",
            "c2",
            {ops::AddIndex{"people", {{}, "people_name", {"name"}, false}}, ops::AddForeignKey{"orders", fk}},
            {}};
        const migrate::MigrationSource m3{"20240101000003-unique-code",
                                          "c3",
                                          {ops::AddColumn{"people", column("note", "TEXT"), -1, -1},
                                           ops::AddIndex{"people", {{}, "people_code_uq", {"code"}, true}}},
                                          {}};
        const auto steps = migrate::MigrationSteps::plan({m1, m2, m3}, "postgres", true);
        // The base migration creates its tables: nothing to build concurrently there.
        for (const auto &s : steps[0].up)
            QVERIFY2(s.sql.find("CONCURRENTLY") == std::string::npos, s.sql.c_str());
        const auto &up = steps[1].up;
        QCOMPARE(up.size(), size_t(3));
        QVERIFY2(up[0].sql.rfind("CREATE INDEX CONCURRENTLY \"people_name\"", 0) == 0, up[0].sql.c_str());
        QCOMPARE(up[0].phase, sql::Statement::Phase::BeforeTransaction);
        QVERIFY2(up[1].sql.find(" NOT VALID") != std::string::npos, up[1].sql.c_str());
        QVERIFY2(up[2].sql.find("VALIDATE CONSTRAINT \"orders_personId_fkey\"") != std::string::npos,
                 up[2].sql.c_str());
        QCOMPARE(up[2].phase, sql::Statement::Phase::AfterTransaction);

        migrate::ExecutorOptions first;
        first.target = m1.id;
        auto r = migrate::Executor(*conn, first).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        conn->exec("INSERT INTO people (id, name, code) VALUES (1, 'a', 'x'), (2, 'b', 'x'), (3, 'c', 'y')");
        conn->exec("INSERT INTO orders (id, \"personId\") VALUES (1, 1), (2, 3)");
        migrate::ExecutorOptions second;
        second.target = m2.id;
        r = migrate::Executor(*conn, second).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(
            conn->scalar("SELECT indisvalid FROM pg_index WHERE indexrelid = '\"people_name\"'::regclass").value_or(""),
            std::string("t"));
        QCOMPARE(
            conn->scalar("SELECT convalidated FROM pg_constraint WHERE conname = 'orders_personId_fkey'").value_or(""),
            std::string("t"));

        // A unique index over duplicates fails CONCURRENTLY: nothing of the migration stays.
        r = migrate::Executor(*conn, {}).migrate(steps);
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::DatabaseError);
        QVERIFY(r.failure && r.failure->rolledBack);
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM pg_class WHERE relname = 'people_code_uq'").value_or(""),
                 std::string("0"));
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'people' "
                              "AND column_name = "
                              "'note'")
                     .value_or(""),
                 std::string("0"));
        QCOMPARE(migrate::History(*conn).read().size(), size_t(2));

        // And back: undo drops the key and the index.
        r = migrate::Executor(*conn, {}).undo(steps, migrate::UndoScope::Last);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM pg_class WHERE relname = 'people_name'").value_or(""),
                 std::string("0"));
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM pg_constraint WHERE conname = 'orders_personId_fkey'").value_or(""),
                 std::string("0"));
        QCOMPARE(migrate::History(*conn).read().size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TstOnlinePlan)
#include "tst_online_plan.moc"
