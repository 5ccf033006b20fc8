// schemaforge-cli status / migrate / undo / drift end to end: exit codes 0/1/2/3, --json, profiles with
// ${VAR} from .env, and no password in anything printed.
#include "core/migrate/generator.h"
#include "core/project/projectfile.h"
#include "support/dbtesthelpers.h"
#include "support/process.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sf;

class TstCliDb : public QObject
{
    Q_OBJECT

    // The blog example in `dir` with one generated migration and a profile "env" = ${SF_T_DB_URL}.
    static bool makeProject(const QString &dir, const QString &url, QString *error)
    {
        const QString src = test::sourcePath(QStringLiteral("resources/examples/blog/blog.schemaforge.json"));
        auto loaded = project::ProjectFile::load(src.toStdString());
        if (!loaded.ok) {
            *error = QString::fromStdString(loaded.error);
            return false;
        }
        loaded.project.connections = {{"env", "${SF_T_DB_URL}"}, {"broken", "oracle://x@y/z"}};
        const QString file = QDir(dir).filePath(QStringLiteral("blog.schemaforge.json"));
        if (!project::ProjectFile::save(loaded.project, file.toStdString())) {
            *error = QStringLiteral("cannot save ") + file;
            return false;
        }
        QFile env(QDir(dir).filePath(QStringLiteral(".env")));
        if (!env.open(QIODevice::WriteOnly))
            return false;
        env.write("# test\nSF_T_DB_URL=" + url.toUtf8() + "\n");
        env.close();
        const std::string mig = QDir(dir).filePath(QStringLiteral("migrations")).toStdString();
        QDir().mkpath(QString::fromStdString(mig));
        migrate::GenerateOptions go;
        go.now = "20240101000000";
        const auto r = migrate::Generator::generate(loaded.project, mig, "init", go);
        if (r.status != migrate::GenerateResult::Status::Written)
            *error = QString::fromStdString(r.message);
        return r.status == migrate::GenerateResult::Status::Written;
    }

private Q_SLOTS:
    void endToEnd_data() { SF_DIALECT_ROWS(); }
    void endToEnd()
    {
        SF_MAKE_TARGET(t);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(makeProject(dir.path(), t.url, &error), qPrintable(error));
        test::ProcessOptions po;
        po.workingDirectory = dir.path();
        po.environment.remove(QStringLiteral("SF_T_DB_URL"));
        const QString secret = test::passwordOf(t.url);
        auto cli = [&](const QStringList &args) {
            auto r = test::runCli(args, po);
            if (!secret.isEmpty())
                [&] { QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), "password printed"); }();
            return r;
        };

        auto r = cli({QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("pending")));

        r = cli({QStringLiteral("migrate"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("CREATE TABLE")));
        QVERIFY(r.out.contains(QStringLiteral("nothing was changed")));

        r = cli({QStringLiteral("migrate"), QStringLiteral("--connection"), QStringLiteral("env")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("migrated")));

        r = cli({QStringLiteral("--json"), QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const auto status = r.outJson();
        QCOMPARE(status.value(QStringLiteral("migrations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("applied"));

        r = cli({QStringLiteral("drift")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("No drift")));

        // Someone changes the database by hand: drift names it, exit 3.
        {
            auto c = test::open(t.url);
            QVERIFY(c);
            c->exec("CREATE TABLE handmade (id INTEGER)");
        }
        r = cli({QStringLiteral("--json"), QStringLiteral("drift")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        const auto drift = r.outJson();
        QVERIFY2(drift.value(QStringLiteral("drift"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("\"handmade\" exists in the database but not in the migrations")),
                 qPrintable(r.out));

        r = cli({QStringLiteral("undo"), QStringLiteral("--all")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("reverted")));

        // user errors: exit 1
        r = cli({QStringLiteral("status"), QStringLiteral("--connection"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no connection profile \"nope\"")));
        r = cli({QStringLiteral("status"), QStringLiteral("--connection"), QStringLiteral("broken")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("unsupported URL scheme")));
        r = cli({QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("20990101000000-nope")});
        QCOMPARE(r.exitCode, 1);
        r = cli({QStringLiteral("migrate"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 1);
        // database errors: exit 2, no password
        if (t.dialect != QLatin1String("sqlite")) {
            r = cli({QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("--url"),
                     test::withPassword(t.url, QStringLiteral("Wr0ng-pw-123"))});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.out.contains(QStringLiteral("Wr0ng-pw-123")));
            const QJsonObject error = r.outJson().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("database-error"));
            QVERIFY2(
                error.value(QStringLiteral("message")).toString().contains(QStringLiteral("authentication failed")),
                qPrintable(r.out));
        }
    }
};

QTEST_GUILESS_MAIN(TstCliDb)
#include "tst_cli_db.moc"
