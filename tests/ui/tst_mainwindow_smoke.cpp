// Offscreen smoke test: the real main window shows and renders.
#include "ui/shell/mainwindow.h"

#include <QtTest>

class TstMainWindowSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsAndGrabs()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
        sf::ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QPixmap shot = w.grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() > 100);
    }
};

QTEST_MAIN(TstMainWindowSmoke)
#include "tst_mainwindow_smoke.moc"
