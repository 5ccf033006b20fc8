// Benchmark: 200 generated migrations (one table each, 8 columns, FK to the previous table) applied to
// PostgreSQL (1) by the Executor in-process and (2) by the real `schemaforge-cli migrate`, each against
// the same SQL through `psql -f` with one transaction per migration plus its "SequelizeMeta" insert
// (and `psql -1 -f` without history); a no-op `schemaforge-cli status` with all 200 applied (target
// < 50 ms) beside psql reading "SequelizeMeta"; then introspection of the 200-table database (target
// < 300 ms). Prints figures and ratios; never fails on timing.
#include "core/db/introspector.h"
#include "core/migrate/executor.h"
#include "core/migrate/history.h"
#include "core/migrate/migrationfile.h"
#include "core/migrate/migrationsteps.h"
#include "support/dbtesthelpers.h"
#include "support/process.h"
#include "support/schemabuilders.h"
#include "support/scratchdb.h"
#include "support/scratchproject.h"
#include "support/testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace sf;

namespace {

constexpr int kTables = 200;

using test::column;

std::vector<migrate::MigrationSource> generated()
{
    std::vector<migrate::MigrationSource> out;
    for (int i = 1; i <= kTables; ++i) {
        char name[16], id[64];
        std::snprintf(name, sizeof name, "t%03d", i);
        std::snprintf(id, sizeof id, "20240101%06d-create-%s", i, name);
        schema::Table t;
        t.name = name;
        t.columns = {column("id", "INTEGER", false, true), column("title", "STRING", false), column("count", "INTEGER"),
                     column("price", "DECIMAL(10,2)"),     column("active", "BOOLEAN"),      column("body", "TEXT"),
                     column("createdAt", "DATE", false),   column("prevId", "INTEGER")};
        t.primaryKey = {"id"};
        if (i > 1) {
            char prev[16];
            std::snprintf(prev, sizeof prev, "t%03d", i - 1);
            t.foreignKeys = {{{}, std::string(name) + "_prevId_fkey", {"prevId"}, prev, {"id"}, "SET NULL", "CASCADE"}};
        }
        out.push_back({id, std::string("sum-") + name, {ops::CreateTable{t}}, {}});
    }
    return out;
}

// The psql script equivalent to migrating `steps`: the history table, then per migration BEGIN, its
// statements, the "SequelizeMeta" row and COMMIT (perMigration); or all statements alone.
QString psqlScript(const std::vector<migrate::MigrationStep> &steps, bool perMigration)
{
    QString sql = perMigration
                      ? QString::fromStdString(migrate::History::sequelizeMetaDdl("postgres")) + QLatin1Char('\n')
                      : QString();
    for (const auto &s : steps) {
        if (perMigration)
            sql += QStringLiteral("BEGIN;\n");
        for (const auto &st : s.up)
            sql += QString::fromStdString(st.sql) + QStringLiteral(";\n");
        if (perMigration)
            sql += QStringLiteral("INSERT INTO \"SequelizeMeta\" (\"name\") VALUES ('%1');\nCOMMIT;\n")
                       .arg(QString::fromStdString(s.fileName));
    }
    return sql;
}

// Runs `script` with psql on `url` (one transaction with single); returns the wall time in ms, or -1.
double timePsql(const QString &url, const QString &script, bool single, QString *error)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("script.sql"));
    if (!test::writeTextFile(file, script.toUtf8())) {
        *error = QStringLiteral("cannot write ") + file;
        return -1;
    }
    QStringList args{QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1")};
    if (single)
        args << QStringLiteral("-1");
    args << QStringLiteral("-f") << file;
    QElapsedTimer t;
    t.start();
    const auto r = test::runPgClient(QStringLiteral("psql"), args, url);
    const double ms = t.nsecsElapsed() / 1e6;
    if (r.exitCode != 0) {
        *error = r.describe().left(2000);
        return -1;
    }
    return ms;
}

// A project folder in `dir`: bench.schemaforge.json (no models) and migrations/<id>.json per source.
QString writeProject(const QString &dir, const std::vector<migrate::MigrationSource> &sources)
{
    const QString file = QDir(dir).filePath(QStringLiteral("bench.schemaforge.json"));
    if (!test::writeTextFile(file,
                             R"({"format": "schemaforge/1", "name": "bench", "settings": {"migrationsDir": "migrations",
 "defaultDialect": "postgres"}, "models": [], "associations": []})"))
        return {};
    QDir(dir).mkpath(QStringLiteral("migrations"));
    for (const auto &s : sources)
        migrate::saveTextFile(
            QDir(dir).filePath(QStringLiteral("migrations/%1.json").arg(QString::fromStdString(s.id))).toStdString(),
            migrate::writeMigration({s.id, s.operations}));
    return file;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

class TstBenchApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void executorAndIntrospection()
    {
        QString admin;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", admin);
        const auto sources = generated();
        const auto steps = migrate::MigrationSteps::plan(sources, "postgres");
        for (const auto &s : steps)
            QVERIFY2(s.planError.empty(), s.planError.c_str());

        // 1. Executor
        test::ScratchDatabase a(admin, QStringLiteral("sf_bench"));
        QVERIFY2(!a.url().isEmpty(), qPrintable(a.error()));
        auto conn = test::open(a.url());
        QVERIFY(conn);
        QElapsedTimer timer;
        timer.start();
        const auto r = migrate::Executor(*conn, {}).migrate(steps);
        const double executorMs = timer.nsecsElapsed() / 1e6;
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.done.size(), size_t(kTables));

        // 2./3. psql, all in one transaction / one transaction per migration with its history row.
        QString error;
        test::ScratchDatabase b(admin, QStringLiteral("sf_bench")), c(admin, QStringLiteral("sf_bench"));
        QVERIFY2(!b.url().isEmpty() && !c.url().isEmpty(), qPrintable(b.error() + c.error()));
        const double oneTxMs = timePsql(b.url(), psqlScript(steps, false), true, &error);
        QVERIFY2(oneTxMs >= 0, qPrintable(error));
        const double perMigrationMs = timePsql(c.url(), psqlScript(steps, true), false, &error);
        QVERIFY2(perMigrationMs >= 0, qPrintable(error));

        // 4. Introspection of the 200-table database (best of 5).
        double bestIntrospect = 1e9;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const auto s = db::Introspector::introspect(*conn);
            bestIntrospect = std::min(bestIntrospect, t.nsecsElapsed() / 1e6);
            QCOMPARE(s.schema.tables.size(), size_t(kTables));
        }

        std::printf("BENCH apply %d migrations: executor %.0f ms (%.2f ms/migration)\n", kTables, executorMs,
                    executorMs / kTables);
        std::printf("BENCH psql -1 -f (one transaction, no history): %.0f ms; executor/psql-1 = %.2f\n", oneTxMs,
                    executorMs / oneTxMs);
        std::printf("BENCH psql one transaction per migration + history insert: %.0f ms; executor/psql-each = %.2f\n",
                    perMigrationMs, executorMs / perMigrationMs);
        std::printf("BENCH introspect %d tables: %.1f ms (target < 300 ms)%s\n", kTables, bestIntrospect,
                    bestIntrospect < 300 ? "" : "  ** over target **");
        std::fflush(stdout);
        if (bestIntrospect >= 300)
            qWarning("introspection of %d tables took %.1f ms (target < 300 ms)", kTables, bestIntrospect);
    }

    // The real CLI binary against psql, side by side, alternating, on fresh databases; then a no-op status.
    void cliMigrateAndStatus()
    {
        QString admin;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", admin);
        const auto sources = generated();
        const auto steps = migrate::MigrationSteps::plan(sources, "postgres");
        const QString script = psqlScript(steps, true);
        // SF_BENCH_PROJECT_DIR keeps the generated project there (for profiling the CLI by hand).
        QTemporaryDir tmp;
        const QString keep = qEnvironmentVariable("SF_BENCH_PROJECT_DIR");
        const QString project = writeProject(keep.isEmpty() ? tmp.path() : keep, sources);
        QVERIFY(!project.isEmpty());

        constexpr int kRounds = 3;
        std::vector<double> cliMs, psqlMs;
        std::unique_ptr<test::ScratchDatabase> migrated; // the last CLI-migrated database, for status
        for (int round = 0; round < kRounds; ++round) {
            auto db = std::make_unique<test::ScratchDatabase>(admin, QStringLiteral("sf_bench"));
            QVERIFY2(!db->url().isEmpty(), qPrintable(db->error()));
            // The URL (with its password) reaches the CLI through the environment, not the command line.
            test::ProcessOptions o;
            o.environment.insert(QStringLiteral("SF_BENCH_DB_URL"), db->url());
            QElapsedTimer t;
            t.start();
            const auto r = test::runCli({QStringLiteral("--project"), project, QStringLiteral("migrate"),
                                         QStringLiteral("--url"), QStringLiteral("${SF_BENCH_DB_URL}")},
                                        o);
            cliMs.push_back(t.nsecsElapsed() / 1e6);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe().left(3000)));
            QCOMPARE(db->query(QStringLiteral("SELECT count(*) FROM \"SequelizeMeta\"")),
                     QStringList{QString::number(kTables)});
            migrated = std::move(db);

            test::ScratchDatabase p(admin, QStringLiteral("sf_bench"));
            QVERIFY2(!p.url().isEmpty(), qPrintable(p.error()));
            QString error;
            const double ms = timePsql(p.url(), script, false, &error);
            QVERIFY2(ms >= 0, qPrintable(error));
            psqlMs.push_back(ms);
            QCOMPARE(p.query(QStringLiteral("SELECT count(*) FROM \"SequelizeMeta\"")),
                     QStringList{QString::number(kTables)});
        }

        // No-op status with all applied, the CLI's start-up alone (--version), and psql reading the history.
        test::ProcessOptions o;
        o.environment.insert(QStringLiteral("SF_BENCH_DB_URL"), migrated->url());
        std::vector<double> statusMs, versionMs, psqlReadMs;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            const auto r = test::runCli({QStringLiteral("--project"), project, QStringLiteral("status"),
                                         QStringLiteral("--url"), QStringLiteral("${SF_BENCH_DB_URL}")},
                                        o);
            statusMs.push_back(t.nsecsElapsed() / 1e6);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe().left(3000)));
            QVERIFY2(r.out.contains(QStringLiteral("0 pending, 0 needing attention")), qPrintable(r.out.right(300)));
            t.restart();
            const auto v = test::runCli({QStringLiteral("--version")});
            versionMs.push_back(t.nsecsElapsed() / 1e6);
            QCOMPARE(v.exitCode, 0);
            t.restart();
            const auto q = test::runPgClient(QStringLiteral("psql"),
                                             {QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-A"),
                                              QStringLiteral("-t"), QStringLiteral("-c"),
                                              QStringLiteral("SELECT name FROM \"SequelizeMeta\" ORDER BY name")},
                                             migrated->url());
            psqlReadMs.push_back(t.nsecsElapsed() / 1e6);
            QVERIFY2(q.exitCode == 0, qPrintable(q.describe()));
            QCOMPARE(q.out.trimmed().split(QLatin1Char('\n')).size(), kTables);
        }

        const double cli = median(cliMs), psql = median(psqlMs);
        std::printf("BENCH schemaforge-cli migrate, %d migrations (median of %d, fresh database each): %.0f ms "
                    "(best %.0f)\n",
                    kTables, kRounds, cli, *std::min_element(cliMs.begin(), cliMs.end()));
        std::printf("BENCH psql -f, one transaction per migration + \"SequelizeMeta\" insert: %.0f ms (best %.0f)\n",
                    psql, *std::min_element(psqlMs.begin(), psqlMs.end()));
        std::printf("BENCH ratio cli migrate / psql = %.2f (target <= 1.10)%s\n", cli / psql,
                    cli / psql <= 1.10 ? "" : "  ** over target **");
        std::printf("BENCH schemaforge-cli status, %d applied, no-op: median %.1f ms, best %.1f ms (target < 50 ms)%s; "
                    "CLI start-up (--version) %.1f ms; psql reading \"SequelizeMeta\" %.1f ms\n",
                    kTables, median(statusMs), *std::min_element(statusMs.begin(), statusMs.end()),
                    median(statusMs) < 50 ? "" : "  ** over target **", median(versionMs), median(psqlReadMs));
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(TstBenchApply)
#include "tst_bench_apply.moc"
