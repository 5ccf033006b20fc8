// Offscreen: the Migrations panel generates, applies and undoes the school example's migrations on a
// real SQLite file and real PostgreSQL and MariaDB databases, reports a failing statement, and never
// writes a destructive migration before it is confirmed.
#include "migrationsfixture.h"

using namespace sf::test;

class TstMigrationsPanel : public QObject, protected MigrationsFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { initSettings("tst_migrations_panel"); }
    void cleanup() { closeWindow(); }

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
            return scratch.query(
                QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"));
        });
        // The history table sequelize-cli reads is empty again.
        QCOMPARE(scratch.query(QStringLiteral("SELECT COUNT(*) FROM SequelizeMeta")), QStringList{QStringLiteral("0")});
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
        QCOMPARE(migrationFiles(), before); // nothing written

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
