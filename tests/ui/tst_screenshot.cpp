// Offscreen rendering of the bundled school example: the diagram to a PNG in the build directory
// (kept as a test artifact: test-artifacts/school-diagram.png and school-window.png) with real
// content on it.
#include "support/testenv.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/modelitem.h"
#include "ui/document/documentcontroller.h"
#include "ui/export/diagramexporter.h"
#include "ui/shell/fileactions.h"
#include "ui/shell/mainwindow.h"

#include <QDir>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

#include <set>

using namespace sf;

class TstScreenshot : public QObject
{
    Q_OBJECT

    static QString artifactDir()
    {
        const QString dir = QStringLiteral(SF_BINARY_DIR "/test-artifacts");
        QDir().mkpath(dir);
        return dir;
    }

    // Number of distinct colours and of pixels that differ from the corner (background) colour.
    static std::pair<int, qint64> inkOf(const QImage &image)
    {
        const QRgb bg = image.pixel(0, 0);
        std::set<QRgb> colours;
        qint64 ink = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb p = image.pixel(x, y);
                if (p != bg)
                    ++ink;
                if (colours.size() < 5000)
                    colours.insert(p);
            }
        return {int(colours.size()), ink};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rendersSchoolExample()
    {
        ui::MainWindow w;
        w.resize(1400, 900);
        QString error;
        const QString path = sf::test::sourcePath(QStringLiteral("resources/examples/school/school.schemaforge.json"));
        QVERIFY2(w.openProject(path, &error), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.document()->design().models.size() >= 3);
        QCOMPARE(w.scene()->modelItems().size(), int(w.document()->design().models.size()));

        const QString out = artifactDir() + QStringLiteral("/school-diagram.png");
        ui::DiagramExporter exporter(w.scene());
        QVERIFY2(exporter.exportPng(out, 1.5, &error), qPrintable(error));
        QImage image(out);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300 && image.height() > 150);
        const auto [colours, ink] = inkOf(image);
        qInfo("school-diagram.png: %dx%d, %d colours, %lld ink samples -> %s", image.width(), image.height(), colours,
              ink, qPrintable(out));
        QVERIFY(colours > 20); // text, fills, borders, anti-aliasing
        QVERIFY(ink > 2000);

        w.view()->zoomToFit();
        QApplication::processEvents();
        const QPixmap shot = w.grab();
        QVERIFY(shot.save(artifactDir() + QStringLiteral("/school-window.png")));

        const QString svg = artifactDir() + QStringLiteral("/school-diagram.svg");
        QVERIFY2(exporter.exportSvg(svg, &error), qPrintable(error));
        QVERIFY(QFileInfo(svg).size() > 1000);
        const QString pdf = artifactDir() + QStringLiteral("/school-diagram.pdf");
        QVERIFY2(exporter.exportPdf(pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    void germanTranslationEmbedded()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/schemaforge_de.qm")));
        QCOMPARE(de.translate("sf::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(de.translate("AddModelCommand", "Add model %1"), QStringLiteral("Modell %1 hinzufügen"));
        QCOMPARE(de.translate("sf::ui::MainWindow", "%n model(s)", nullptr, 2), QStringLiteral("%n Modelle"));
    }

    void bundledExamplesOpen()
    {
        const QStringList examples = ui::FileActions::bundledExamples();
        QVERIFY(examples.contains(QStringLiteral(":/examples/school/school.schemaforge.json")));
        ui::MainWindow w;
        for (const QString &e : examples) {
            QString error;
            QVERIFY2(w.openExample(e, &error), qPrintable(e + QStringLiteral(": ") + error));
            QVERIFY(!w.document()->design().models.empty());
            QVERIFY(w.document()->filePath().isEmpty()); // an example is never written back in place
        }
    }
};

QTEST_MAIN(TstScreenshot)
#include "tst_screenshot.moc"
