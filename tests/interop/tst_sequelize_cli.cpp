// The real sequelize-cli runs the migrations SchemaForge writes: on PostgreSQL and MariaDB, for
// every example project and a random design, `sequelize-cli db:migrate` and
// `schemaforge-cli migrate` produce the same schema (pg_dump / SHOW CREATE TABLE, normalised for
// constraint names only), undo:all leaves only SequelizeMeta, both tools read one history, and the
// exported model files make `sequelize.sync()` create the schema the migrations create.
#include "support/interopproject.h"
#include "support/process.h"
#include "support/schemadumper.h"
#include "support/scratchdb.h"
#include "support/scratchproject.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sf::test;

namespace {

const std::uint32_t kRandomSeed = 20261121;
int g_cases = 0;
int g_compared = 0;

// SF_TEST_NODE_MODULES; initTestCase fails when it is unusable.
QString nodeModules()
{
    QString error;
    return sf::test::nodeModules(&error);
}

ProcessResult sequelizeCli(const QString &dir, const QStringList &args)
{
    ProcessOptions o;
    o.workingDirectory = dir;
    o.environment.insert(QStringLiteral("NODE_PATH"), nodeModules());
    return runProcess(QDir(nodeModules()).filePath(QStringLiteral(".bin/sequelize-cli")), args, o);
}

ProcessResult cli(const QString &dir, const QStringList &args)
{
    ProcessOptions o;
    o.workingDirectory = dir;
    return runCli(QStringList{QStringLiteral("--project"), QStringLiteral("project.schemaforge.json")} + args, o);
}

// sequelize-cli db:migrate:status -> file names it reports "up".
QStringList sequelizeUp(const QString &dir)
{
    const ProcessResult r = sequelizeCli(dir, {QStringLiteral("db:migrate:status")});
    QStringList up;
    for (const QString &l : r.out.split(QLatin1Char('\n')))
        if (l.startsWith(QLatin1String("up ")))
            up << l.mid(3).trimmed();
    return up;
}

// schemaforge-cli status --json -> ids of applied migrations (any "applied*" state).
QStringList schemaforgeApplied(const QString &dir, const QString &url)
{
    const ProcessResult r =
        cli(dir, {QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("--url"), url});
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("migrations")).toArray();
    QStringList applied;
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("state")).toString().startsWith(QLatin1String("applied")))
            applied << o.value(QStringLiteral("id")).toString() + QStringLiteral(".js");
    }
    return applied;
}

// Line diff of two dumps for a failure message (empty when equal).
QString dumpDiff(const QString &a, const QString &b)
{
    const QStringList la = a.split(QLatin1Char('\n')), lb = b.split(QLatin1Char('\n'));
    QString out;
    if (qEnvironmentVariableIsSet("SF_INTEROP_KEEP_DUMPS")) {
        QFile fa(QStringLiteral("/tmp/sf-dump-a.txt")), fb(QStringLiteral("/tmp/sf-dump-b.txt"));
        if (fa.open(QIODevice::WriteOnly) && fb.open(QIODevice::WriteOnly)) {
            fa.write(a.toUtf8());
            fb.write(b.toUtf8());
        }
    }
    for (const QString &l : la)
        if (!lb.contains(l))
            out += QStringLiteral("- ") + l + QLatin1Char('\n');
    for (const QString &l : lb)
        if (!la.contains(l))
            out += QStringLiteral("+ ") + l + QLatin1Char('\n');
    return out;
}

} // namespace

class TstSequelizeCli : public QObject
{
    Q_OBJECT
private:
    // Writes the project (an example copy or a random design) and generates 1 + 5 migrations.
    bool prepare(const QString &dir, const QString &project, QString *error)
    {
        const QString file = QDir(dir).filePath(QStringLiteral("project.schemaforge.json"));
        if (project.startsWith(QLatin1String("random"))) {
            if (!writeRandomProject(file, kRandomSeed, error))
                return false;
        } else {
            if (!copyExampleProject(project, file, error))
                return false;
        }
        ProcessResult r = cli(dir, {QStringLiteral("generate")});
        if (r.exitCode != 0) {
            *error = QStringLiteral("generate (create) failed: ") + r.describe();
            return false;
        }
        for (int step = 0; step < interopEditCount(); ++step) {
            if (!applyInteropEdit(file, step, error))
                return false;
            r = cli(dir, {QStringLiteral("generate"), QStringLiteral("--allow-destructive")});
            if (r.exitCode != 0) {
                *error = QStringLiteral("generate (edit %1) failed: ").arg(step) + r.describe();
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(!sf::test::nodeModules(&error).isEmpty(), qPrintable(error));
        qInfo("random design seed: %u", kRandomSeed);
    }

    void migrateBothTools_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("dialect");
        for (const char *p : {"school", "library", "blog", "shop", "random"})
            for (const char *d : {"postgres", "mysql"})
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(p), QLatin1String(d))))
                    << QString::fromLatin1(p) << QString::fromLatin1(d);
    }

    void migrateBothTools()
    {
        QFETCH(QString, project);
        QFETCH(QString, dialect);
        QString url;
        SF_REQUIRE_DB_URL(dialect == QLatin1String("postgres") ? "SF_TEST_PG_URL" : "SF_TEST_MYSQL_URL", url);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(prepare(dir.path(), project, &error), qPrintable(error));
        const QStringList files = migrationFiles(dir.path());
        QVERIFY2(files.size() == 1 + interopEditCount(), qPrintable(files.join(QLatin1Char(' '))));

        ScratchDatabase viaSequelize(url, QStringLiteral("sf_interop_seq"));
        ScratchDatabase viaSchemaForge(url, QStringLiteral("sf_interop_sf"));
        QVERIFY2(viaSequelize.error().isEmpty(), qPrintable(viaSequelize.error()));
        QVERIFY2(viaSchemaForge.error().isEmpty(), qPrintable(viaSchemaForge.error()));

        QVERIFY2(writeSequelizeCliConfig(dir.path(), viaSequelize.url(), &error), qPrintable(error));
        ProcessResult r = sequelizeCli(dir.path(), {QStringLiteral("db:migrate")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli(dir.path(), {QStringLiteral("migrate"), QStringLiteral("--url"), viaSchemaForge.url()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        const DumpOptions opts{{QStringLiteral("SchemaForgeMeta"), QStringLiteral("SchemaForgeJournal")}};
        const QString a = dumpSchema(viaSequelize.url(), opts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString b = dumpSchema(viaSchemaForge.url(), opts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(a == b, qPrintable(QStringLiteral("sequelize-cli (-) and schemaforge-cli (+) schemas differ:\n") +
                                    dumpDiff(a, b)));
        ++g_compared;

        // Our drift check agrees that sequelize-cli's database is what our migrations describe.
        r = cli(dir.path(), {QStringLiteral("drift"), QStringLiteral("--url"), viaSequelize.url()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // Both tools read one history.
        QCOMPARE(sequelizeUp(dir.path()), files);
        QCOMPARE(schemaforgeApplied(dir.path(), viaSequelize.url()), files);

        // undo:all with the real sequelize-cli leaves only SequelizeMeta (and no PostgreSQL enum types).
        r = sequelizeCli(dir.path(), {QStringLiteral("db:migrate:undo:all")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(tableNames(viaSequelize.url(), &error), QStringList{QStringLiteral("SequelizeMeta")});
        if (viaSequelize.isPostgres())
            QCOMPARE(viaSequelize.query(
                         QStringLiteral("SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                                        "WHERE t.typtype = 'e' AND n.nspname = 'public'")),
                     QStringList{QStringLiteral("0")});
        ++g_cases;
    }

    void mixedHistory_data() { migrateBothTools_data(); }

    void mixedHistory()
    {
        QFETCH(QString, project);
        QFETCH(QString, dialect);
        QString url;
        SF_REQUIRE_DB_URL(dialect == QLatin1String("postgres") ? "SF_TEST_PG_URL" : "SF_TEST_MYSQL_URL", url);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(prepare(dir.path(), project, &error), qPrintable(error));
        const QStringList files = migrationFiles(dir.path());
        const int half = static_cast<int>(files.size() / 2);
        ScratchDatabase db(url, QStringLiteral("sf_interop_mix"));
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        QVERIFY2(writeSequelizeCliConfig(dir.path(), db.url(), &error), qPrintable(error));

        // First half with SchemaForge, the rest with sequelize-cli.
        QString halfId = files.at(half - 1);
        halfId.chop(3);
        ProcessResult r = cli(
            dir.path(), {QStringLiteral("migrate"), QStringLiteral("--url"), db.url(), QStringLiteral("--to"), halfId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(sequelizeUp(dir.path()), files.mid(0, half));
        QCOMPARE(schemaforgeApplied(dir.path(), db.url()), files.mid(0, half));
        r = sequelizeCli(dir.path(), {QStringLiteral("db:migrate")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(sequelizeUp(dir.path()), files);
        QCOMPARE(schemaforgeApplied(dir.path(), db.url()), files);
        r = cli(dir.path(), {QStringLiteral("drift"), QStringLiteral("--url"), db.url()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // Undo the last with sequelize-cli (it was applied by sequelize-cli), the one before with SchemaForge.
        r = sequelizeCli(dir.path(), {QStringLiteral("db:migrate:undo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(schemaforgeApplied(dir.path(), db.url()), files.mid(0, files.size() - 1));
        r = cli(dir.path(), {QStringLiteral("undo"), QStringLiteral("--url"), db.url()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(sequelizeUp(dir.path()), files.mid(0, files.size() - 2));
        QCOMPARE(schemaforgeApplied(dir.path(), db.url()), files.mid(0, files.size() - 2));
        // Undo the rest with sequelize-cli, including the ones SchemaForge applied.
        r = sequelizeCli(dir.path(), {QStringLiteral("db:migrate:undo:all")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(schemaforgeApplied(dir.path(), db.url()), QStringList());
        ++g_cases;
    }

    void exportedModelsMatchMigrations_data() { migrateBothTools_data(); }

    void exportedModelsMatchMigrations()
    {
        QFETCH(QString, project);
        QFETCH(QString, dialect);
        QString url;
        SF_REQUIRE_DB_URL(dialect == QLatin1String("postgres") ? "SF_TEST_PG_URL" : "SF_TEST_MYSQL_URL", url);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(prepare(dir.path(), project, &error), qPrintable(error));
        ProcessResult r = cli(dir.path(), {QStringLiteral("export-models"), QStringLiteral("models")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("models/index.js"))));

        const QString dialectName =
            dialect == QLatin1String("postgres") ? QStringLiteral("postgres") : QStringLiteral("mysql");
        QVERIFY(writeTextFile(QDir(dir.path()).filePath(QStringLiteral("config/config.json")),
                              QStringLiteral("{ \"development\": { \"use_env_variable\": \"SF_INTEROP_DB_URL\", "
                                             "\"dialect\": \"%1\", \"logging\": false } }\n")
                                  .arg(dialectName)
                                  .toUtf8()));
        QVERIFY(writeTextFile(QDir(dir.path()).filePath(QStringLiteral("sync.js")),
                              "const db = require('./models/index.js');\n"
                              "db.sequelize.sync().then(() => db.sequelize.close())\n"
                              "  .catch((e) => { console.error(e.message); process.exit(1); });\n"));

        ScratchDatabase viaSync(url, QStringLiteral("sf_interop_sync"));
        ScratchDatabase viaMigrations(url, QStringLiteral("sf_interop_mig"));
        QVERIFY2(viaSync.error().isEmpty(), qPrintable(viaSync.error()));
        QVERIFY2(viaMigrations.error().isEmpty(), qPrintable(viaMigrations.error()));
        ProcessOptions o;
        o.workingDirectory = dir.path();
        o.environment.insert(QStringLiteral("NODE_PATH"), nodeModules());
        o.environment.insert(QStringLiteral("SF_INTEROP_DB_URL"), viaSync.url());
        r = runProcess(QStringLiteral("node"), {QStringLiteral("sync.js")}, o);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli(dir.path(), {QStringLiteral("migrate"), QStringLiteral("--url"), viaMigrations.url()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        const DumpOptions opts{
            {QStringLiteral("SchemaForgeMeta"), QStringLiteral("SchemaForgeJournal"), QStringLiteral("SequelizeMeta")},
            true};
        const QString a = dumpSchema(viaSync.url(), opts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString b = dumpSchema(viaMigrations.url(), opts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(a == b,
                 qPrintable(QStringLiteral("sync() of the exported models (-) and the migrations (+) differ:\n") +
                            dumpDiff(a, b)));
        ++g_compared;
        ++g_cases;
    }

    void cleanupTestCase() { qInfo("interop: %d cases passed, %d schema pairs compared", g_cases, g_compared); }
};

QTEST_GUILESS_MAIN(TstSequelizeCli)
#include "tst_sequelize_cli.moc"
