// Offscreen: Migrate, Undo Last and Undo All in the Migrations panel ask before they destroy data, on a
// real SQLite file and real PostgreSQL and MariaDB databases. The question names every table and column
// that loses data with its live row count ("2 rows", or "2 row(s)" without the English catalogue); Enter and Esc cancel
// (Cancel is the default button), and a cancelled run leaves the database exactly as it was; only the destructive
// button proceeds.
#include "migrationsfixture.h"

#include "support/scratchdb.h"

using namespace sf::test;

namespace {

// Runs SQL on the database under test and reads one column back.
struct Target {
    std::function<bool(const QString &)> exec;
    std::function<QStringList(const QString &)> column;
    std::function<QStringList()> tables;
    QChar quote;
};

} // namespace

class TstDataLossConfirm : public QObject, protected MigrationsFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { initSettings("tst_data_loss_confirm"); }
    void cleanup() { closeWindow(); }

    void sqlite()
    {
        const QString file = m_tmp.filePath(QStringLiteral("school-loss.sqlite"));
        QFile::remove(file);
        Target t;
        t.exec = [file](const QString &sql) { return sqliteExec(file, sql); };
        t.column = [file](const QString &sql) { return sqliteColumn(file, sql); };
        t.tables = [file] { return sqliteTables(file); };
        t.quote = QLatin1Char('"');
        scenario(QStringLiteral("sqlite:") + file, t);
    }

    void postgres()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", adminUrl);
        ScratchDatabase scratch(adminUrl, QStringLiteral("sf_loss"));
        QVERIFY2(!scratch.url().isEmpty(), qPrintable(scratch.error()));
        scenario(scratch.url(),
                 serverTarget(scratch, QLatin1Char('"'),
                              QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")));
    }

    void mariadb()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_MYSQL_URL", adminUrl);
        ScratchDatabase scratch(adminUrl, QStringLiteral("sf_loss"));
        QVERIFY2(!scratch.url().isEmpty(), qPrintable(scratch.error()));
        scenario(scratch.url(),
                 serverTarget(scratch, QLatin1Char('`'),
                              QStringLiteral(
                                  "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")));
    }

private:
    static Target serverTarget(const ScratchDatabase &scratch, QChar quote, const QString &tablesSql)
    {
        Target t;
        t.exec = [&scratch](const QString &sql) {
            QString error;
            scratch.query(sql, &error);
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error));
            return error.isEmpty();
        };
        t.column = [&scratch](const QString &sql) { return scratch.query(sql); };
        t.tables = [&scratch, tablesSql] { return scratch.query(tablesSql); };
        t.quote = quote;
        return t;
    }

    // Presses `buttonName`; the data-loss question that follows is captured and answered by `answer`.
    QString pressAndAnswer(const char *buttonName, const std::function<void(DataLossConfirm *)> &answer)
    {
        QString text;
        bool defaultIsCancel = false;
        whenModal([&](QWidget *w) {
            auto *box = qobject_cast<DataLossConfirm *>(w);
            if (!box) {
                qWarning("unexpected dialog %s", w->metaObject()->className());
                if (auto *d = qobject_cast<QDialog *>(w))
                    d->reject();
                return;
            }
            text = box->text() + QLatin1Char('\n') + box->informativeText();
            defaultIsCancel =
                box->defaultButton() && box->defaultButton()->objectName() == QLatin1String("cancelDataLossButton");
            answer(box);
        });
        QSignalSpy assessed(m_panel->worker(), &MigrationWorker::assessed);
        QTest::mouseClick(button(buttonName), Qt::LeftButton);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(assessed.size(), 1, kTimeout); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!text.isEmpty(), kTimeout); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout); }();
        if (!defaultIsCancel)
            text += QStringLiteral("\nDEFAULT BUTTON IS NOT CANCEL");
        return text;
    }

    void scenario(const QString &url, const Target &t)
    {
        openSchool();
        m_panel->addConnection(QStringLiteral("db"), url);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        QVERIFY2(m_panel->lastError().isEmpty(), qPrintable(m_panel->lastError()));
        // A nullable column that a later migration removes.
        DocumentController *doc = m_window->document();
        auto student = *doc->design().modelById("m-student");
        student.attributes.push_back(stringAttribute("a-student-nick", "nickname"));
        doc->replaceModel(student);
        generateAccepting();
        QSignalSpy runs(m_panel, &MigrationsPanel::runCompleted);
        QTest::mouseClick(button("migrateButton"), Qt::LeftButton); // creates tables only: no question
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 1, kTimeout);
        QVERIFY2(runs.at(0).at(0).toBool(), qPrintable(m_panel->lastSummary() + m_log->plainText()));
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Applied), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);

        const QChar q = t.quote;
        const auto quoted = [q](const char *name) { return q + QLatin1String(name) + q; };
        const QString stamps = quoted("createdAt") + QLatin1Char(',') + quoted("updatedAt");
        const QString now = QStringLiteral("'2024-01-01 00:00:00'");
        for (int g : {1, 2})
            QVERIFY(t.exec(
                QStringLiteral("INSERT INTO grades (grade, %1) VALUES (%2, %3, %3)").arg(stamps).arg(g).arg(now)));
        const char *nicks[] = {"'Al'", "'Bo'", "NULL"};
        for (int s = 0; s < 3; ++s)
            QVERIFY(t.exec(QStringLiteral("INSERT INTO students (student_id, name, nickname, %1) "
                                          "VALUES ('00000000-0000-0000-0000-00000000000%2', 'n%2', %3, %4, %4)")
                               .arg(stamps)
                               .arg(s)
                               .arg(QLatin1String(nicks[s]))
                               .arg(now)));
        const auto studentCount = [&t] { return t.column(QStringLiteral("SELECT COUNT(*) FROM students")); };
        QCOMPARE(studentCount(), QStringList{QStringLiteral("3")});

        // Undo All: the list names each table with its rows; Enter presses the default, Cancel.
        QString text =
            pressAndAnswer("undoAllButton", [](DataLossConfirm *box) { QTest::keyClick(box, Qt::Key_Return); });
        for (const char *line :
             {"table grades: 2 row", "table students: 3 row", "table courses: 0 row", "table StudentCourse: 0 row"})
            QVERIFY2(text.contains(QLatin1String(line)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("DEFAULT BUTTON")), qPrintable(text));
        QVERIFY(allInState(sf::migrate::MigrationState::Applied));
        QCOMPARE(studentCount(), QStringList{QStringLiteral("3")});
        QVERIFY(m_panel->lastError().isEmpty());

        // Undo Last: the Cancel button, clicked, changes nothing either.
        text = pressAndAnswer("undoLastButton", [](DataLossConfirm *box) {
            QTest::mouseClick(box->findChild<QAbstractButton *>(QStringLiteral("cancelDataLossButton")),
                              Qt::LeftButton);
        });
        QVERIFY2(text.contains(QLatin1String("table students: 3 row")), qPrintable(text));
        QVERIFY(allInState(sf::migrate::MigrationState::Applied));
        for (const char *table : {"grades", "students", "courses", "StudentCourse"})
            QVERIFY(t.tables().contains(QLatin1String(table)));

        // A migration that removes a column: Migrate names the column and its non-NULL values; Esc cancels.
        student = *doc->design().modelById("m-student");
        std::erase_if(student.attributes, [](const auto &a) { return a.id == "a-student-nick"; });
        doc->replaceModel(student);
        whenModal([](QWidget *w) {
            auto *d = qobject_cast<GenerateMigrationDialog *>(w);
            QVERIFY(d && d->confirmBox());
            d->confirmBox()->setChecked(true);
            d->accept();
        });
        QTest::mouseClick(button("generateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        QCOMPARE(m_panel->migrationIds().size(), 2);
        const QString nickSql = QStringLiteral("SELECT COUNT(*) FROM students WHERE nickname IS NOT NULL");
        text = pressAndAnswer("migrateButton", [](DataLossConfirm *box) { QTest::keyClick(box, Qt::Key_Escape); });
        QVERIFY2(text.contains(QLatin1String("column nickname of table students: 2 value")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("table grades")), qPrintable(text));
        QCOMPARE(t.column(nickSql), QStringList{QStringLiteral("2")});
        QCOMPARE(m_panel->stateOf(m_panel->migrationIds().at(1)), int(sf::migrate::MigrationState::Pending));

        // Confirmed: the column goes, the rows stay.
        runs.clear();
        text = pressAndAnswer("migrateButton",
                              [](DataLossConfirm *box) { QTest::mouseClick(box->proceedButton(), Qt::LeftButton); });
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 1, kTimeout);
        QVERIFY2(runs.at(0).at(0).toBool(), qPrintable(m_panel->lastSummary()));
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Applied), kTimeout);
        QVERIFY(t.column(nickSql).isEmpty()); // the column is gone: the query fails
        QCOMPARE(studentCount(), QStringList{QStringLiteral("3")});
        QVERIFY(m_log->plainText().contains(QLatin1String("Confirmed data loss: column nickname of table students")));

        // Undo All, confirmed: the list counts the live tables; afterwards they are gone.
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), kTimeout);
        runs.clear();
        text = pressAndAnswer("undoAllButton",
                              [](DataLossConfirm *box) { QTest::mouseClick(box->proceedButton(), Qt::LeftButton); });
        QVERIFY2(text.contains(QLatin1String("table students: 3 row")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("table grades: 2 row")), qPrintable(text));
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 1, kTimeout);
        QVERIFY2(runs.at(0).at(0).toBool(), qPrintable(m_panel->lastSummary() + m_log->plainText()));
        QTRY_VERIFY_WITH_TIMEOUT(allInState(sf::migrate::MigrationState::Pending), kTimeout);
        for (const char *table : {"grades", "students", "courses", "StudentCourse"})
            QVERIFY(!t.tables().contains(QLatin1String(table)));
    }
};

QTEST_MAIN(TstDataLossConfirm)
#include "tst_data_loss_confirm.moc"
