// Offscreen: the Migrations panel generates, applies and undoes the school example's migrations on a
// real SQLite file and real PostgreSQL and MariaDB databases, stops between migrations when Cancel is
// pressed (the states shown match the database), outlines the cards a drift check finds different,
// reports a failing statement, and never writes a destructive migration before it is confirmed.
#include "support/scratchdb.h"
#include "support/testenv.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/modelitem.h"
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
#include <QScopeGuard>
#include <QSemaphore>
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

bool sqliteExec(const QString &file, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("exec"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("exec"));
    return ok;
}

QStringList sqliteColumn(const QString &file, const QString &sql)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("column"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next())
                out << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("column"));
    return out;
}

sf::design::Attribute stringAttribute(const std::string &id, const std::string &name)
{
    sf::design::Attribute a;
    a.id = id;
    a.name = name;
    a.type = *sf::design::DataType::parse("STRING");
    return a;
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

    void mysqlGenerateMigrateUndo()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_MYSQL_URL", adminUrl);
        sf::test::ScratchDatabase scratch(adminUrl, QStringLiteral("sf_panel"));
        QVERIFY2(!scratch.url().isEmpty(), qPrintable(scratch.error()));
        openSchool();
        m_panel->addConnection(QStringLiteral("maria"), scratch.url());
        QCOMPARE(m_panel->currentDialect(), QStringLiteral("mysql"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        QVERIFY2(m_panel->lastError().isEmpty(), qPrintable(m_panel->lastError()));
        migrateAndUndo([&scratch] {
            return scratch.query(QStringLiteral(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"));
        });
        // The history table sequelize-cli reads is empty again.
        QCOMPARE(scratch.query(QStringLiteral("SELECT COUNT(*) FROM SequelizeMeta")), QStringList{QStringLiteral("0")});
    }

    void cancelStopsBetweenMigrations()
    {
        openSchool();
        const QString file = m_tmp.filePath(QStringLiteral("school-cancel.sqlite"));
        QFile::remove(file);
        m_panel->addConnection(QStringLiteral("cancel"), QStringLiteral("sqlite:") + file);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        // Three migrations: the tables, then one column each.
        generateAccepting();
        DocumentController *doc = m_window->document();
        auto student = *doc->design().modelById("m-student");
        student.attributes.push_back(stringAttribute("a-student-nick", "nickname"));
        doc->replaceModel(student);
        generateAccepting();
        auto course = *doc->design().modelById("m-course");
        course.attributes.push_back(stringAttribute("a-course-room", "room"));
        doc->replaceModel(course);
        generateAccepting();
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Pending), kTimeout);
        const QStringList ids = m_panel->migrationIds();
        QCOMPARE(ids.size(), 3);

        // The worker holds still right after the first migration until Cancel has been pressed.
        QSemaphore reached, resume;
        const auto unblock = qScopeGuard([&resume] { resume.release(100); });  // never leave it waiting
        const auto hold = connect(m_panel->worker(), &MigrationWorker::progressed, m_panel->worker(),
                                  [&](int done, int) {
                                      if (done == 1) {
                                          reached.release();
                                          resume.acquire();
                                      }
                                  }, Qt::DirectConnection);
        QSignalSpy done(m_panel, &MigrationsPanel::runCompleted);
        QTest::mouseClick(button("migrateButton"), Qt::LeftButton);
        bool atFirst = false;  // (QTRY evaluates its condition once more at the end: no bare side effect)
        QTRY_VERIFY2_WITH_TIMEOUT((atFirst = atFirst || reached.tryAcquire()) || done.size() > 0,
                                  qPrintable(m_panel->lastSummary() + QLatin1Char('\n') + m_log->plainText()), kTimeout);
        QVERIFY2(done.isEmpty(), qPrintable(m_panel->lastSummary() + QLatin1Char('\n') + m_log->plainText()));
        QVERIFY(button("cancelButton")->isEnabled());
        QTest::mouseClick(button("cancelButton"), Qt::LeftButton);
        resume.release();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kTimeout);
        disconnect(hold);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY2(m_panel->lastSummary().contains(QLatin1String("Cancelled after 1 migration")),
                 qPrintable(m_panel->lastSummary()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);

        // What the panel shows is what the database holds: the first applied, the others pending.
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->stateOf(ids.at(0)), int(sf::migrate::MigrationState::Applied), kTimeout);
        QCOMPARE(m_panel->stateOf(ids.at(1)), int(sf::migrate::MigrationState::Pending));
        QCOMPARE(m_panel->stateOf(ids.at(2)), int(sf::migrate::MigrationState::Pending));
        QCOMPARE(sqliteColumn(file, QStringLiteral("SELECT name FROM SequelizeMeta")), QStringList{ids.at(0) + QStringLiteral(".js")});
        QVERIFY(!sqliteColumn(file, QStringLiteral("SELECT name FROM pragma_table_info('students')")).contains(QLatin1String("nickname")));
        QVERIFY(sqliteTables(file).contains(QLatin1String("students")));

        // A later run applies the rest.
        QTest::mouseClick(button("migrateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Applied), kTimeout);
        QVERIFY(sqliteColumn(file, QStringLiteral("SELECT name FROM pragma_table_info('students')")).contains(QLatin1String("nickname")));
    }

    void driftHighlightsCards()
    {
        openSchool();
        const QString file = m_tmp.filePath(QStringLiteral("school-drift.sqlite"));
        QFile::remove(file);
        m_panel->addConnection(QStringLiteral("drift"), QStringLiteral("sqlite:") + file);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        generateAccepting();
        QTest::mouseClick(button("migrateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Applied), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        // Someone changes the database by hand.
        QVERIFY(sqliteExec(file, QStringLiteral("ALTER TABLE students ADD COLUMN nickname TEXT")));

        DiagramScene *scene = m_window->scene();
        scene->clearSelection();
        QSignalSpy checked(m_panel, &MigrationsPanel::driftChecked);
        QTest::mouseClick(button("driftButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, kTimeout);
        QVERIFY(!checked.at(0).at(0).value<QList<DriftRow>>().isEmpty());
        QCOMPARE(scene->highlightedModels(), QSet<QString>{QStringLiteral("m-student")});
        QVERIFY(scene->modelItem("m-student")->isHighlighted());
        QVERIFY(!scene->modelItem("m-course")->isHighlighted());
        QVERIFY(scene->selectedModelIds().empty());  // highlighted, not selected

        // Cleared by the Database menu's action ...
        auto *clear = m_window->findChild<QAction *>(QStringLiteral("actionClearDriftHighlight"));
        QVERIFY(clear && clear->isEnabled());
        clear->trigger();
        QVERIFY(!scene->modelItem("m-student")->isHighlighted());
        QVERIFY(scene->highlightedModels().isEmpty());
        QVERIFY(!clear->isEnabled());

        // ... and by the next check, which finds no drift once the change is undone.
        QTest::mouseClick(button("driftButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, kTimeout);
        QVERIFY(scene->modelItem("m-student")->isHighlighted());
        QVERIFY(sqliteExec(file, QStringLiteral("ALTER TABLE students DROP COLUMN nickname")));
        QTest::mouseClick(button("driftButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 3, kTimeout);
        QVERIFY2(checked.at(2).at(0).value<QList<DriftRow>>().isEmpty(), qPrintable(m_panel->lastError()));
        QVERIFY(!scene->modelItem("m-student")->isHighlighted());
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
