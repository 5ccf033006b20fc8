// Offscreen, on the real main window: Generate saves the design first and Migrate / Undo stay disabled
// (with the reason in the tooltip, also in the Database menu) while the design has unsaved changes or
// the project has no file; the SQL preview's colours reach 4.5:1 contrast on light and dark palettes
// and follow the Preferences theme (System / Light / Dark) live; CREATE TABLE is laid out one column per
// line and soft-wrapped; re-ticking "Follow connection" brings the connection's dialect back; a PNG
// export without an extension gets ".png".
#include "migrationsfixture.h"

#include "ui/canvas/diagramscene.h"
#include "ui/export/diagramexporter.h"
#include "ui/preferences/preferences.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/preferences/themeloader.h"
#include "ui/preview/sqlformatter.h"
#include "ui/preview/sqlhighlighter.h"
#include "ui/preview/sqlpreviewpanel.h"

#include <QComboBox>
#include <QPlainTextEdit>

using namespace sf::test;

class TstDesignerPanels : public QObject, protected MigrationsFixture
{
    Q_OBJECT

    SqlPreviewPanel *preview() const { return m_window->findChild<DatabasePanels *>()->preview(); }
    QAction *menuAction(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { initSettings("tst_designer_panels"); }
    void cleanup()
    {
        ThemeLoader::apply(QString());
        closeWindow();
    }

    void saveBeforeGenerateAndGuardedButtons()
    {
        openSchool();
        const QString file = m_tmp.filePath(QStringLiteral("school-guard.sqlite"));
        QFile::remove(file);
        m_panel->addConnection(QStringLiteral("guard"), QStringLiteral("sqlite:") + file);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        QVERIFY(button("migrateButton")->isEnabled());

        // An unsaved design change: Migrate and Undo are disabled and say why; so is the menu.
        DocumentController *doc = m_window->document();
        auto course = *doc->design().modelById("m-course");
        course.attributes.push_back(stringAttribute("a-course-room", "room"));
        doc->replaceModel(course);
        for (const char *name : {"migrateButton", "undoLastButton", "undoAllButton"}) {
            QVERIFY2(!button(name)->isEnabled(), name);
            QVERIFY2(button(name)->toolTip().contains(QLatin1String("unsaved")), qPrintable(button(name)->toolTip()));
        }
        QVERIFY(!menuAction("actionMigrate")->isEnabled());
        QVERIFY(menuAction("actionMigrate")->toolTip().contains(QLatin1String("unsaved")));
        QVERIFY(button("generateButton")->isEnabled());

        // Generate saves the design first: the file on disk has the new column, the buttons come back.
        generateAccepting();
        QFile saved(projectPath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("a-course-room"));
        QVERIFY(!doc->isDirty());
        QVERIFY(button("migrateButton")->isEnabled());
        QVERIFY(menuAction("actionMigrate")->isEnabled());
        QVERIFY(m_log->plainText().contains(QLatin1String("before generating")));

        // An untitled project: nothing to migrate from, and the tooltip says to save first.
        doc->newProject();
        for (const char *name : {"generateButton", "migrateButton", "undoAllButton"}) {
            QVERIFY2(!button(name)->isEnabled(), name);
            QVERIFY2(button(name)->toolTip().contains(QLatin1String("Save the project first")),
                     qPrintable(button(name)->toolTip()));
        }
    }

    void highlighterContrastAndTheme()
    {
        openSchool();
        QPlainTextEdit *up = preview()->upEditor();
        auto *h = up->document()->findChild<SqlHighlighter *>();
        QVERIFY(h);
        using K = SqlHighlighter::Kind;
        const auto worst = [&] {
            const QColor base = up->palette().color(QPalette::Base);
            double ratio = 21;
            for (K k : {K::Keyword, K::String, K::Identifier, K::Number, K::Comment}) {
                const QColor c = h->format(k).foreground().color();
                if (SqlHighlighter::contrast(c, base) < 4.5)
                    qWarning("kind %d: %s on %s", int(k), qPrintable(c.name()), qPrintable(base.name()));
                ratio = std::min(ratio, SqlHighlighter::contrast(c, base));
            }
            return ratio;
        };
        QVERIFY2(worst() >= 4.5, qPrintable(QString::number(worst())));

        // Preferences > Theme: Dark, live.
        whenModal([](QWidget *w) {
            auto *d = qobject_cast<PreferencesDialog *>(w);
            QVERIFY(d);
            auto *theme = d->findChild<QComboBox *>(QStringLiteral("preferencesTheme"));
            QVERIFY(theme);
            theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
            d->accept();
        });
        menuAction("actionPreferences")->trigger();
        QCOMPARE(Preferences::load().theme, QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
        QTRY_VERIFY(up->palette().color(QPalette::Base).lightness() < 60);
        QTRY_VERIFY2(worst() >= 4.5, qPrintable(QString::number(worst())));
        // The light colours would not do here (the reported 1.45:1).
        QVERIFY(SqlHighlighter::contrast(QColor(0x1f, 0x4e, 0xb4), up->palette().color(QPalette::Base)) < 4.5);

        // Back to Light.
        whenModal([](QWidget *w) {
            auto *d = qobject_cast<PreferencesDialog *>(w);
            QVERIFY(d);
            auto *theme = d->findChild<QComboBox *>(QStringLiteral("preferencesTheme"));
            theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
            d->accept();
        });
        menuAction("actionPreferences")->trigger();
        QTRY_VERIFY(up->palette().color(QPalette::Base).lightness() > 180);
        QVERIFY2(worst() >= 4.5, qPrintable(QString::number(worst())));
    }

    void previewLayoutAndFollow()
    {
        openSchool();
        SqlPreviewPanel *p = preview();
        p->setView(SqlPreviewPanel::View::CreateScript);
        p->setDialect(QStringLiteral("postgres"));
        QTRY_VERIFY_WITH_TIMEOUT(p->isUpToDate() && p->upText().contains(QLatin1String("CREATE TABLE")), 20000);
        // One column per line, like pg_dump.
        const QString up = p->upText();
        QVERIFY2(up.contains(QLatin1String("CREATE TABLE \"grades\" (\n    \"id\"")), qPrintable(up.left(300)));
        for (const QString &line : up.split(QLatin1Char('\n')))
            QVERIFY2(line.size() < 160, qPrintable(line));
        QCOMPARE(p->upEditor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        auto *wrap = p->findChild<QCheckBox *>(QStringLiteral("previewWrap"));
        QVERIFY(wrap);
        QTest::mouseClick(wrap, Qt::LeftButton);
        QCOMPARE(p->upEditor()->lineWrapMode(), QPlainTextEdit::NoWrap);
        // Quotes are respected.
        QCOMPARE(SqlFormatter::pretty(
                     QStringLiteral("CREATE TABLE \"a,b\" (\"x\" TEXT DEFAULT 'p,q', \"y\" DECIMAL(10,2));")),
                 QStringLiteral("CREATE TABLE \"a,b\" (\n    \"x\" TEXT DEFAULT 'p,q',\n    \"y\" DECIMAL(10,2)\n);"));
        QCOMPARE(SqlFormatter::pretty(QStringLiteral("DROP TABLE \"x\";")), QStringLiteral("DROP TABLE \"x\";"));

        // Follow connection: un-ticked by choosing a dialect, re-ticked brings the connection's back.
        m_panel->addConnection(QStringLiteral("local"),
                               QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("f.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        auto *follow = p->findChild<QCheckBox *>(QStringLiteral("previewFollow"));
        QVERIFY(!follow->isChecked()); // setDialect above stopped following
        QTest::mouseClick(follow, Qt::LeftButton);
        QVERIFY(follow->isChecked());
        QCOMPARE(p->dialect(), QStringLiteral("sqlite"));
    }

    void pngExportAddsExtension()
    {
        openSchool();
        const QString base = m_tmp.filePath(QStringLiteral("diagram"));
        QString error;
        QVERIFY2(DiagramExporter(m_window->scene()).exportPng(base, 1.0, &error), qPrintable(error));
        QVERIFY(QFile::exists(base + QStringLiteral(".png")));
        QVERIFY(!QFile::exists(base));
        QImage image(base + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
    }
};

QTEST_MAIN(TstDesignerPanels)
#include "tst_designer_panels.moc"
