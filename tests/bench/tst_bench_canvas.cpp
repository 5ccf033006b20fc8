// Canvas benchmark: 1,000 models x 10 attributes + 1,500 links. Measures opening and showing the
// project, one full 1600x1000 frame at zoom-to-fit and at 100 %, frames while a card is dragged,
// and resident memory; prints each figure next to its target and never fails on timing. Frames are
// reported as wall time and as this thread's CPU time (what the frame costs when other processes share
// the cores), and as a ratio to a reference frame of the same view over an empty scene (grid only).
#include "core/project/projectfile.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/modelitem.h"
#include "ui/document/documentcontroller.h"
#include "ui/shell/mainwindow.h"

#include "support/benchproject.h"
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QtTest>

#include <ctime>

using namespace sf;

namespace {

constexpr int kModels = 1000;
constexpr int kAttributes = 10;
constexpr int kLinks = 1500;

project::Project generate()
{
    return sf::test::generateBenchProject({kModels, kAttributes, kLinks});
}

long rssMegabytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    return -1;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Wall and thread-CPU milliseconds of one measured span.
struct Span {
    double wall = 0;
    double cpu = 0;
    Span &operator+=(const Span &o)
    {
        wall += o.wall;
        cpu += o.cpu;
        return *this;
    }
    Span operator/(double n) const { return {wall / n, cpu / n}; }
};

class SpanTimer
{
public:
    SpanTimer() : m_cpu(threadCpuMs()) { m_wall.start(); }
    Span elapsed() const { return {m_wall.nsecsElapsed() / 1e6, threadCpuMs() - m_cpu}; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

Span renderFrame(QGraphicsView *view, QImage *image)
{
    SpanTimer t;
    QPainter p(image);
    view->render(&p, QRectF(0, 0, image->width(), image->height()), view->viewport()->rect());
    p.end();
    return t.elapsed();
}

void report(const char *what, double value, const char *unit, double target)
{
    qInfo("BENCH %-34s %9.1f %s   (target < %.0f %s) %s", what, value, unit, target, unit,
          value < target ? "ok" : "OVER TARGET");
}

void reportFrame(const char *what, Span s, double referenceCpu, double target)
{
    qInfo("BENCH %-34s %9.1f ms wall %7.1f ms cpu  %5.1fx reference   (target < %.0f ms) %s", what, s.wall, s.cpu,
          referenceCpu > 0 ? s.cpu / referenceCpu : 0.0, target, s.cpu < target ? "ok" : "OVER TARGET");
}

} // namespace

class TstBenchCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
#if defined(__SANITIZE_ADDRESS__)
        qInfo("BENCH note: built with AddressSanitizer; figures are several times slower than a release build");
#endif
#if !defined(NDEBUG)
        qInfo("BENCH note: debug build (no optimisation)");
#endif
    }

    void canvasAtScale()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("bench.schemaforge.json"));
        const project::SaveResult saved = project::ProjectFile::save(generate(), path.toStdString());
        QVERIFY2(saved.ok, saved.error.c_str());

        ui::MainWindow w;
        w.resize(1800, 1200);
        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(w.openProject(path, &error), qPrintable(error));
        const double loaded = t.nsecsElapsed() / 1e6;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::processEvents();
        QImage first(w.view()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        renderFrame(w.view(), &first);
        const double shown = t.nsecsElapsed() / 1e6;
        QCOMPARE(w.scene()->modelItems().size(), kModels);
        qInfo("BENCH open (load + build scene)              %9.1f ms", loaded);
        report("open and show (incl. first frame)", shown, "ms", 1500);

        // A dedicated view with a 1600x1000 viewport on the same scene.
        ui::DiagramView view(w.scene());
        view.setFrameShape(QFrame::NoFrame);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.resize(1600, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.viewport()->size(), QSize(1600, 1000));
        QImage frame(1600, 1000, QImage::Format_ARGB32_Premultiplied);

        // Reference: the same view settings over an empty scene, i.e. background and grid only.
        double referenceCpu = 0;
        {
            ui::DocumentController emptyDoc;
            ui::DiagramScene emptyScene(&emptyDoc);
            ui::DiagramView refView(&emptyScene);
            refView.setFrameShape(QFrame::NoFrame);
            refView.resize(1600, 1000);
            refView.show();
            QVERIFY(QTest::qWaitForWindowExposed(&refView));
            renderFrame(&refView, &frame);
            Span ref;
            for (int i = 0; i < 5; ++i)
                ref += renderFrame(&refView, &frame);
            referenceCpu = (ref / 5).cpu;
            qInfo("BENCH reference frame (empty scene, grid)    %9.1f ms wall %7.1f ms cpu", (ref / 5).wall,
                  referenceCpu);
        }

        view.zoomToFit();
        renderFrame(&view, &frame); // warm-up
        Span fit;
        for (int i = 0; i < 5; ++i)
            fit += renderFrame(&view, &frame);
        qInfo("BENCH zoom-to-fit scale                      %9.3f", view.zoom());
        reportFrame("frame at zoom-to-fit", fit / 5, referenceCpu, 50);

        view.resetZoom();
        ui::ModelItem *card = w.scene()->modelItem("m-" + std::to_string(16 * 32 + 16));
        QVERIFY(card);
        view.centerOn(card);
        renderFrame(&view, &frame);
        Span full;
        for (int i = 0; i < 5; ++i)
            full += renderFrame(&view, &frame);
        reportFrame("frame at 100 %", full / 5, referenceCpu, 16);

        // Dragging: move the card a few pixels per frame, links follow, re-render.
        const QPointF start = card->pos();
        Span drag;
        constexpr int kDragFrames = 30;
        for (int i = 1; i <= kDragFrames; ++i) {
            SpanTimer d;
            card->setPos(start + QPointF(4 * i, 2 * i));
            QPainter p(&frame);
            view.render(&p, QRectF(0, 0, 1600, 1000), view.viewport()->rect());
            p.end();
            drag += d.elapsed();
        }
        card->setPos(start);
        reportFrame("frame while dragging a card", drag / kDragFrames, referenceCpu, 16);

        report("resident memory (VmRSS)", double(rssMegabytes()), "MB", 400);
    }
};

QTEST_MAIN(TstBenchCanvas)
#include "tst_bench_canvas.moc"
