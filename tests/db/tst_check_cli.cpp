// schemaforge-cli check (issue 18 section 4) end to end: the school example passes on the default
// embedded SQLite scratch and on PostgreSQL/MariaDB scratch databases; a migration whose down does
// not restore the schema fails the round trip (exit 1, naming it); a design change without its
// migration fails "in step"; --json reports each step.
#include "core/migrate/migrationfile.h"
#include "core/project/projectfile.h"
#include "support/dbtesthelpers.h"
#include "support/process.h"
#include "support/scratchproject.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sf;

namespace {

// The school example copied into `dir` (project file and migrations).
// A hand-edited migration whose down forgets to drop what its up created.
void addBrokenDown(const QString &dir)
{
    migrate::Migration m{"20991231000000-stray", {ops::RawSql{"CREATE TABLE stray (id INTEGER)", "SELECT 1"}}};
    migrate::saveTextFile(QDir(dir).filePath(QString::fromStdString(m.id + ".json")).toStdString(),
                          migrate::writeMigration(m));
}

QStringList scratchArgs(const test::DbTarget &t)
{
    return t.dialect == QLatin1String("sqlite") ? QStringList{} : QStringList{QStringLiteral("--url"), t.url};
}

} // namespace

class TstCheckCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleRoundTrips_data() { SF_DIALECT_ROWS(); }
    void exampleRoundTrips()
    {
        SF_MAKE_TARGET(t);
        QTemporaryDir dir;
        QVERIFY(test::copyExampleFolder(QStringLiteral("school"), dir.path()));
        test::ProcessOptions po;
        po.workingDirectory = dir.path();
        auto r = test::runCli(QStringList{QStringLiteral("check")} + scratchArgs(t), po);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("check passed")), qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("round-trip ok")));
        const QString secret = test::passwordOf(t.url);
        if (!secret.isEmpty())
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), "password printed");
    }

    void downThatDoesNotRestoreFails_data() { SF_DIALECT_ROWS(); }
    void downThatDoesNotRestoreFails()
    {
        SF_MAKE_TARGET(t);
        QTemporaryDir dir;
        QVERIFY(test::copyExampleFolder(QStringLiteral("school"), dir.path()));
        addBrokenDown(dir.path() + QStringLiteral("/migrations"));
        test::ProcessOptions po;
        po.workingDirectory = dir.path();
        auto r = test::runCli(QStringList{QStringLiteral("--json"), QStringLiteral("check")} + scratchArgs(t), po);
        QCOMPARE(r.exitCode, 1);
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(r.describe()));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 1);
        bool roundTripFailed = false;
        for (const auto &s : o.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = s.toObject();
            if (step.value(QStringLiteral("name")).toString() == QLatin1String("round-trip")) {
                roundTripFailed = !step.value(QStringLiteral("ok")).toBool(true);
                const QString problems =
                    QString::fromUtf8(QJsonDocument(step.value(QStringLiteral("problems")).toArray()).toJson());
                QVERIFY2(problems.contains(QStringLiteral("20991231000000-stray: down does not restore the schema")),
                         qPrintable(problems));
                QVERIFY2(problems.contains(QStringLiteral("stray")), qPrintable(problems));
            } else {
                QVERIFY2(step.value(QStringLiteral("ok")).toBool(), qPrintable(r.out));
            }
        }
        QVERIFY2(roundTripFailed, qPrintable(r.out));
        // The lint of the raw SQL is reported as a warning, not an error.
        QVERIFY(r.out.contains(QStringLiteral("raw-sql")));
    }

    void designChangeWithoutMigrationFails()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyExampleFolder(QStringLiteral("school"), dir.path()));
        const QString file = dir.filePath(QStringLiteral("school.schemaforge.json"));
        auto loaded = project::ProjectFile::load(file.toStdString());
        QVERIFY(loaded.ok);
        design::Attribute a;
        a.id = "a-extra-nickname";
        a.name = "nickname";
        a.type = *design::DataType::parse("STRING");
        loaded.project.design.models.front().attributes.push_back(a);
        QVERIFY(project::ProjectFile::save(loaded.project, file.toStdString()));
        test::ProcessOptions po;
        po.workingDirectory = dir.path();
        const auto r = test::runCli({QStringLiteral("check")}, po);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("in-step     FAILED")) ||
                     r.out.contains(QStringLiteral("in-step    FAILED")),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("nickname")), qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("round-trip ok")), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TstCheckCli)
#include "tst_check_cli.moc"
