// Issue 18 section 5: schemaforge-cli killed with SIGKILL at a random point of `migrate` and of
// `undo --all` (a chain of migrations with foreign keys and indexes), on every database. The next run
// either just works or names the interrupted migration and refuses; then --resume or --rollback
// (alternately) must end with every migration applied and recorded (or all undone), no journal left
// and drift clean, without a line of manual SQL. Kill times are uniform over a measured run; the seed
// is printed (SF_TEST_KILL_SEED repeats a run). On MariaDB (DDL commits at once) some kills must hit
// mid-migration and be recovered through the journal: without it the next run fails.
#include "core/migrate/migrationfile.h"
#include "core/usecase/migrationsession.h"
#include "support/dbtesthelpers.h"
#include "support/process.h"
#include "support/schemabuilders.h"
#include "support/scratchproject.h"
#include "support/testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <memory>

using namespace sf;

namespace {

constexpr int kKills = 25; // per command and database

// Migration k: table t<k> with a name index; from k = 1 on a foreign key to t<k-1>, added by its own
// operation (its own statement, or SQLite's table rebuild), and a unique index.
migrate::Migration chainMigration(int k)
{
    const std::string t = "t" + std::to_string(k);
    migrate::Migration m;
    m.id = "2024010100" + QStringLiteral("%1").arg(k, 4, 10, QLatin1Char('0')).toStdString() + "-step-" + t;
    schema::Table table = test::tableWithId(
        t, {test::column("name", "STRING(40)"), test::column("code", "INTEGER"), test::column("parentId", "INTEGER")});
    m.operations.push_back(ops::CreateTable{table});
    m.operations.push_back(ops::AddIndex{t, schema::Index{t + "-name", t + "_name", {"name"}, false}});
    if (k > 0) {
        const std::string parent = "t" + std::to_string(k - 1);
        m.operations.push_back(ops::AddForeignKey{
            t,
            schema::ForeignKey{t + "-fk", t + "_parentId_fkey", {"parentId"}, parent, {"id"}, "CASCADE", "CASCADE"}});
        m.operations.push_back(ops::AddIndex{t, schema::Index{t + "-code", t + "_code", {"code"}, true}});
    }
    return m;
}

// Printed (and flushed) by migrate / undo as each migration starts: kill times count from the first.
const QByteArray kStarted = "== ";

struct Outcome {
    int exitCode = -1;
    bool interrupted = false; // an interrupted migration was found and recovered
    QString log;
};

} // namespace

class TstKillRecovery : public QObject
{
    Q_OBJECT

    QString m_dir;
    test::ProcessOptions m_po;
    int m_chain = 0;

    bool writeProject(const QString &dir, const QString &url, int chain, QString *error)
    {
        if (!test::copyExampleProject(QStringLiteral("blog"), QDir(dir).filePath(QStringLiteral("p.schemaforge.json")),
                                      error))
            return false;
        QDir().mkpath(QDir(dir).filePath(QStringLiteral("migrations")));
        for (int k = 0; k < chain; ++k) {
            const auto m = chainMigration(k);
            const QString path =
                QDir(dir).filePath(QStringLiteral("migrations/%1.json").arg(QString::fromStdString(m.id)));
            if (!test::writeTextFile(path, QByteArray::fromStdString(migrate::writeMigration(m)))) {
                *error = QStringLiteral("cannot write ") + path;
                return false;
            }
        }
        m_dir = dir;
        m_chain = chain;
        m_po.workingDirectory = dir;
        m_po.environment.insert(QStringLiteral("SF_T_KILL_URL"), url); // never on the command line
        return true;
    }

    test::ProcessResult cli(QStringList args, int killAfterMs = -1)
    {
        args << QStringLiteral("--url") << QStringLiteral("${SF_T_KILL_URL}");
        test::ProcessOptions po = m_po;
        po.killAfterMs = killAfterMs;
        po.marker = kStarted;
        return test::runCli(args, po);
    }

    std::unique_ptr<usecase::MigrationSession> session(const QString &url, QString *error)
    {
        usecase::ProjectContext context;
        std::string e;
        if (!usecase::ProjectContext::load(QDir(m_dir).filePath(QStringLiteral("p.schemaforge.json")).toStdString(),
                                           &context, &e)) {
            *error = QString::fromStdString(e);
            return nullptr;
        }
        auto s = std::make_unique<usecase::MigrationSession>(std::move(context));
        usecase::ConnectOptions co;
        co.url = url.toStdString();
        if (const auto ce = s->connect(co); !ce.ok()) {
            *error = QString::fromStdString(ce.message);
            return nullptr;
        }
        return s;
    }

    // The next run after a kill. When status reports an interrupted migration, the plain command must
    // refuse naming it (checked the first `checkRefusal` times) and --resume or --rollback (alternating
    // through *resumeNext) must get through; otherwise the plain command must.
    Outcome recover(const QString &url, const QStringList &command, bool *resumeNext, bool checkRefusal)
    {
        Outcome o;
        QString error;
        auto s = session(url, &error);
        if (!s) {
            o.log = error;
            return o;
        }
        const auto st = s->status();
        s.reset();
        QStringList args = command;
        if (st.interrupted) {
            o.interrupted = true;
            o.log = QStringLiteral("status: ") + QString::fromStdString(st.interruptedText) + QLatin1Char('\n');
            if (checkRefusal) {
                const auto r = cli(command);
                o.log += r.describe() + QLatin1Char('\n');
                const QString id = QString::fromStdString(st.interrupted->id());
                if (r.exitCode != 1 || !r.err.contains(id + QStringLiteral(" was interrupted")) ||
                    !r.err.contains(QStringLiteral("--rollback")))
                    return o; // exitCode -1: the refusal is missing
            }
            args << (*resumeNext ? QStringLiteral("--resume") : QStringLiteral("--rollback"));
            *resumeNext = !*resumeNext;
        }
        const auto r = cli(args);
        o.log += args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe();
        o.exitCode = r.exitCode;
        return o;
    }

    // Every migration applied (or none), nothing interrupted, drift clean: read in-process.
    QString checkState(const QString &url, bool applied)
    {
        QString failed;
        const auto session = this->session(url, &failed);
        if (!session)
            return failed;
        const auto st = session->status();
        if (!st.error.empty())
            return QString::fromStdString(st.error);
        if (st.interrupted)
            return QStringLiteral("still interrupted: ") + QString::fromStdString(st.interruptedText);
        int done = 0;
        for (const auto &e : st.entries)
            done += e.state == migrate::MigrationState::Applied;
        if (done != (applied ? m_chain : 0) || st.entries.size() != size_t(m_chain))
            return QStringLiteral("%1 of %2 migrations applied").arg(done).arg(st.entries.size());
        const auto drift = session->drift();
        if (!drift.error.empty())
            return QString::fromStdString(drift.error);
        QString items;
        for (const auto &i : drift.items)
            items += QString::fromStdString(i.message) + QLatin1Char('\n');
        return items.isEmpty() ? QString() : QStringLiteral("drift:\n") + items;
    }

private Q_SLOTS:
    void killAndRecover_data() { SF_DIALECT_ROWS(); }
    void killAndRecover()
    {
        SF_MAKE_TARGET(t);
        QTemporaryDir dir;
        QString error;
        // Kill times fall inside the migrations (from the first one's start), so short chains do.
        const int chain = dialect == QLatin1String("mysql") ? 5 : 3;
        QVERIFY2(writeProject(dir.path(), t.url, chain, &error), qPrintable(error));

        const QByteArray seedText = qgetenv("SF_TEST_KILL_SEED");
        const quint32 seed = seedText.isEmpty() ? QRandomGenerator::global()->generate() : seedText.toUInt();
        qInfo("%s: seed %u (SF_TEST_KILL_SEED=%u repeats it)", qPrintable(dialect), seed, seed);
        QRandomGenerator rng(seed);

        // Measured: one whole migrate and one whole undo --all, from the first migration on (the
        // process start before it changes nothing).
        auto r = cli({QStringLiteral("migrate")});
        QVERIFY2(r.exitCode == 0 && r.markerMs >= 0, qPrintable(r.describe()));
        const int migrateMs = r.durationMs - r.markerMs;
        r = cli({QStringLiteral("undo"), QStringLiteral("--all")});
        QVERIFY2(r.exitCode == 0 && r.markerMs >= 0, qPrintable(r.describe()));
        const int undoMs = r.durationMs - r.markerMs;
        qInfo("migrate %d ms, undo --all %d ms (%d migrations, from the first one's start)", migrateMs, undoMs, chain);
        QElapsedTimer timer;
        timer.start();

        bool resumeNext = true;
        int killedMigrate = 0, killedUndo = 0, recoveredMigrate = 0, recoveredUndo = 0;
        // A kill time past a run's end kills nothing (run times vary): go on until kKills of each struck.
        // The measured time includes the process's exit (long under the sanitizers), where a kill
        // hits nothing: kill times fall in the first 60 % of it.
        for (int i = 0; (killedMigrate < kKills || killedUndo < kKills) && i < 4 * kKills; ++i) {
            const int m = int(rng.bounded(quint32(migrateMs) * 6 / 10 + 1));
            r = cli({QStringLiteral("migrate")}, m);
            killedMigrate += r.killed;
            Outcome o = recover(t.url, {QStringLiteral("migrate")}, &resumeNext, recoveredMigrate < 2);
            recoveredMigrate += o.interrupted;
            QVERIFY2(o.exitCode == 0,
                     qPrintable(QStringLiteral("kill %1 of migrate at %2 ms:\n").arg(i).arg(m) + o.log));
            error = checkState(t.url, true);
            QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("after migrate killed at %1 ms: ").arg(m) + error +
                                                 QStringLiteral("\n") + o.log));

            const int u = int(rng.bounded(quint32(undoMs) * 6 / 10 + 1));
            r = cli({QStringLiteral("undo"), QStringLiteral("--all")}, u);
            killedUndo += r.killed;
            o = recover(t.url, {QStringLiteral("undo"), QStringLiteral("--all")}, &resumeNext, recoveredUndo < 2);
            recoveredUndo += o.interrupted;
            QVERIFY2(o.exitCode == 0, qPrintable(QStringLiteral("kill %1 of undo at %2 ms:\n").arg(i).arg(u) + o.log));
            error = checkState(t.url, false);
            QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("after undo killed at %1 ms: ").arg(u) + error +
                                                 QStringLiteral("\n") + o.log));
        }
        qInfo("%s: killed %d migrate / %d undo runs; interrupted migration reported and recovered after %d / %d; "
              "%lld s",
              qPrintable(dialect), killedMigrate, killedUndo, recoveredMigrate, recoveredUndo, timer.elapsed() / 1000);
        QVERIFY(killedMigrate >= kKills && killedUndo >= kKills);
        if (dialect == QLatin1String("mysql")) {
            // DDL commits statement by statement: some kills must have landed inside a migration, and
            // only the journal got the next run through them.
            QVERIFY2(recoveredMigrate > 0, "no kill of migrate hit a migration mid-way: lengthen the chain");
            QVERIFY2(recoveredUndo > 0, "no kill of undo hit a migration mid-way: lengthen the chain");
        }
    }
};

int main(int argc, char **argv)
{
    // 100+ CLI runs per database: on a loaded machine more than QtTest's default 5 minutes per row.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "900000");
    QCoreApplication app(argc, argv);
    TstKillRecovery test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_killrecovery.moc"
