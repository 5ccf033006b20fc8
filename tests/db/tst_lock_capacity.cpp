// Issue 18: a migration that locks more relations than PostgreSQL's lock table holds
// (max_locks_per_transaction x (max_connections + max_prepared_transactions)) is reported before
// anything runs, naming the settings and the split command; split into the parts it suggests, every
// part applies.
#include "core/migrate/executor.h"
#include "core/migrate/migrationfile.h"
#include "core/migrate/migrationsteps.h"
#include "core/migrate/splitter.h"
#include "support/dbtesthelpers.h"
#include "support/testenv.h"

#include <QDir>
#include <QRegularExpression>
#include <QtTest>

using namespace sf;

class TstLockCapacity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tooManyTablesForOneTransaction()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", adminUrl);
        test::DbTarget t;
        QString error;
        QVERIFY2(test::makeTarget(QStringLiteral("postgres"), adminUrl, t, &error), qPrintable(error));
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const int capacity = std::stoi(conn->scalar("SELECT current_setting('max_locks_per_transaction')::int * "
                                                    "(current_setting('max_connections')::int + "
                                                    "current_setting('max_prepared_transactions')::int)")
                                           .value_or("0"));
        QVERIFY(capacity > 0);
        // Each table: itself, TOAST, primary key, one index, one sequence = 5 relations.
        const int tables = capacity / 5 + 50;
        migrate::Migration m;
        m.id = "20240101000001-create-many";
        for (int i = 0; i < tables; ++i) {
            schema::Table tb;
            tb.name = "t" + std::to_string(i);
            schema::Column id;
            id.name = "id";
            id.type.kind = design::TypeKind::Integer;
            id.nullable = false;
            id.autoIncrement = true;
            schema::Column name;
            name.name = "name";
            name.type.kind = design::TypeKind::Text;
            tb.columns = {id, name};
            tb.primaryKey = {"id"};
            tb.indexes = {{{}, tb.name + "_name", {"name"}, false}};
            m.operations.push_back(ops::CreateTable{tb});
        }
        QTemporaryDir dir;
        migrate::saveTextFile(dir.filePath(QString::fromStdString(m.id + ".json")).toStdString(),
                              migrate::writeMigration(m));

        std::string loadError;
        auto sources = migrate::MigrationSteps::load(dir.path().toStdString(), &loadError);
        QVERIFY2(loadError.empty(), loadError.c_str());
        auto steps = migrate::MigrationSteps::plan(sources, "postgres");
        QCOMPARE(steps.size(), size_t(1));
        QVERIFY(steps[0].lockEstimate > capacity);
        auto r = migrate::Executor(*conn, {}).migrate(steps);
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::UserError);
        QVERIFY2(r.error.find("max_locks_per_transaction") != std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find("= " + std::to_string(capacity)) != std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find("nothing was applied") != std::string::npos, r.error.c_str());
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't%'")
                     .value_or(""),
                 std::string("0"));

        // Split as the message says.
        const QRegularExpression parts(QStringLiteral("--parts (\\d+)"));
        const auto match = parts.match(QString::fromStdString(r.error));
        QVERIFY2(match.hasMatch(), r.error.c_str());
        const auto split = migrate::Splitter::split(dir.path().toStdString(), m.id, match.captured(1).toInt());
        QVERIFY2(split.ok, split.message.c_str());
        sources = migrate::MigrationSteps::load(dir.path().toStdString(), &loadError);
        QVERIFY2(loadError.empty(), loadError.c_str());
        steps = migrate::MigrationSteps::plan(sources, "postgres");
        QCOMPARE(steps.size(), static_cast<size_t>(match.captured(1).toInt()));
        for (const auto &s : steps)
            QVERIFY2(s.lockEstimate <= capacity, s.id.c_str());
        QVERIFY(QFile::exists(dir.filePath(QString::fromStdString(steps[0].id + ".js"))));
        QVERIFY(!QFile::exists(dir.filePath(QString::fromStdString(m.id + ".json"))));
        r = migrate::Executor(*conn, {}).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't%'")
                     .value_or(""),
                 std::to_string(tables));
    }
};

QTEST_GUILESS_MAIN(TstLockCapacity)
#include "tst_lock_capacity.moc"
