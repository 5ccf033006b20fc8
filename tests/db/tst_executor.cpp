// Executor against real databases: every example project migrates on every dialect and then
// introspects equal to its replay; undo --all leaves only the history tables; migrate works again;
// a failing 3rd statement leaves PG/SQLite exactly as before and MariaDB's report names what ran;
// a PostgreSQL session killed mid-migration leaves nothing behind.
#include "core/db/dberror.h"
#include "core/db/introspector.h"
#include "core/migrate/drift.h"
#include "core/migrate/executor.h"
#include "core/migrate/generator.h"
#include "core/migrate/history.h"
#include "core/migrate/migrationsteps.h"
#include "core/project/projectfile.h"
#include "support/dbtesthelpers.h"
#include "support/testenv.h"

#include <QDir>
#include <QtTest>

#include <atomic>
#include <thread>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#define SF_LSAN_DISABLE() __lsan_disable()
#define SF_LSAN_ENABLE() __lsan_enable()
#else
#define SF_LSAN_DISABLE()
#define SF_LSAN_ENABLE()
#endif

using namespace sf;

namespace {

struct Recorder : migrate::Listener {
    std::vector<std::string> events;
    void started(const migrate::MigrationStep &s, migrate::Direction, int, int) override
    {
        events.push_back("start " + s.id);
    }
    void statement(const migrate::MigrationStep &, const sql::Statement &st, int) override { events.push_back(st.sql); }
    void finished(const migrate::MigrationStep &s, migrate::Direction, int) override
    {
        events.push_back("done " + s.id);
    }
    void failed(const migrate::MigrationStep &s, const migrate::FailureReport &) override
    {
        events.push_back("failed " + s.id);
    }
};

sql::Statement stmt(const std::string &sql, const std::string &reverse)
{
    sql::Statement s;
    s.sql = sql;
    s.reverse = reverse;
    return s;
}

std::string describe(const std::vector<migrate::DriftItem> &items)
{
    std::string s;
    for (const auto &i : items)
        s += "\n  " + i.message;
    return s;
}

std::set<std::string> allIds(const std::vector<migrate::MigrationSource> &sources)
{
    std::set<std::string> ids;
    for (const auto &s : sources)
        ids.insert(s.id);
    return ids;
}

} // namespace

class TstExecutor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data() { SF_DIALECT_ROWS(); }
    void examples()
    {
        SF_MAKE_TARGET(t);
        const QStringList projects = QDir(test::sourcePath(QStringLiteral("resources/examples")))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(!projects.isEmpty());
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const std::string dialectName = test::plannerDialect(*conn);
        for (const QString &name : projects) {
            // Each project in its own fresh database state: undo the previous one first.
            const QString file =
                test::sourcePath(QStringLiteral("resources/examples/%1/%1.schemaforge.json").arg(name));
            const auto loaded = project::ProjectFile::load(file.toStdString());
            QVERIFY2(loaded.ok, loaded.error.c_str());
            QTemporaryDir work;
            const std::string migDir = work.filePath(QStringLiteral("migrations")).toStdString();
            QDir().mkpath(QString::fromStdString(migDir));
            migrate::GenerateOptions go;
            go.now = "20240101000000";
            const auto gen = migrate::Generator::generate(loaded.project, migDir, "init", go);
            QVERIFY2(gen.status == migrate::GenerateResult::Status::Written,
                     (name.toStdString() + ": " + gen.message).c_str());
            std::string error;
            const auto sources = migrate::MigrationSteps::load(migDir, &error);
            QVERIFY2(error.empty(), error.c_str());
            const auto steps = migrate::MigrationSteps::plan(sources, dialectName);
            for (const auto &s : steps)
                QVERIFY2(s.planError.empty(), s.planError.c_str());

            Recorder rec;
            migrate::Executor ex(*conn, {}, &rec);
            auto r = ex.migrate(steps);
            QVERIFY2(r.ok(), (name.toStdString() + ": " + r.error).c_str());
            QCOMPARE(r.done.size(), steps.size());

            const auto expected = migrate::MigrationSteps::replay(sources, allIds(sources), &error);
            QVERIFY2(error.empty(), error.c_str());
            const auto actual = db::Introspector::introspect(*conn);
            const auto drift = migrate::Drift::compare(expected, actual.schema, dialectName);
            QVERIFY2(drift.empty(), (name.toStdString() + " on " + dialectName +
                                     ": introspection differs from replay:" + describe(drift))
                                        .c_str());
            for (const auto &e : ex.status(steps))
                QCOMPARE(migrate::stateName(e.state), "applied");
            // Nothing left to do.
            r = ex.migrate(steps);
            QVERIFY(r.ok());
            QVERIFY(r.done.empty());

            r = ex.undo(steps, migrate::UndoScope::All);
            QVERIFY2(r.ok(), r.error.c_str());
            QCOMPARE(test::allTables(*conn),
                     (QStringList{QStringLiteral("SchemaForgeJournal"), QStringLiteral("SchemaForgeMeta"),
                                  QStringLiteral("SequelizeMeta")}));
            if (conn->dialect() == "postgres")
                QCOMPARE(conn->scalar("SELECT COUNT(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                                      "WHERE n.nspname = current_schema() AND t.typtype = 'e'")
                             .value_or(""),
                         std::string("0"));
            QCOMPARE(conn->scalar("SELECT COUNT(*) FROM " + conn->quoteIdentifier("SequelizeMeta")).value_or(""),
                     std::string("0"));

            r = ex.migrate(steps);
            QVERIFY2(r.ok(), ("migrate again: " + r.error).c_str());
            QVERIFY(migrate::Drift::compare(expected, db::Introspector::introspect(*conn).schema, dialectName).empty());
            r = ex.undo(steps, migrate::UndoScope::All);
            QVERIFY2(r.ok(), r.error.c_str());
        }
    }

    void thirdStatementFails_data() { SF_DIALECT_ROWS(); }
    void thirdStatementFails()
    {
        SF_MAKE_TARGET(t);
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const bool mysql = conn->dialect() == "mysql";
        migrate::MigrationStep good;
        good.id = "20240101000001-good";
        good.fileName = good.id + ".js";
        good.checksum = "c1";
        good.up = {stmt("CREATE TABLE base_t (id INTEGER PRIMARY KEY)", "DROP TABLE base_t"),
                   stmt("INSERT INTO base_t VALUES (1)", "DELETE FROM base_t WHERE id = 1")};
        good.down = {stmt("DROP TABLE base_t", "")};
        migrate::MigrationStep bad;
        bad.id = "20240101000002-bad";
        bad.fileName = bad.id + ".js";
        bad.checksum = "c2";
        bad.up = {
            stmt("CREATE TABLE f1 (id INTEGER)", "DROP TABLE f1"),
            stmt("ALTER TABLE base_t ADD COLUMN extra INTEGER", mysql ? "ALTER TABLE base_t DROP COLUMN extra" : ""),
            stmt("CREATE TABLE f1 (id INTEGER)", "DROP TABLE f1"),
            stmt("CREATE TABLE f3 (id INTEGER)", "DROP TABLE f3")};
        migrate::Executor ex(*conn, {});
        auto r = ex.migrate({good});
        QVERIFY2(r.ok(), r.error.c_str());
        const auto before = db::Introspector::introspect(*conn).schema;
        const auto historyBefore = migrate::History(*conn).read();

        Recorder rec;
        migrate::Executor ex2(*conn, {}, &rec);
        r = ex2.migrate({good, bad});
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::DatabaseError);
        QCOMPARE(r.exitCode(), 2);
        QVERIFY(r.failure);
        QCOMPARE(r.failure->statementIndex, 2);
        QCOMPARE(r.failure->migrationId, bad.id);
        QVERIFY(r.done.empty());
        QCOMPARE(migrate::History(*conn).read().size(), historyBefore.size());
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM base_t").value_or(""), std::string("1"));
        if (!mysql) {
            QVERIFY(r.failure->rolledBack);
            QVERIFY2(db::Introspector::introspect(*conn).schema == before,
                     "schema changed although the migration rolled back");
            QVERIFY(r.error.find("rolled back") != std::string::npos);
        } else {
            QVERIFY(!r.failure->rolledBack);
            QCOMPARE(r.failure->executed.size(), size_t(2));
            QVERIFY(r.failure->executed[0].committed);
            QVERIFY2(r.error.find("CREATE TABLE f1 (id INTEGER)") != std::string::npos, r.error.c_str());
            QVERIFY2(r.error.find("ALTER TABLE base_t ADD COLUMN extra INTEGER") != std::string::npos, r.error.c_str());
            QVERIFY2(r.error.find("undo with: ALTER TABLE base_t DROP COLUMN extra") != std::string::npos,
                     r.error.c_str());
            QVERIFY2(r.error.find("statement 3 of 4") != std::string::npos, r.error.c_str());
            QVERIFY(test::allTables(*conn).contains(QStringLiteral("f1")));
        }
    }

    void checksumChangeStopsMigrate()
    {
        QTemporaryDir dir;
        auto conn = test::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("c.db")));
        migrate::MigrationStep a;
        a.id = "20240101000001-a";
        a.fileName = a.id + ".js";
        a.checksum = "aaa";
        a.up = {stmt("CREATE TABLE a (id INTEGER)", "DROP TABLE a")};
        a.down = {stmt("DROP TABLE a", "")};
        migrate::MigrationStep b = a;
        b.id = "20240101000002-b";
        b.fileName = b.id + ".js";
        b.up = {stmt("CREATE TABLE b (id INTEGER)", "DROP TABLE b")};
        b.down = {stmt("DROP TABLE b", "")};
        migrate::Executor ex(*conn, {});
        QVERIFY(ex.migrate({a}).ok());
        a.checksum = "changed";
        auto r = ex.migrate({a, b});
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::UserError);
        QVERIFY(r.error.find("20240101000001-a") != std::string::npos);
        QCOMPARE(migrate::stateName(ex.status({a, b})[0].state), "changed");
        migrate::ExecutorOptions force;
        force.force = true;
        r = migrate::Executor(*conn, force).migrate({a, b});
        QVERIFY2(r.ok(), r.error.c_str());
        // A SequelizeMeta-only row counts as applied by sequelize-cli; a row without a file is reported.
        conn->exec("INSERT INTO SequelizeMeta (name) VALUES ('20230101000000-by-cli.js')");
        conn->exec("DELETE FROM SchemaForgeMeta WHERE name = '20240101000002-b.js'");
        const auto st = ex.status({a, b});
        QCOMPARE(st.size(), size_t(3));
        QCOMPARE(migrate::stateName(st[1].state), "applied-by-sequelize");
        QCOMPARE(migrate::stateName(st[2].state), "missing-file");
        // undo --to: back to and including a
        migrate::ExecutorOptions to;
        to.target = a.id;
        r = migrate::Executor(*conn, to).undo({a, b}, migrate::UndoScope::To);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.done, (std::vector<std::string>{b.id, a.id}));
        // dry run changes nothing
        migrate::ExecutorOptions dry;
        dry.dryRun = true;
        Recorder rec;
        r = migrate::Executor(*conn, dry, &rec).migrate({a, b});
        QVERIFY(r.ok());
        QCOMPARE(r.planned.size(), size_t(2));
        QVERIFY(std::find(rec.events.begin(), rec.events.end(), "CREATE TABLE a (id INTEGER)") != rec.events.end());
        QVERIFY(!test::allTables(*conn).contains(QStringLiteral("a")));
    }

    void postgresSessionKilledMidMigration()
    {
        QString admin;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", admin);
        test::DbTarget t;
        QString err;
        QVERIFY2(test::makeTarget(QStringLiteral("postgres"), admin, t, &err), qPrintable(err));
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const std::string pid = conn->scalar("SELECT pg_backend_pid()").value_or("");
        migrate::MigrationStep s;
        s.id = "20240101000001-slow";
        s.fileName = s.id + ".js";
        s.checksum = "k";
        s.up = {stmt("CREATE TABLE k1 (id INTEGER)", "DROP TABLE k1"), stmt("SELECT pg_sleep(10)", ""),
                stmt("CREATE TABLE k2 (id INTEGER)", "DROP TABLE k2")};
        std::atomic<bool> killed{false};
        std::thread killer([&] {
            auto other = test::open(t.url);
            for (int i = 0; i < 100 && other; ++i) {
                const auto active = other->scalar("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = " + pid +
                                                  " AND query LIKE '%pg_sleep%' AND state = 'active'");
                if (active.value_or("0") == "1") {
                    other->exec("SELECT pg_terminate_backend(" + pid + ")");
                    killed = true;
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
        migrate::Executor ex(*conn, {});
        // libpq/libpqxx 6.4 leak the PGresult of a statement whose session was terminated (not ours).
        SF_LSAN_DISABLE();
        const auto r = ex.migrate({s});
        SF_LSAN_ENABLE();
        killer.join();
        QVERIFY(killed);
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::DatabaseError);
        QVERIFY(r.failure);
        QVERIFY(r.failure->connectionLost);
        QVERIFY(r.failure->rolledBack);
        QCOMPARE(r.failure->statementIndex, 1);
        auto again = test::open(t.url);
        const QStringList tables = test::allTables(*again);
        QVERIFY2(!tables.contains(QStringLiteral("k1")), qPrintable(tables.join(QLatin1Char(','))));
        QCOMPARE(again->scalar("SELECT COUNT(*) FROM \"SequelizeMeta\"").value_or(""), std::string("0"));
    }
};

QTEST_GUILESS_MAIN(TstExecutor)
#include "tst_executor.moc"
