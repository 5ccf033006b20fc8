// Benchmark: 200 generated migrations (one table each, 8 columns, FK to the previous table) applied to
// PostgreSQL by the Executor, against the same SQL through `psql -1 -f` and through psql with one
// transaction per migration plus a history insert; then introspection of the 200-table database
// (target < 300 ms). Prints figures and ratios; never fails on timing.
#include "../db/dbtesthelpers.h"
#include "core/db/introspector.h"
#include "core/migrate/executor.h"
#include "core/migrate/history.h"
#include "core/migrate/migrationsteps.h"
#include "support/process.h"
#include "support/scratchdb.h"
#include "support/testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace sf;

namespace {

constexpr int kTables = 200;

schema::Column column(const std::string &name, const char *type, bool nullable = true, bool autoInc = false)
{
    schema::Column c;
    c.name = name;
    c.type = *design::DataType::parse(type);
    c.nullable = nullable;
    c.autoIncrement = autoInc;
    return c;
}

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

QString psqlPath()
{
    const QString bin = qEnvironmentVariable("SF_TEST_PG_BIN");
    if (!bin.isEmpty() && QFile::exists(bin + QStringLiteral("/psql")))
        return bin + QStringLiteral("/psql");
    return QStandardPaths::findExecutable(QStringLiteral("psql"));
}

} // namespace

class TstBenchApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyAndIntrospect()
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

        // 2./3. psql
        const QString psql = psqlPath();
        double oneTxMs = -1, perMigrationMs = -1;
        if (psql.isEmpty()) {
            qWarning("psql not found (SF_TEST_PG_BIN or PATH): psql comparisons skipped");
        } else {
            QTemporaryDir dir;
            QString all, perMigration =
                             QString::fromStdString(migrate::History::sequelizeMetaDdl("postgres")) + QLatin1Char('\n');
            for (const auto &s : steps) {
                perMigration += QStringLiteral("BEGIN;\n");
                for (const auto &st : s.up) {
                    all += QString::fromStdString(st.sql) + QStringLiteral(";\n");
                    perMigration += QString::fromStdString(st.sql) + QStringLiteral(";\n");
                }
                perMigration += QStringLiteral("INSERT INTO \"SequelizeMeta\" (\"name\") VALUES ('%1');\nCOMMIT;\n")
                                    .arg(QString::fromStdString(s.fileName));
            }
            auto runPsql = [&](const QString &sql, bool single, double *ms) {
                test::ScratchDatabase b(admin, QStringLiteral("sf_bench"));
                QVERIFY2(!b.url().isEmpty(), qPrintable(b.error()));
                const QString file = dir.filePath(single ? QStringLiteral("all.sql") : QStringLiteral("each.sql"));
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(sql.toUtf8());
                f.close();
                QStringList args{QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-v"),
                                 QStringLiteral("ON_ERROR_STOP=1")};
                if (single)
                    args << QStringLiteral("-1");
                args << QStringLiteral("-f") << file << QStringLiteral("-d") << b.url();
                QElapsedTimer t;
                t.start();
                const auto pr = test::runProcess(psql, args);
                *ms = t.nsecsElapsed() / 1e6;
                QVERIFY2(pr.exitCode == 0, qPrintable(pr.err.left(2000)));
            };
            runPsql(all, true, &oneTxMs);
            runPsql(perMigration, false, &perMigrationMs);
        }

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
        if (oneTxMs >= 0) {
            std::printf("BENCH psql -1 -f (one transaction, no history): %.0f ms; executor/psql-1 = %.2f\n", oneTxMs,
                        executorMs / oneTxMs);
            std::printf(
                "BENCH psql one transaction per migration + history insert: %.0f ms; executor/psql-each = %.2f\n",
                perMigrationMs, executorMs / perMigrationMs);
        }
        std::printf("BENCH introspect %d tables: %.1f ms (target < 300 ms)%s\n", kTables, bestIntrospect,
                    bestIntrospect < 300 ? "" : "  ** over target **");
        std::fflush(stdout);
        if (bestIntrospect >= 300)
            qWarning("introspection of %d tables took %.1f ms (target < 300 ms)", kTables, bestIntrospect);
    }
};

QTEST_GUILESS_MAIN(TstBenchApply)
#include "tst_bench_apply.moc"
