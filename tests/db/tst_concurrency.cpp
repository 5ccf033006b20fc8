// Two schemaforge-cli migrate processes at once against one database: each migration is applied
// exactly once; while another run holds the lock a second one waits, or exits 4 on --lock-timeout.
#include "core/migrate/generator.h"
#include "core/migrate/lock.h"
#include "core/project/projectfile.h"
#include "support/dbtesthelpers.h"
#include "support/process.h"
#include "support/scratchproject.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace sf;

class TstConcurrency : public QObject
{
    Q_OBJECT

    // A project folder with the school example and its generated migration(s) in `dir`.
    static bool makeProject(const QString &dir, QString *error)
    {
        const QString dst = QDir(dir).filePath(QStringLiteral("school.schemaforge.json"));
        if (!test::copyExampleProject(QStringLiteral("school"), dst, error))
            return false;
        const auto loaded = project::ProjectFile::load(dst.toStdString());
        if (!loaded.ok) {
            *error = QString::fromStdString(loaded.error);
            return false;
        }
        const std::string mig = QDir(dir).filePath(QStringLiteral("migrations")).toStdString();
        QDir().mkpath(QString::fromStdString(mig));
        migrate::GenerateOptions go;
        go.now = "20240101000000";
        const auto r = migrate::Generator::generate(loaded.project, mig, "init", go);
        if (r.status != migrate::GenerateResult::Status::Written)
            *error = QString::fromStdString(r.message);
        return r.status == migrate::GenerateResult::Status::Written;
    }

    static QProcess *startCli(const QString &dir, const QStringList &args)
    {
        auto *p = new QProcess;
        p->setWorkingDirectory(dir);
        p->setProgram(QStringLiteral(SF_CLI_PATH));
        p->setArguments(args);
        p->start();
        return p;
    }

private Q_SLOTS:
    void twoProcesses_data() { SF_DIALECT_ROWS(); }
    void twoProcesses()
    {
        SF_MAKE_TARGET(t);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(makeProject(dir.path(), &error), qPrintable(error));
        auto holder = test::open(t.url);
        QVERIFY(holder);

        // 1. Hold the lock ourselves, start two runs; both must wait, then apply exactly once in total.
        const bool sqlite = holder->dialect() == "sqlite";
        migrate::MigrationLock lock(*holder);
        if (sqlite) {
            holder->exec("BEGIN IMMEDIATE");
        } else {
            std::string msg;
            QCOMPARE(lock.acquire({}, &msg), migrate::MigrationLock::Result::Acquired);
        }
        const QStringList args{QStringLiteral("--json"),         QStringLiteral("migrate"),
                               QStringLiteral("--url"),          t.url,
                               QStringLiteral("--lock-timeout"), QStringLiteral("30000")};
        std::unique_ptr<QProcess> a(startCli(dir.path(), args));
        std::unique_ptr<QProcess> b(startCli(dir.path(), args));
        QVERIFY(a->waitForStarted() && b->waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(a->state(), QProcess::Running); // waiting for the lock
        QCOMPARE(b->state(), QProcess::Running);
        if (sqlite)
            holder->exec("COMMIT");
        else
            lock.release();
        QVERIFY(a->waitForFinished(60000) && b->waitForFinished(60000));
        const QString outA = QString::fromUtf8(a->readAllStandardOutput());
        const QString outB = QString::fromUtf8(b->readAllStandardOutput());
        const QString errs = QString::fromUtf8(a->readAllStandardError() + b->readAllStandardError());
        QVERIFY2(a->exitCode() == 0 && b->exitCode() == 0, qPrintable(outA + outB + errs));
        const int appliedA = outA.count(QStringLiteral("\"status\": \"applied\""));
        const int appliedB = outB.count(QStringLiteral("\"status\": \"applied\""));
        QVERIFY2(appliedA + appliedB == 1, qPrintable(outA + outB));
        QCOMPARE(holder->scalar("SELECT COUNT(*) FROM " + holder->quoteIdentifier("SequelizeMeta")).value_or(""),
                 std::string("1"));
        QCOMPARE(holder->scalar("SELECT COUNT(*) FROM " + holder->quoteIdentifier("SchemaForgeMeta")).value_or(""),
                 std::string("1"));
        QVERIFY2(!outA.contains(test::passwordOf(t.url)) || test::passwordOf(t.url).isEmpty(), "password printed");

        // 2. Lock held and a short --lock-timeout: exit 4 with a clear message, nothing applied.
        if (sqlite) {
            holder->exec("BEGIN IMMEDIATE");
        } else {
            std::string msg;
            QCOMPARE(lock.acquire({}, &msg), migrate::MigrationLock::Result::Acquired);
        }
        test::ProcessOptions po;
        po.workingDirectory = dir.path();
        const auto r = test::runCli({QStringLiteral("undo"), QStringLiteral("--url"), t.url,
                                     QStringLiteral("--lock-timeout"), QStringLiteral("700")},
                                    po);
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("another migration run holds")), qPrintable(r.err));
        if (sqlite)
            holder->exec("COMMIT");
        else
            lock.release();
        QCOMPARE(holder->scalar("SELECT COUNT(*) FROM " + holder->quoteIdentifier("SequelizeMeta")).value_or(""),
                 std::string("1"));

        // 3. Two undo --all runs at once without our lock: the migration is undone once, both succeed.
        std::unique_ptr<QProcess> c(
            startCli(dir.path(), {QStringLiteral("undo"), QStringLiteral("--all"), QStringLiteral("--url"), t.url}));
        std::unique_ptr<QProcess> d(
            startCli(dir.path(), {QStringLiteral("undo"), QStringLiteral("--all"), QStringLiteral("--url"), t.url}));
        QVERIFY(c->waitForFinished(60000) && d->waitForFinished(60000));
        QVERIFY2(c->exitCode() == 0 && d->exitCode() == 0,
                 qPrintable(QString::fromUtf8(c->readAllStandardError() + d->readAllStandardError())));
        QCOMPARE(holder->scalar("SELECT COUNT(*) FROM " + holder->quoteIdentifier("SequelizeMeta")).value_or(""),
                 std::string("0"));
    }
};

QTEST_GUILESS_MAIN(TstConcurrency)
#include "tst_concurrency.moc"
