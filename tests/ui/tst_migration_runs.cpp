// Offscreen: a multi-migration Migrate stops between migrations when Cancel is pressed (the states
// the panel shows match the SQLite database), and a drift check outlines the cards of the models
// found different (not selecting them) until the next check or Database > Clear Drift Highlight.
#include "migrationsfixture.h"

using namespace sf::test;

class TstMigrationRuns : public QObject, protected MigrationsFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { initSettings("tst_migration_runs"); }
    void cleanup() { closeWindow(); }

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
        const auto unblock = qScopeGuard([&resume] { resume.release(100); }); // never leave it waiting
        const auto hold = connect(
            m_panel->worker(), &MigrationWorker::progressed, m_panel->worker(),
            [&](int done, int) {
                if (done == 1) {
                    reached.release();
                    resume.acquire();
                }
            },
            Qt::DirectConnection);
        QSignalSpy done(m_panel, &MigrationsPanel::runCompleted);
        QTest::mouseClick(button("migrateButton"), Qt::LeftButton);
        bool atFirst = false; // (QTRY evaluates its condition once more at the end: no bare side effect)
        QTRY_VERIFY2_WITH_TIMEOUT((atFirst = atFirst || reached.tryAcquire()) || done.size() > 0,
                                  qPrintable(m_panel->lastSummary() + QLatin1Char('\n') + m_log->plainText()),
                                  kTimeout);
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
        QCOMPARE(sqliteColumn(file, QStringLiteral("SELECT name FROM SequelizeMeta")),
                 QStringList{ids.at(0) + QStringLiteral(".js")});
        QVERIFY(!sqliteColumn(file, QStringLiteral("SELECT name FROM pragma_table_info('students')"))
                     .contains(QLatin1String("nickname")));
        QVERIFY(sqliteTables(file).contains(QLatin1String("students")));

        // A later run applies the rest.
        QTest::mouseClick(button("migrateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Applied), kTimeout);
        QVERIFY(sqliteColumn(file, QStringLiteral("SELECT name FROM pragma_table_info('students')"))
                    .contains(QLatin1String("nickname")));
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
        QVERIFY(scene->selectedModelIds().empty()); // highlighted, not selected

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
};

QTEST_MAIN(TstMigrationRuns)
#include "tst_migration_runs.moc"
