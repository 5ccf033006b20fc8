// Engine benchmark (prints figures, never fails on time): diff + render in all three dialects for
// 1,000 models x 10 attributes x 1,500 associations, and replay of a 500-file migrations folder.
#include "core/diff/differ.h"
#include "core/migrate/directory.h"
#include "core/migrate/migrationfile.h"
#include "core/schema/lowering.h"
#include "core/sql/dialect.h"
#include "unit/randomdesign.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace sf;

namespace {

void report(const char *what, qint64 ms, qint64 targetMs)
{
    std::printf("BENCH %-58s %7lld ms  (target %lld ms, ratio %.2f)\n", what, static_cast<long long>(ms),
                static_cast<long long>(targetMs), targetMs ? double(ms) / double(targetMs) : 0.0);
    std::fflush(stdout);
}

} // namespace

class TstBenchEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
#if defined(__SANITIZE_ADDRESS__)
        std::printf(
            "BENCH note: built with AddressSanitizer; expect figures several times slower than a release build\n");
#endif
    }

    void diffAndRender()
    {
        test::RandomDesign r(4242);
        const design::Design d = r.make(1000, 10, 1500);
        schema::LoweringOptions lo;
        lo.identifierLimit = 63;
        QElapsedTimer t;
        t.start();
        const schema::Schema wanted = schema::lower(d, lo);
        report("lower 1000 models x 10 attrs x 1500 associations", t.restart(), 500);
        const auto ops = diff::diff({}, wanted);
        const qint64 diffMs = t.restart();
        report("diff(empty, wanted)", diffMs, 500);
        qint64 renderMs = 0;
        size_t statements = 0;
        for (const char *name : {"postgres", "mysql", "sqlite"}) {
            const auto dialect = sql::makeDialect(name);
            t.restart();
            const auto plan = dialect->planAll(ops, {});
            const qint64 ms = t.elapsed();
            renderMs += ms;
            statements += plan.statements.size();
            report((std::string("render ") + name + " (" + std::to_string(plan.statements.size()) + " statements)")
                       .c_str(),
                   ms, 700);
        }
        report("diff + render of all three dialects", diffMs + renderMs, 2000);

        design::Design edited = d;
        for (int i = 0; i < 100; ++i)
            r.edit(edited);
        const schema::Schema la = wanted, lb = schema::lower(edited, lo);
        t.restart();
        const auto change = diff::diff(la, lb);
        const qint64 ms2 = t.restart();
        for (const char *name : {"postgres", "mysql", "sqlite"})
            sql::makeDialect(name)->planAll(change, la);
        report(("diff + render 3 dialects after 100 edits (" + std::to_string(change.size()) + " ops)").c_str(),
               ms2 + t.elapsed(), 1000);
        QVERIFY(statements > 0);
    }

    void replay500Files()
    {
        QTemporaryDir dir;
        test::RandomDesign r(777);
        design::Design d = r.make(40, 6, 50);
        schema::LoweringOptions lo;
        lo.identifierLimit = 63;
        schema::Schema prev;
        int written = 0;
        for (int i = 0; written < 500 && i < 5000; ++i) {
            if (i > 0)
                r.edit(d);
            const schema::Schema next = schema::lower(d, lo);
            auto ops = diff::diff(prev, next);
            if (ops.empty())
                continue;
            char id[64];
            std::snprintf(id, sizeof id, "2024%010d-step-%d", written, written);
            migrate::saveTextFile(dir.filePath(QString::fromLatin1(id) + QStringLiteral(".json")).toStdString(),
                                  migrate::writeMigration({id, std::move(ops)}));
            prev = next;
            ++written;
        }
        QCOMPARE(written, 500);
        QElapsedTimer t;
        t.start();
        const auto folder = migrate::MigrationDirectory::load(dir.path().toStdString());
        const qint64 loadMs = t.restart();
        const schema::Schema s = folder.replay();
        const qint64 replayMs = t.elapsed();
        report("read + parse 500 migration files", loadMs, 1000);
        report("replay 500 migrations", replayMs, 200);
        report("read + replay 500 migrations", loadMs + replayMs, 1200);
        // replay creates tables in dependency order and re-adds keys at the end: compare by name
        auto sorted = [](schema::Schema x) {
            auto byName = [](const auto &a, const auto &b) { return a.name < b.name; };
            std::sort(x.tables.begin(), x.tables.end(), byName);
            for (auto &t : x.tables) {
                std::sort(t.foreignKeys.begin(), t.foreignKeys.end(), byName);
                std::sort(t.uniques.begin(), t.uniques.end(), byName);
                std::sort(t.indexes.begin(), t.indexes.end(), byName);
            }
            return x;
        };
        QVERIFY(sorted(s) == sorted(prev));
    }
};

QTEST_GUILESS_MAIN(TstBenchEngine)
#include "tst_bench_engine.moc"
