// Offscreen: choosing German in Tools > Preferences takes effect at once, without a restart: the
// menus, dock titles, bottom-panel tabs and panel buttons of the open window change to German, and
// switching back to English restores them.
#include "modalwatcher.h"
#include "ui/migrations/migrationspanel.h"
#include "ui/preferences/languageloader.h"
#include "ui/shell/databasepanels.h"
#include "ui/shell/mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

#include <functional>

using namespace sf::ui;

namespace {

using sf::test::whenModal;

QStringList menuTitles(MainWindow &w)
{
    QStringList out;
    for (QAction *a : w.menuBar()->actions())
        out << a->text();
    return out;
}

QString dockTitle(MainWindow &w, const char *name)
{
    auto *dock = w.findChild<QDockWidget *>(QLatin1String(name));
    return dock ? dock->windowTitle() : QString();
}

QStringList tabTitles(MainWindow &w)
{
    QStringList out;
    for (int i = 0; i < w.bottomPanels()->count(); ++i)
        out << w.bottomPanels()->tabText(i);
    return out;
}

QString migrateButton(MainWindow &w)
{
    auto *b = w.findChild<QPushButton *>(QStringLiteral("migrateButton"));
    return b ? b->text() : QString();
}

} // namespace

class TstLanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language_switch"));
        QSettings().clear();
        QVERIFY(LanguageLoader::apply(QStringLiteral("en")));
    }

    void germanAtRuntimeThroughPreferences()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(menuTitles(window).contains(QStringLiteral("&File")), qPrintable(menuTitles(window).join(u',')));
        QVERIFY(menuTitles(window).contains(QStringLiteral("&Tools")));
        QCOMPARE(dockTitle(window, "modelsDock"), QStringLiteral("Models"));
        QCOMPARE(dockTitle(window, "propertiesDock"), QStringLiteral("Properties"));
        QVERIFY(tabTitles(window).contains(QStringLiteral("SQL Preview")));
        QCOMPARE(migrateButton(window), QStringLiteral("Migrate"));

        bool chosen = false;
        whenModal([&chosen](QWidget *w) {
            auto *language = w->findChild<QComboBox *>(QStringLiteral("preferencesLanguage"));
            QVERIFY(language);
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            chosen = true;
        });
        window.findChild<DatabasePanels *>()->openPreferences();
        QVERIFY(chosen);
        QCOMPARE(LanguageLoader::current(), QStringLiteral("de"));

        QTRY_VERIFY2(menuTitles(window).contains(QStringLiteral("&Datei")), qPrintable(menuTitles(window).join(u',')));
        QVERIFY(menuTitles(window).contains(QStringLiteral("&Bearbeiten")));
        QVERIFY(menuTitles(window).contains(QStringLiteral("&Werkzeuge")));
        QCOMPARE(dockTitle(window, "modelsDock"), QStringLiteral("Modelle"));
        QCOMPARE(dockTitle(window, "propertiesDock"), QStringLiteral("Eigenschaften"));
        QVERIFY2(tabTitles(window).contains(QStringLiteral("SQL-Vorschau")), qPrintable(tabTitles(window).join(u',')));
        QVERIFY(tabTitles(window).contains(QStringLiteral("Migrationen")));
        QCOMPARE(migrateButton(window), QStringLiteral("Migrieren"));
        // A window opened after the switch is German from the start.
        MainWindow second;
        QVERIFY(menuTitles(second).contains(QStringLiteral("&Datei")));

        QVERIFY(LanguageLoader::apply(QStringLiteral("en")));
        QTRY_VERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        QCOMPARE(dockTitle(window, "modelsDock"), QStringLiteral("Models"));
        QVERIFY(tabTitles(window).contains(QStringLiteral("SQL Preview")));
        QCOMPARE(migrateButton(window), QStringLiteral("Migrate"));
    }
};

QTEST_MAIN(TstLanguageSwitch)
#include "tst_language_switch.moc"
