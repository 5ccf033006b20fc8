// The designer's appearance: every toolbar button has an icon that renders crisply at 1x and 2x; the
// canvas follows a switch between light and dark palettes at once (cached card pixmaps included);
// printing goes through the real QPrinter path (to a PDF file, since no printer exists here); a
// touchpad pinch zooms about the fingers.
#include "support/testenv.h"
#include "ui/canvas/canvasstyle.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/modelitem.h"
#include "ui/document/documentcontroller.h"
#include "ui/export/diagramexporter.h"
#include "ui/shell/icons.h"
#include "ui/shell/mainwindow.h"

#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

#include <cmath>

using namespace sf;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xe1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

int opaquePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0;
    return n;
}

} // namespace

class TstCanvasAppearance : public QObject
{
    Q_OBJECT

    ui::MainWindow *openSchool()
    {
        auto *w = new ui::MainWindow;
        w->resize(1400, 900);
        QString error;
        const QString path = sf::test::sourcePath(QStringLiteral("resources/examples/school/school.schemaforge.json"));
        if (!w->openProject(path, &error))
            qWarning("%s", qPrintable(error));
        w->show();
        return w;
    }

    // Shows the first card centred at 100 % zoom.
    static ui::ModelItem *firstCardAtActualSize(ui::DiagramView *view)
    {
        view->resetZoom();
        ui::ModelItem *card = view->diagramScene()->modelItems().first();
        view->centerOn(card);
        return card;
    }

    // Colour of a card's body where no text is drawn (bottom-right corner, inside the border).
    static QColor cardBodyColour(ui::DiagramView *view, ui::ModelItem *card)
    {
        QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        view->render(&p, QRectF(image.rect()), view->viewport()->rect());
        p.end();
        const QPointF inside = card->sceneBoundingRect().bottomRight() - QPointF(8, 8);
        return image.pixelColor(view->mapFromScene(inside));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void toolbarButtonsHaveIcons()
    {
        std::unique_ptr<ui::MainWindow> w(openSchool());
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QList<QToolBar *> bars = w->findChildren<QToolBar *>();
        QVERIFY(bars.size() >= 3);
        int checked = 0;
        for (QToolBar *bar : bars) {
            for (QAction *a : bar->actions()) {
                if (a->isSeparator())
                    continue;
                QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
                for (qreal dpr : {1.0, 2.0}) {
                    const QPixmap pm = a->icon().pixmap(QSize(24, 24), dpr);
                    QVERIFY2(!pm.isNull(), qPrintable(a->text()));
                    QCOMPARE(pm.deviceIndependentSize().toSize(), QSize(24, 24));
                    // Crisp at 2x: rendered at 48 device pixels, not a scaled-up 24-pixel bitmap.
                    QCOMPARE(pm.size(), QSize(qRound(24 * dpr), qRound(24 * dpr)));
                    QVERIFY2(opaquePixels(pm.toImage()) > int(20 * dpr * dpr), qPrintable(a->text()));
                }
                ++checked;
            }
        }
        QVERIFY(checked >= 15);
        for (const char *name : {"select", "model", "one-to-one", "one-to-many", "many-to-many", "migrate", "rollback"})
            QVERIFY2(ui::Icons::hasBundled(QString::fromLatin1(name)), name);
    }

    void canvasFollowsLightAndDarkPalettes()
    {
        const QPalette original = QApplication::palette();
        std::unique_ptr<ui::MainWindow> w(openSchool());
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        ui::DiagramView *view = w->view();
        ui::ModelItem *card = firstCardAtActualSize(view);

        const QColor light = cardBodyColour(view, card);
        QVERIFY2(light.lightness() > 180, qPrintable(light.name()));
        QVERIFY(!ui::CanvasStyle::isDark());

        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        QVERIFY(ui::CanvasStyle::isDark());
        const QColor dark = cardBodyColour(view, card);
        QVERIFY2(dark.lightness() < 80, qPrintable(dark.name()));
        QCOMPARE(dark.name(), ui::CanvasStyle::cardFill().name());
        // Text stays readable on the dark card.
        QVERIFY(std::abs(ui::CanvasStyle::text().lightness() - ui::CanvasStyle::cardFill().lightness()) > 120);
        QVERIFY(std::abs(ui::CanvasStyle::mutedText().lightness() - ui::CanvasStyle::cardFill().lightness()) > 60);

        QApplication::setPalette(original);
        QCoreApplication::processEvents();
        QCOMPARE(cardBodyColour(view, card).name(), light.name());
    }

    void pinchZoomsAboutTheFingers()
    {
        std::unique_ptr<ui::MainWindow> w(openSchool());
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        ui::DiagramView *view = w->view();
        ui::ModelItem *card = firstCardAtActualSize(view);
        const QPointF fingers = view->mapFromScene(card->sceneBoundingRect().center());
        const QPointF before = view->mapToScene(fingers.toPoint());
        for (int i = 0; i < 4; ++i) {
            QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, fingers,
                                      fingers, view->viewport()->mapToGlobal(fingers), 0.1, QPointF(), 7);
            QVERIFY(QCoreApplication::sendEvent(view->viewport(), &pinch));
        }
        QVERIFY2(std::abs(view->zoom() - std::pow(1.1, 4)) < 1e-6, qPrintable(QString::number(view->zoom())));
        // The scene point under the fingers stays there (within a pixel of rounding per step).
        const QPointF after = view->mapToScene(fingers.toPoint());
        QVERIFY2(
            QLineF(before, after).length() < 4,
            qPrintable(QStringLiteral("%1,%2 -> %3,%4").arg(before.x()).arg(before.y()).arg(after.x()).arg(after.y())));
    }

    void printsThroughQPrinter()
    {
        std::unique_ptr<ui::MainWindow> w(openSchool());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out);
        ui::DiagramExporter(w->scene()).print(&printer);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY2(pdf.size() > 4000, QByteArray::number(pdf.size()).constData());
        QVERIFY(pdf.contains("/Type /Page"));
    }
};

QTEST_MAIN(TstCanvasAppearance)
#include "tst_canvas_appearance.moc"
