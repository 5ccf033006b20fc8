// Offscreen: the SQL preview follows edits and the connection's dialect, the Problems panel lists a
// validation problem live and navigates to it, model files export, the connection dialog reports the
// core connection API's result, passwords stay out of stored profile URLs, and the pending change's
// lint findings reach the preview, the Problems panel, the cards and the Generate dialog.
#include "support/scratchproject.h"
#include "support/testenv.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/modelitem.h"
#include "ui/connections/connectiondialog.h"
#include "ui/connections/connectionstore.h"
#include "ui/document/documentcontroller.h"
#include "ui/document/projectpaths.h"
#include "ui/export/modelexporter.h"
#include "ui/migrations/generatemigrationdialog.h"
#include "ui/migrations/migrationspanel.h"
#include "ui/panels/attributetable.h"
#include "ui/panels/modelpropertiespage.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/propertyeditor.h"
#include "ui/preview/sqlpreviewpanel.h"
#include "ui/shell/databasepanels.h"
#include "ui/shell/mainwindow.h"

#include "core/migrate/generator.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace sf::ui;

class TstDatabasePanels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_window;
    DatabasePanels *m_panels = nullptr;

    void openSchool()
    {
        const QString path = m_tmp.filePath(QStringLiteral("school.schemaforge.json"));
        QVERIFY(sf::test::copyExampleProject(QStringLiteral("school"), path));
        m_window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(m_window->openProject(path, &error), qPrintable(error));
        m_window->show();
        m_panels = m_window->findChild<DatabasePanels *>();
        QVERIFY(m_panels);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SchemaForgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_database_panels"));
        QSettings().clear();
    }
    void cleanup() { m_window.reset(); }

    void previewFollowsEditsAndDialect()
    {
        openSchool();
        SqlPreviewPanel *preview = m_panels->preview();
        // The school project's "dev" profile is SQLite: the preview follows it.
        QCOMPARE(preview->dialect(), QStringLiteral("sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(preview->isUpToDate() && preview->upText().contains(QLatin1String("CREATE TABLE")),
                                 20000);
        QVERIFY(preview->downText().contains(QLatin1String("DROP TABLE")));

        DocumentController *doc = m_window->document();
        auto course = *doc->design().modelById("m-course");
        course.tableName = "lectures";
        doc->replaceModel(course);
        QTRY_VERIFY_WITH_TIMEOUT(preview->isUpToDate() && preview->upText().contains(QLatin1String("lectures")), 20000);
        QVERIFY(preview->lastLatencyMs() >= 0);

        preview->setDialect(QStringLiteral("mysql"));
        QTRY_VERIFY_WITH_TIMEOUT(preview->isUpToDate() && preview->upText().contains(QLatin1String("`lectures`")),
                                 20000);
        preview->setView(SqlPreviewPanel::View::CreateScript);
        QTRY_VERIFY_WITH_TIMEOUT(preview->isUpToDate() && preview->upText().contains(QLatin1String("ENGINE=InnoDB")),
                                 20000);
        preview->setView(SqlPreviewPanel::View::Migration);
        QTRY_VERIFY_WITH_TIMEOUT(preview->isUpToDate(), 20000);
        QVERIFY(!preview->errorText().isEmpty()); // none generated yet
    }

    void lintFindingsShowEverywhere()
    {
        openSchool();
        DocumentController *doc = m_window->document();
        SqlPreviewPanel *preview = m_panels->preview();
        const QString dir = ProjectPaths::migrationsDir(doc);
        QVERIFY(!dir.isEmpty());
        sf::migrate::GenerateOptions options;
        options.now = "20240101000000";
        const auto generated = sf::migrate::Generator::generate(doc->project(), dir.toStdString(), "init", options);
        QVERIFY2(generated.status == sf::migrate::GenerateResult::Status::Written, generated.message.c_str());
        preview->reloadMigrations();
        QTRY_VERIFY2_WITH_TIMEOUT(preview->isUpToDate() && preview->upText().contains(QLatin1String("No changes")),
                                  qPrintable(preview->upText().left(400)), 20000);
        QVERIFY(preview->findings().empty());

        // A NOT NULL column without a default on a table that may hold rows: a warning offline.
        auto student = *doc->design().modelById("m-student");
        auto nickname = student.attributes.back();
        nickname.id = "a-student-nickname";
        nickname.name = "nickname";
        nickname.field.reset();
        nickname.allowNull = false;
        nickname.defaultValue = {};
        nickname.unique.reset();
        nickname.primaryKey.reset();
        nickname.autoIncrement.reset();
        student.attributes.push_back(nickname);
        doc->replaceModel(student);
        const auto hasRule = [](const std::vector<sf::lint::Finding> &findings) {
            for (const auto &f : findings)
                if (f.rule == "not-null-without-default")
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(preview->isUpToDate() && hasRule(preview->findings()), 20000);
        QVERIFY2(preview->upText().startsWith(QLatin1String("-- lint warning [not-null-without-default]")),
                 qPrintable(preview->upText().left(300)));
        QTRY_VERIFY_WITH_TIMEOUT(m_panels->problems()->lintCount() > 0, 5000);
        QCOMPARE(m_window->scene()->modelItem("m-student")->risk(), ModelItem::Risk::Warning);
        QVERIFY(m_window->scene()->modelItem("m-student")->toolTip().contains(QLatin1String("nickname")));
        QCOMPARE(m_window->scene()->modelItem("m-course")->risk(), ModelItem::Risk::None);

        GenerateMigrationDialog dialog(doc->project(), dir, QStringLiteral("sqlite"), true);
        QVERIFY(hasRule(dialog.lintFindings()));
        QVERIFY(dialog.findChild<QTreeWidget *>(QStringLiteral("generateLint")));

        // Taking the edit back clears the findings and the band.
        student.attributes.pop_back();
        doc->replaceModel(student);
        QTRY_VERIFY_WITH_TIMEOUT(preview->isUpToDate() && preview->findings().empty(), 20000);
        QCOMPARE(m_window->scene()->modelItem("m-student")->risk(), ModelItem::Risk::None);
        QCOMPARE(m_panels->problems()->lintCount(), 0);
    }

    void problemsAreLiveAndNavigate()
    {
        openSchool();
        ProblemsPanel *problems = m_panels->problems();
        const int before = problems->problemCount();
        DocumentController *doc = m_window->document();
        auto student = *doc->design().modelById("m-student");
        auto dup = student.attributes.back();
        dup.id = "a-student-dup";
        student.attributes.push_back(dup); // the same attribute name twice
        doc->replaceModel(student);
        QTRY_VERIFY_WITH_TIMEOUT(problems->problemCount() > before, 5000);

        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < problems->list()->topLevelItemCount(); ++i)
            if (problems->list()->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("m-student"))
                row = problems->list()->topLevelItem(i);
        QVERIFY(row);
        QSignalSpy activated(problems, &ProblemsPanel::objectActivated);
        Q_EMIT problems->list()->itemActivated(row, 0);
        QCOMPARE(activated.size(), 1);
        const auto selected = m_window->scene()->selectedModelIds();
        QCOMPARE(selected.size(), size_t(1));
        QCOMPARE(selected.front(), std::string("m-student"));
        QCOMPARE(m_window->propertyEditor()->currentId(), std::string("m-student"));
    }

    void exportModelFiles()
    {
        openSchool();
        int count = 0;
        const QString dir = m_tmp.filePath(QStringLiteral("models"));
        QCOMPARE(ModelExporter::writeTo(m_window->document()->design(), dir, &count), QString());
        QVERIFY(count >= 4);
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("index.js"))));
    }

    void connectionDialogTestsWithCoreApi()
    {
        const QString file = m_tmp.filePath(QStringLiteral("probe.sqlite"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly)); // an empty file is a valid SQLite database
        }
        ConnectionDialog dialog(m_tmp.path());
        dialog.setDialect(QStringLiteral("sqlite"));
        dialog.setSqliteFile(file);
        QCOMPARE(dialog.profileUrl(), QStringLiteral("sqlite:probe.sqlite"));
        QSignalSpy done(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QVERIFY(dialog.testResult().contains(QLatin1String("SQLite")));

        dialog.setSqliteFile(m_tmp.filePath(QStringLiteral("missing/none.sqlite")));
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 20000);
        QVERIFY(!done.at(1).at(0).toBool());
        QVERIFY(!dialog.testResult().isEmpty());

        dialog.setDialect(QStringLiteral("postgres"));
        QVERIFY(dialog.profileUrl().startsWith(QLatin1String("postgres://")));
        QVERIFY(dialog.sessionPassword().isEmpty());
    }

    void passwordsStayInMemory()
    {
        QString password;
        const QString stored =
            ConnectionStore::withoutPassword(QStringLiteral("postgres://u:s%40cret@h:5432/db"), &password);
        QCOMPARE(stored, QStringLiteral("postgres://u@h:5432/db"));
        QCOMPARE(password, QStringLiteral("s@cret"));
        QCOMPARE(ConnectionStore::withPassword(stored, password), QStringLiteral("postgres://u:s%40cret@h:5432/db"));
        const QString env = QStringLiteral("postgres://u:${PGPASS}@h/db");
        QCOMPARE(ConnectionStore::withoutPassword(env, &password), env);
        QVERIFY(password.isEmpty());
        QCOMPARE(ConnectionStore::withPassword(env, QStringLiteral("x")), env);
    }
};

QTEST_MAIN(TstDatabasePanels)
#include "tst_database_panels.moc"
