// Offscreen: the Migrations panel generates, applies and undoes the school example's migrations on a
// real SQLite file and a real PostgreSQL database, reports a failing statement, and never writes a
// destructive migration before it is confirmed.
#include "support/scratchdb.h"
#include "support/testenv.h"
#include "ui/database/connectionstore.h"
#include "ui/database/databasepanels.h"
#include "ui/database/generatemigrationdialog.h"
#include "ui/database/logpanel.h"
#include "ui/database/migrationspanel.h"
#include "ui/document/documentcontroller.h"
#include "ui/mainwindow.h"

#include "core/migrate/executor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace sf::ui;

namespace {

// Calls f with the next modal dialog as soon as it is shown (from inside its exec()).
void whenModal(std::function<void(QWidget *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            f(w);
        }
    });
    timer->start();
}

QStringList sqliteTables(const QString &file)
{
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"));
            while (q.next())
                tables << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return tables;
}

constexpr int kTimeout = 60000;

} // namespace

class TstMigrationsPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_window;
    MigrationsPanel *m_panel = nullptr;
    LogPanel *m_log = nullptr;

    QString projectPath() const { return m_tmp.filePath(QStringLiteral("school.schemaforge.json")); }
    QString migrationsDir() const { return m_tmp.filePath(QStringLiteral("migrations")); }
    int migrationFiles() const
    {
        return int(QDir(migrationsDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    }
    QPushButton *button(const char *name) const { return m_panel->findChild<QPushButton *>(QLatin1String(name)); }

    bool allInState(sf::migrate::MigrationState state) const
    {
        const QStringList ids = m_panel->migrationIds();
        if (ids.isEmpty())
            return false;
        for (const QString &id : ids)
            if (m_panel->stateOf(id) != int(state))
                return false;
        return true;
    }

    void openSchool()
    {
        QVERIFY(m_tmp.isValid());
        QFile::remove(projectPath());
        QDir(migrationsDir()).removeRecursively();
        QVERIFY(QFile::copy(sf::test::sourcePath(QStringLiteral("resources/examples/school/school.schemaforge.json")),
                            projectPath()));
        QFile::setPermissions(projectPath(), QFile::ReadOwner | QFile::WriteOwner);
        m_window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(m_window->openProject(projectPath(), &error), qPrintable(error));
        m_window->show();
        auto *panels = m_window->findChild<DatabasePanels *>();
        QVERIFY(panels);
        m_panel = panels->migrations();
        m_log = panels->log();
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
    }

    void generateAccepting()
    {
        const int before = migrationFiles();
        bool seen = false;
        whenModal([&seen](QWidget *w) {
            seen = qobject_cast<GenerateMigrationDialog *>(w) != nullptr;
            if (auto *d = qobject_cast<QDialog *>(w))
                d->accept();
        });
        QTest::mouseClick(button("generateButton"), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(migrationFiles(), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
    }

    void migrateAndUndo(const std::function<QStringList()> &tables)
    {
        generateAccepting();
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Pending), kTimeout);

        QTest::mouseClick(button("migrateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Applied), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        const QStringList created = tables();
        for (const char *t : {"grades", "students", "courses", "StudentCourse"})
            QVERIFY2(created.contains(QLatin1String(t)), qPrintable(created.join(QLatin1Char(','))));

        QTest::mouseClick(button("undoAllButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Pending), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        const QStringList left = tables();
        for (const char *t : {"grades", "students", "courses", "StudentCourse"})
            QVERIFY2(!left.contains(QLatin1String(t)), qPrintable(left.join(QLatin1Char(','))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_migrations_panel"));
        QSettings().clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_panel = nullptr;
    }

    void sqliteGenerateMigrateUndo()
    {
        openSchool();
        const QString file = m_tmp.filePath(QStringLiteral("school-test.sqlite"));
        QFile::remove(file);
        m_panel->addConnection(QStringLiteral("test"), QStringLiteral("sqlite:") + file);
        QCOMPARE(m_panel->currentConnection(), QStringLiteral("test"));
        QCOMPARE(m_panel->currentDialect(), QStringLiteral("sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        migrateAndUndo([file] { return sqliteTables(file); });
        QVERIFY(m_log->plainText().contains(QLatin1String("CREATE TABLE")));
    }

    void postgresGenerateMigrateUndo()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", adminUrl);
        sf::test::ScratchDatabase scratch(adminUrl, QStringLiteral("sf_panel"));
        QVERIFY2(!scratch.url().isEmpty(), qPrintable(scratch.error()));
        openSchool();
        m_panel->addConnection(QStringLiteral("pg"), scratch.url());
        QCOMPARE(m_panel->currentDialect(), QStringLiteral("postgres"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        QVERIFY2(m_panel->lastError().isEmpty(), qPrintable(m_panel->lastError()));
        migrateAndUndo([&scratch] {
            return scratch.query(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
        });
        // The stored profile never holds the literal password.
        QString password;
        ConnectionStore::withoutPassword(scratch.url(), &password);
        if (!password.isEmpty()) {
            QVERIFY(!m_panel->connections()->urlOf(QStringLiteral("pg")).contains(password));
            QSettings settings;
            settings.sync();
            QFile stored(settings.fileName());
            if (stored.open(QIODevice::ReadOnly))
                QVERIFY(!stored.readAll().contains(password.toUtf8()));
        }
    }

    void failingMigrationShowsStatement()
    {
        openSchool();
        const QString file = m_tmp.filePath(QStringLiteral("school-fail.sqlite"));
        QFile::remove(file);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // A table the migration wants to create already exists: CREATE TABLE fails.
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE courses (x INTEGER)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        m_panel->addConnection(QStringLiteral("failing"), QStringLiteral("sqlite:") + file);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        generateAccepting();
        QSignalSpy done(m_panel, &MigrationsPanel::runCompleted);
        QTest::mouseClick(button("migrateButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kTimeout);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        const QString log = m_log->plainText();
        QVERIFY2(log.contains(QLatin1String("Failed statement: CREATE TABLE")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("courses")), qPrintable(log));
        QVERIFY(!m_panel->lastError().isEmpty());
        // The state stays true: the migration is still pending and nothing was created.
        QVERIFY(allInState(sf::migrate::MigrationState::Pending));
        const QStringList tables = sqliteTables(file);
        QVERIFY2(!tables.contains(QLatin1String("grades")), qPrintable(tables.join(QLatin1Char(','))));
    }

    void destructiveChangeNeedsConfirmation()
    {
        openSchool();
        m_panel->addConnection(QStringLiteral("local"),
                               QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("school-d.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        generateAccepting();

        DocumentController *doc = m_window->document();
        auto student = *doc->design().modelById("m-student");
        std::erase_if(student.attributes, [](const auto &a) { return a.id == "a-student-name"; });
        doc->replaceModel(student);

        const int before = migrationFiles();
        bool okEnabled = true, hasConfirm = false;
        QStringList destructive;
        whenModal([&](QWidget *w) {
            auto *d = qobject_cast<GenerateMigrationDialog *>(w);
            QVERIFY(d);
            destructive = d->destructive();
            hasConfirm = d->confirmBox() != nullptr;
            okEnabled = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            d->reject();
        });
        QTest::mouseClick(button("generateButton"), Qt::LeftButton);
        QVERIFY(hasConfirm);
        QVERIFY(!okEnabled);
        QCOMPARE(destructive.size(), 1);
        QVERIFY2(destructive.front().contains(QLatin1String("name")), qPrintable(destructive.front()));
        QCOMPARE(migrationFiles(), before);  // nothing written

        whenModal([](QWidget *w) {
            auto *d = qobject_cast<GenerateMigrationDialog *>(w);
            QVERIFY(d);
            d->confirmBox()->setChecked(true);
            QPushButton *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        QTest::mouseClick(button("generateButton"), Qt::LeftButton);
        QCOMPARE(migrationFiles(), before + 1);
    }
};

QTEST_MAIN(TstMigrationsPanel)
#include "tst_migrations_panel.moc"
