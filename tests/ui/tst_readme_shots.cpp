// The README's panel screenshots, taken from the real main window: the SQL preview dock showing the
// PostgreSQL DDL of the school example, and the migrations dock after pressing Generate and Migrate
// on its SQLite connection. Offscreen (./test.sh) it proves those states and keeps the images as test
// artifacts; `.ci/screenshots.sh` runs it under Xvfb (QT_QPA_PLATFORM=xcb) with SF_SCREENSHOT_DIR set,
// where the shot is the X server's framebuffer of the real window.
#include "modalwatcher.h"
#include "support/scratchproject.h"
#include "support/testenv.h"
#include "ui/canvas/diagramview.h"
#include "ui/migrations/generatemigrationdialog.h"
#include "ui/migrations/migrationspanel.h"
#include "ui/preview/sqlpreviewpanel.h"
#include "ui/shell/databasepanels.h"
#include "ui/shell/mainwindow.h"

#include "core/migrate/executor.h"

#include <QDir>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace sf::ui;

namespace {

constexpr int kTimeout = 60000;

using sf::test::whenModal;

QString shotDir()
{
    QString dir = qEnvironmentVariable("SF_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(SF_BINARY_DIR "/test-artifacts");
    QDir().mkpath(dir);
    return dir;
}

// The real window as the display shows it: the screen's framebuffer under a window system, the
// widget's own rendering offscreen (where no framebuffer exists).
QImage capture(QWidget *window)
{
    QApplication::processEvents();
    QTest::qWait(300);
    if (QGuiApplication::platformName() == QLatin1String("xcb")) {
        const QRect frame = window->frameGeometry();
        return window->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).toImage();
    }
    return window->grab().toImage();
}

} // namespace

class TstReadmeShots : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_window;
    DatabasePanels *m_panels = nullptr;

    bool allApplied() const
    {
        const QStringList ids = m_panels->migrations()->migrationIds();
        if (ids.isEmpty())
            return false;
        for (const QString &id : ids)
            if (m_panels->migrations()->stateOf(id) != int(sf::migrate::MigrationState::Applied))
                return false;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        // The project without its migrations, so the preview shows the whole schema as pending.
        const QString project = m_tmp.filePath(QStringLiteral("school.schemaforge.json"));
        QVERIFY(sf::test::copyExampleProject(QStringLiteral("school"), project));
        m_window = std::make_unique<MainWindow>();
        m_window->setGeometry(0, 0, 1280, 800); // the first-launch size the README shows
        QString error;
        QVERIFY2(m_window->openProject(project, &error), qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->view()->zoomToFit();
        m_panels = m_window->findChild<DatabasePanels *>();
        QVERIFY(m_panels);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panels->migrations()->isBusy(), kTimeout);
    }

    void previewShowsPostgresDdl()
    {
        SqlPreviewPanel *preview = m_panels->preview();
        m_window->bottomPanels()->setCurrentWidget(preview);
        preview->setDialect(QStringLiteral("postgres"));
        const auto showsPostgres = [preview] {
            const QString up = preview->upText();
            return preview->dialect() == QLatin1String("postgres") &&
                   up.contains(QLatin1String("CREATE TABLE \"students\"")) && up.contains(QLatin1String("SERIAL"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(showsPostgres(), kTimeout);
        const QImage shot = capture(m_window.get());
        QVERIFY(!shot.isNull());
        QVERIFY2(showsPostgres(), qPrintable(preview->dialect() + QLatin1Char('\n') + preview->upText().left(400)));
        const QString out = shotDir() + QStringLiteral("/preview-postgres.png");
        QVERIFY(shot.save(out));
        qInfo("%s: %dx%d", qPrintable(out), shot.width(), shot.height());
    }

    void migrationsDockAfterMigrate()
    {
        MigrationsPanel *panel = m_panels->migrations();
        m_window->bottomPanels()->setCurrentWidget(panel);
        bool generated = false;
        whenModal([&generated](QWidget *w) {
            generated = qobject_cast<GenerateMigrationDialog *>(w) != nullptr;
            if (auto *d = qobject_cast<QDialog *>(w))
                d->accept();
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("generateButton")), Qt::LeftButton);
        QVERIFY(generated);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kTimeout);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("migrateButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allApplied(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kTimeout);
        const QImage shot = capture(m_window.get());
        QVERIFY(!shot.isNull());
        const QString out = shotDir() + QStringLiteral("/migrations-after-migrate.png");
        QVERIFY(shot.save(out));
        qInfo("%s: %dx%d", qPrintable(out), shot.width(), shot.height());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TstReadmeShots)
#include "tst_readme_shots.moc"
