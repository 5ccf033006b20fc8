// Project parsing benchmark (prints figures, never fails on time): a 1.7 MB project file with 100,000
// JSON keys (a layout of 33,334 cards) loads in time linear in its size. Before issue 18 nlohmann's
// ordered_json searched each object for every new key and this took 16 s; the reference is
// nlohmann::json (std::map objects) parsing the same text without any checks.
#include "core/project/projectfile.h"

#include <QElapsedTimer>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace sf;

namespace {

std::string projectWithLayout(int cards, int *keys)
{
    std::string s =
        R"({"format": "schemaforge/1", "name": "big", "models": [{"id": "m-0", "name": "Thing"}], "layout": {)";
    *keys = 5; // format, name, models, id, name
    for (int i = 0; i < cards; ++i) {
        s += (i ? ",\n" : "\n") + std::string("  \"model-card-") + std::to_string(100000 + i) +
             "\": {\"x\": " + std::to_string(1000 + i % 977) + ".5, \"y\": " + std::to_string(100 + i / 977) + ".25}";
        *keys += 3;
    }
    s += "}}\n";
    ++*keys; // layout
    return s;
}

} // namespace

class TstBenchProjectParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
#if defined(__SANITIZE_ADDRESS__)
        std::printf("BENCH note: built with AddressSanitizer; expect figures several times slower than a "
                    "release build\n");
#endif
    }

    void linearInKeys()
    {
        qint64 last = 0;
        for (int cards : {8334, 16667, 33334}) {
            int keys = 0;
            const std::string text = projectWithLayout(cards, &keys);
            QElapsedTimer t;
            t.start();
            const auto loaded = project::ProjectFile::loadFromString(text);
            const qint64 ms = t.elapsed();
            QVERIFY2(loaded.ok, loaded.error.c_str());
            QCOMPARE(loaded.project.layout.size(), size_t(cards));
            t.restart();
            const auto reference = nlohmann::json::parse(text);
            const qint64 refMs = t.elapsed();
            QVERIFY(reference.is_object());
            std::printf(
                "BENCH load project, %6d keys, %5.2f MB: %6lld ms (target < 1000 ms); nlohmann::json parse "
                "%lld ms, "
                "ratio %.2f%s\n",
                keys, double(text.size()) / (1024.0 * 1024.0), static_cast<long long>(ms),
                static_cast<long long>(refMs), refMs ? double(ms) / double(refMs) : 0.0,
                last ? qPrintable(QStringLiteral("; x%1 vs half the keys").arg(double(ms) / double(last), 0, 'f', 2))
                     : "");
            std::fflush(stdout);
            last = ms ? ms : 1;
        }
        // What parsing cost before: nlohmann's ordered_json searches each object for every new key.
        int keys = 0;
        const std::string small = projectWithLayout(8334, &keys);
        QElapsedTimer t;
        t.start();
        const auto old = nlohmann::ordered_json::parse(small);
        const qint64 oldMs = t.elapsed();
        t.restart();
        const auto now = project::ProjectFile::loadFromString(small);
        const qint64 nowMs = t.elapsed();
        QVERIFY(old.is_object() && now.ok);
        std::printf(
            "BENCH %d keys: nlohmann::ordered_json::parse (before) %lld ms, ProjectFile now %lld ms (all checks)\n",
            keys, static_cast<long long>(oldMs), static_cast<long long>(nowMs));
    }
};

QTEST_GUILESS_MAIN(TstBenchProjectParse)
#include "tst_bench_projectparse.moc"
