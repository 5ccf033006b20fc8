// SQL preview benchmark on a generated 1,000-model project (10 attributes each, 1,500 links):
// how long the preview takes to compute per dialect, how long an edit blocks the GUI thread, and
// the latency from an edit to the refreshed preview in SqlPreviewPanel (target: 100 ms). Prints the
// figures; never fails on timing.
#include "core/migrate/generator.h"
#include "ui/database/previewjob.h"
#include "ui/database/sqlpreviewpanel.h"
#include "ui/document/documentcontroller.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include "support/benchproject.h"

#include <QtTest>

#include <algorithm>

using namespace sf;

namespace {

constexpr int kModels = 1000;
constexpr int kAttributes = 10;
constexpr int kLinks = 1500;

project::Project generate()
{
    return sf::test::generateBenchProject({kModels, kAttributes, kLinks});
}

qint64 median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

class TstBenchPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void computeTimes()
    {
        ui::PreviewRequest r;
        r.project = std::make_shared<const project::Project>(generate());
        for (const char *dialect : {"postgres", "mysql", "sqlite"}) {
            r.dialect = QString::fromLatin1(dialect);
            r.kind = ui::PreviewRequest::Kind::CreateScript;
            const auto script = ui::PreviewJob::compute(r);
            QVERIFY2(script.error.isEmpty(), qPrintable(script.error));
            r.kind = ui::PreviewRequest::Kind::Pending;
            const auto pending = ui::PreviewJob::compute(r);
            QVERIFY2(pending.error.isEmpty(), qPrintable(pending.error));
            qInfo("BENCH preview %-8s CREATE script %5lld ms (%lld KB); pending change (no migrations, up+down) %5lld ms",
                  dialect, script.computeMs, qint64(script.up.size() / 1024), pending.computeMs);
        }
    }

    void editToPreviewLatency()
    {
        QTemporaryDir tmp;
        ui::DocumentController doc;
        doc.resetProject(generate(), QString());
        QString error;
        const QString path = tmp.filePath(QStringLiteral("bench.schemaforge.json"));
        QVERIFY2(doc.save(path, &error), qPrintable(error));
        // One migration holds the whole design: each edit is then a small pending change.
        const auto written = migrate::Generator::generate(doc.project(), tmp.filePath(QStringLiteral("migrations")).toStdString(), "init");
        QCOMPARE(int(written.status), int(migrate::GenerateResult::Status::Written));

        ui::SqlPreviewPanel panel(&doc);
        panel.setDialect(QStringLiteral("postgres"));
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 60000);

        QElapsedTimer copy;
        copy.start();
        for (int i = 0; i < 10; ++i) {
            const project::Project p = doc.project();
            QVERIFY(!p.design.models.empty());
        }
        const qint64 copyMs = copy.elapsed() / 10;

        std::vector<qint64> latencies, blocking, computes;
        for (int i = 0; i < 8; ++i) {
            auto model = *doc.design().modelById("m-" + std::to_string(i * 17));
            model.attributes[1].name = "renamed" + std::to_string(i);
            QSignalSpy updated(&panel, &ui::SqlPreviewPanel::previewUpdated);
            QElapsedTimer t;
            t.start();
            doc.replaceModel(model);  // what one keystroke's command does
            blocking.push_back(t.nsecsElapsed() / 1000);
            QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate() && updated.size() > 0, 60000);
            latencies.push_back(panel.lastLatencyMs());
            computes.push_back(panel.lastComputeMs());
            QVERIFY2(panel.upText().contains(QStringLiteral("renamed") + QString::number(i)), qPrintable(panel.upText().left(400)));
        }

        // A typing burst: 20 edits 20 ms apart; only the last is computed and shown.
        QSignalSpy burst(&panel, &ui::SqlPreviewPanel::previewUpdated);
        for (int i = 0; i < 20; ++i) {
            auto model = *doc.design().modelById("m-500");
            model.attributes[2].name = "typed" + std::to_string(i);
            doc.replaceModel(model);
            QTest::qWait(20);
        }
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 60000);
        QVERIFY(panel.upText().contains(QStringLiteral("typed19")));

        qInfo("BENCH preview edit->preview latency (debounce 50 ms + compute), median %lld ms, max %lld ms (target 100 ms)",
              median(latencies), *std::max_element(latencies.begin(), latencies.end()));
        qInfo("BENCH preview compute on worker thread, median %lld ms", median(computes));
        qInfo("BENCH preview GUI-thread cost of an edit signal %lld us; project copy per request %lld ms",
              median(blocking), copyMs);
        qInfo("BENCH preview typing burst of 20 edits produced %lld preview update(s)", qint64(burst.size()));
    }
};

QTEST_MAIN(TstBenchPreview)
#include "tst_bench_preview.moc"
