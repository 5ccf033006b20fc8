// Offscreen smoke test: the real main window shows and renders, and every action in its menus and
// tool bars can be found by a unique object name (never by its translated text).
#include "ui/shell/mainwindow.h"

#include <QMenuBar>
#include <QToolBar>
#include <QtTest>

namespace {
// Adds the actions of menu and its submenus; a submenu is named by its QMenu's object name.
void collect(QMenu *menu, const QString &path, QHash<QObject *, QString> *named)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (QMenu *sub = a->menu()) {
            named->insert(sub, path + QLatin1Char('>') + a->text());
            collect(sub, path + QLatin1Char('>') + a->text(), named);
        } else {
            named->insert(a, path + QLatin1Char('>') + a->text());
        }
    }
}
} // namespace

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

    void everyActionHasAUniqueObjectName()
    {
        sf::ui::MainWindow w;
        QHash<QObject *, QString> named; // action or submenu -> where it shows (for the message)
        for (QAction *top : w.menuBar()->actions()) {
            QVERIFY2(top->menu(), qPrintable(top->text()));
            named.insert(top->menu(), top->text());
            collect(top->menu(), top->text(), &named);
        }
        for (QToolBar *bar : w.findChildren<QToolBar *>()) {
            QVERIFY2(!bar->objectName().isEmpty(), qPrintable(bar->windowTitle()));
            for (QAction *a : bar->actions())
                if (!a->isSeparator())
                    named.insert(a, bar->windowTitle() + QLatin1Char(':') + a->text());
        }
        QVERIFY(named.size() > 40); // File, Edit, View, Model, Database, Tools, Help and the tool bars
        QHash<QString, QString> byName;
        for (auto it = named.cbegin(); it != named.cend(); ++it) {
            const QString name = it.key()->objectName();
            QVERIFY2(!name.isEmpty(), qPrintable(QStringLiteral("no object name: ") + it.value()));
            QVERIFY2(!byName.contains(name), qPrintable(name + QStringLiteral(" names both ") + byName.value(name) +
                                                        QStringLiteral(" and ") + it.value()));
            byName.insert(name, it.value());
        }
        // The names the other tests and the shell rely on.
        for (const char *name : {"actionNew", "actionSave", "actionUndo", "actionShowGrid", "actionSnapToGrid",
                                 "actionGenerateMigration", "actionPreferences", "actionFind", "tool_select"})
            QVERIFY2(byName.contains(QLatin1String(name)), name);
    }
};

QTEST_MAIN(TstMainWindowSmoke)
#include "tst_mainwindow_smoke.moc"
