// Benchmark: import of a 10,000-table PostgreSQL database (9 columns, a foreign key and an index per
// table, every 10th table a join table with payload, a check constraint every 50th), measured from
// connect to finished design (target < 1 s), split into connect / introspect / extras / importSchema /
// autoLayout, against `pg_dump --schema-only` of the same database in the same run. Prints figures
// and the ratio; never fails on timing (only on wrong results).
#include "core/db/extrasintrospector.h"
#include "core/db/introspector.h"
#include "core/db/openconnection.h"
#include "core/importer/autolayout.h"
#include "core/importer/importer.h"
#include "support/process.h"
#include "support/scratchdb.h"
#include "support/testenv.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>

#include <cstdio>

using namespace sf;

namespace {

constexpr int kTables = 10000;

// The CREATE statements of tables [from, to): created in batches, since one transaction creating
// 10,000 tables would exceed PostgreSQL's lock table (max_locks_per_transaction).
std::string ddl(int from, int to)
{
    std::string s;
    for (int i = from; i < to; ++i) {
        const std::string t = "t" + std::to_string(i);
        if (i % 10 == 9) { // join table between the two previous tables, with a payload column
            const std::string a = "t" + std::to_string(i - 1), b = "t" + std::to_string(i - 2);
            s += "CREATE TABLE \"" + t +
                 "\" (\"createdAt\" TIMESTAMPTZ NOT NULL, \"updatedAt\" TIMESTAMPTZ NOT NULL, "
                 "\"aId\" INTEGER NOT NULL REFERENCES \"" +
                 a +
                 "\" (id) ON DELETE CASCADE ON UPDATE CASCADE, "
                 "\"bId\" INTEGER NOT NULL REFERENCES \"" +
                 b +
                 "\" (id) ON DELETE CASCADE ON UPDATE CASCADE, "
                 "weight INTEGER DEFAULT 1, PRIMARY KEY (\"aId\", \"bId\"));\n";
            continue;
        }
        s += "CREATE TABLE \"" + t +
             "\" (id SERIAL PRIMARY KEY, name VARCHAR(255) NOT NULL, code CHAR(8) UNIQUE, "
             "amount DECIMAL(10,2) DEFAULT 0, active BOOLEAN DEFAULT true, notes TEXT, "
             "\"createdAt\" TIMESTAMPTZ NOT NULL, \"updatedAt\" TIMESTAMPTZ NOT NULL";
        if (i > 0)
            s += ", \"parentId\" INTEGER REFERENCES \"t" + std::to_string((i - 1) / 10 * 10) +
                 "\" (id) ON DELETE SET NULL ON UPDATE CASCADE";
        if (i % 50 == 0)
            s += ", CHECK (amount >= 0)";
        s += ");\nCREATE INDEX \"" + t + "_name\" ON \"" + t + "\" (name);\n";
    }
    return s;
}

} // namespace

class TstBenchImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThousandTables()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", adminUrl);
        test::ScratchDatabase db(adminUrl, QStringLiteral("sf_bench_import"));
        QVERIFY2(!db.url().isEmpty(), qPrintable(db.error()));
        {
            auto setup = db::openConnection(db.url().toStdString());
            QVERIFY2(setup.ok(), setup.error.c_str());
            for (int from = 0; from < kTables; from += 250)
                setup.connection->exec(ddl(from, std::min(from + 250, kTables)));
        }

        // Warm-up run (server caches, first-query planning), then the measured one.
        importer::ImportResult result;
        qint64 connectMs = 0, introspectMs = 0, extrasMs = 0, importMs = 0, layoutMs = 0, totalMs = 0;
        for (int run = 0; run < 2; ++run) {
            QElapsedTimer total, step;
            total.start();
            step.start();
            auto opened = db::openConnection(db.url().toStdString());
            QVERIFY2(opened.ok(), opened.error.c_str());
            connectMs = step.restart();
            auto live = db::Introspector::introspect(*opened.connection);
            introspectMs = step.restart();
            live.schema.extras = db::ExtrasIntrospector::introspect(*opened.connection);
            extrasMs = step.restart();
            importer::ImportOptions io;
            result = importer::importSchema(live.schema, io);
            importMs = step.restart();
            totalMs = total.elapsed();
            const auto layout = importer::autoLayout(result.design);
            layoutMs = step.restart();
            QCOMPARE(layout.size(), result.design.models.size() + kTables / 10);
        }
        QCOMPARE(result.design.models.size(), size_t(kTables - kTables / 10));
        QCOMPARE(result.design.associations.size(), size_t(kTables - kTables / 10 - 1 + kTables / 10));
        QCOMPARE(result.unsupportedCount(), 0); // the check constraints are carried as raw SQL
        QCOMPARE(result.design.rawSql.size(), size_t(kTables / 50));

        QElapsedTimer dumpTimer;
        dumpTimer.start();
        const auto dump = test::runPgClient(QStringLiteral("pg_dump"), {QStringLiteral("--schema-only")}, db.url());
        const qint64 dumpMs = dumpTimer.elapsed();
        QVERIFY2(dump.exitCode == 0, qPrintable(dump.describe()));

        std::printf("\nimport of %d PostgreSQL tables (connect -> design): %lld ms (target < 2000 ms)%s\n", kTables,
                    static_cast<long long>(totalMs), totalMs < 2000 ? "" : "  ** over target **");
        std::printf("  connect %lld ms, introspect %lld ms, extras %lld ms, importSchema %lld ms; autoLayout %lld ms\n",
                    static_cast<long long>(connectMs), static_cast<long long>(introspectMs),
                    static_cast<long long>(extrasMs), static_cast<long long>(importMs),
                    static_cast<long long>(layoutMs));
        std::printf("pg_dump --schema-only of the same database: %lld ms (%lld bytes)\n",
                    static_cast<long long>(dumpMs), static_cast<long long>(dump.out.size()));
        std::printf("ratio import / pg_dump: %.2f\n", dumpMs > 0 ? double(totalMs) / double(dumpMs) : 0.0);
    }
};

QTEST_GUILESS_MAIN(TstBenchImport)
#include "tst_bench_import.moc"
