// Issue 18 section 5 on real databases: a narrowing that would cut values is refused naming the count
// (PostgreSQL would truncate silently); an undo that deletes data (an added column holding values, a
// created table with rows) is refused unless allowDestructive; restoring a dropped NOT NULL column
// without a default on a filled table gets a clear refusal (MariaDB would fill ''); undo --all with a
// missing migration file fails naming it; MariaDB's "undo with" hints come in reverse order.
#include "core/db/introspector.h"
#include "core/migrate/executor.h"
#include "core/migrate/history.h"
#include "core/migrate/migrationsteps.h"
#include "support/dbtesthelpers.h"
#include "support/schemabuilders.h"
#include "support/testenv.h"

#include <QtTest>

using namespace sf;

namespace {

using test::column;

schema::Table people()
{
    schema::Table t;
    t.name = "people";
    t.columns = {column("id", "INTEGER", false, {}, true), column("name", "STRING(20)"),
                 column("code", "STRING", false)};
    t.primaryKey = {"id"};
    return t;
}

migrate::MigrationSource source(const std::string &id, std::vector<ops::Operation> operations)
{
    return {id, "c-" + id, std::move(operations), {}};
}

std::vector<migrate::MigrationStep> plan(db::Connection &c, const std::vector<migrate::MigrationSource> &sources)
{
    auto steps = migrate::MigrationSteps::plan(sources, test::plannerDialect(c));
    for (const auto &s : steps)
        if (!s.planError.empty())
            qFatal("plan failed: %s", s.planError.c_str());
    return steps;
}

bool has(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TstUndoSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void narrowingChecksDataFirst_data() { SF_DIALECT_ROWS(); }
    void narrowingChecksDataFirst()
    {
        SF_MAKE_TARGET(t);
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const auto m1 = source("20240101000001-create", {ops::CreateTable{people()}});
        const auto m2 =
            source("20240101000002-narrow",
                   {ops::ChangeColumn{"people", column("name", "STRING(20)"), column("name", "STRING(8)")}});
        auto steps = plan(*conn, {m1, m2});
        migrate::ExecutorOptions first;
        first.target = m1.id;
        auto r = migrate::Executor(*conn, first).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        conn->exec("INSERT INTO people (id, name, code) VALUES (1, 'short', 'a'), (2, 'much too long', 'b'), "
                   "(3, 'also far too long', 'c'), (4, NULL, 'd')");
        r = migrate::Executor(*conn, {}).migrate(steps);
        if (conn->dialect() == "sqlite") {
            // SQLite keeps every value whatever the declared length: nothing to refuse, nothing lost.
            QVERIFY2(r.ok(), r.error.c_str());
            QCOMPARE(conn->scalar("SELECT name FROM people WHERE id = 3").value_or(""),
                     std::string("also far too long"));
            return;
        }
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::UserError);
        QVERIFY2(has(r.error, "would cut 2 row(s) longer than 8 characters"), r.error.c_str());
        QVERIFY2(has(r.error, "\"name\" of \"people\""), r.error.c_str());
        QVERIFY(r.done.empty());
        QCOMPARE(conn->scalar("SELECT name FROM people WHERE id = 3").value_or(""), std::string("also far too long"));
        QCOMPARE(migrate::History(*conn).read().size(), size_t(1));
        // Once the values fit, the same migration runs.
        conn->exec("UPDATE people SET name = 'fits' WHERE id IN (2, 3)");
        r = migrate::Executor(*conn, {}).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
    }

    void undoOfDataAsksFirst_data() { SF_DIALECT_ROWS(); }
    void undoOfDataAsksFirst()
    {
        SF_MAKE_TARGET(t);
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const auto m1 = source("20240101000001-create", {ops::CreateTable{people()}});
        const auto m2 = source(
            "20240101000002-add-note",
            {ops::AddColumn{"people", column("note", "TEXT"), -1, -1},
             ops::AddColumn{"people", column("score", "INTEGER", false, design::DefaultValue::number("0")), -1, -1}});
        auto steps = plan(*conn, {m1, m2});
        auto r = migrate::Executor(*conn, {}).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        // Empty columns (and values equal to the default) lose nothing: undo and redo run freely.
        conn->exec("INSERT INTO people (id, name, code) VALUES (1, 'a', 'x'), (2, 'b', 'y'), (3, 'c', 'z')");
        r = migrate::Executor(*conn, {}).undo(steps, migrate::UndoScope::Last);
        QVERIFY2(r.ok(), r.error.c_str());
        r = migrate::Executor(*conn, {}).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());

        conn->exec("UPDATE people SET note = 'keep me' WHERE id IN (1, 3)");
        conn->exec("UPDATE people SET score = 7 WHERE id = 2");
        r = migrate::Executor(*conn, {}).undo(steps, migrate::UndoScope::Last);
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::UserError);
        QCOMPARE(r.exitCode(), 1);
        QVERIFY2(has(r.error, "column \"note\" of \"people\" holds 2 value(s)"), r.error.c_str());
        QVERIFY2(has(r.error, "column \"score\" of \"people\" holds 1 value(s) other than its default"),
                 r.error.c_str());
        QVERIFY2(has(r.error, "--allow-destructive"), r.error.c_str());
        QCOMPARE(r.dataLoss.size(), size_t(2));
        QCOMPARE(conn->scalar("SELECT note FROM people WHERE id = 1").value_or(""), std::string("keep me"));

        // Undo --all also stops at the created table with rows.
        r = migrate::Executor(*conn, {}).undo(steps, migrate::UndoScope::All);
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::UserError);
        QVERIFY(r.done.empty());

        migrate::ExecutorOptions allow;
        allow.allowDestructive = true;
        r = migrate::Executor(*conn, allow).undo(steps, migrate::UndoScope::Last);
        QVERIFY2(r.ok(), r.error.c_str());
        r = migrate::Executor(*conn, {}).undo(steps, migrate::UndoScope::Last);
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::UserError);
        QVERIFY2(has(r.error, "table \"people\" has 3 row(s)"), r.error.c_str());
        r = migrate::Executor(*conn, allow).undo(steps, migrate::UndoScope::Last);
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(!test::allTables(*conn).contains(QStringLiteral("people")));
    }

    void restoringNotNullColumnNeedsAValue_data() { SF_DIALECT_ROWS(); }
    void restoringNotNullColumnNeedsAValue()
    {
        SF_MAKE_TARGET(t);
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const auto m1 = source("20240101000001-create", {ops::CreateTable{people()}});
        const auto m2 =
            source("20240101000002-drop-code", {ops::RemoveColumn{"people", column("code", "STRING", false), 2, -1}});
        auto steps = plan(*conn, {m1, m2});
        migrate::ExecutorOptions first;
        first.target = m1.id;
        auto r = migrate::Executor(*conn, first).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        conn->exec("INSERT INTO people (id, name, code) VALUES (1, 'a', 'x'), (2, 'b', 'y')");
        r = migrate::Executor(*conn, {}).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        const auto before = db::Introspector::introspect(*conn).schema;
        migrate::ExecutorOptions allow;
        allow.allowDestructive = true; // consent is not the point: the rows need a value
        r = migrate::Executor(*conn, allow).undo(steps, migrate::UndoScope::Last);
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::UserError);
        QVERIFY2(has(r.error, "restoring the dropped NOT NULL column \"code\" to \"people\" needs a value "
                              "for its 2 existing "
                              "row(s)"),
                 r.error.c_str());
        QVERIFY2(has(r.error, "default value in 20240101000002-drop-code.json"), r.error.c_str());
        // Nothing ran: no column filled with '' on MariaDB, history unchanged.
        QVERIFY(db::Introspector::introspect(*conn).schema == before);
        QCOMPARE(migrate::History(*conn).read().size(), size_t(2));
        // With a stated default the restore works on every database.
        const auto m2d = source(
            "20240101000002-drop-code",
            {ops::RemoveColumn{"people", column("code", "STRING", false, design::DefaultValue::string("?")), 2, -1}});
        steps = plan(*conn, {m1, m2d});
        r = migrate::Executor(*conn, allow).undo(steps, migrate::UndoScope::Last);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(conn->scalar("SELECT code FROM people WHERE id = 2").value_or(""), std::string("?"));
    }

    void undoAllWithMissingFileFails_data() { SF_DIALECT_ROWS(); }
    void undoAllWithMissingFileFails()
    {
        SF_MAKE_TARGET(t);
        auto conn = test::open(t.url);
        QVERIFY(conn);
        schema::Table other;
        other.name = "others";
        other.columns = {column("id", "INTEGER", false, {}, true)};
        other.primaryKey = {"id"};
        const auto m1 = source("20240101000001-create", {ops::CreateTable{people()}});
        const auto m2 = source("20240101000002-others", {ops::CreateTable{other}});
        auto r = migrate::Executor(*conn, {}).migrate(plan(*conn, {m1, m2}));
        QVERIFY2(r.ok(), r.error.c_str());
        // The file of the last migration is gone (a branch switch, a deleted file).
        const auto steps = plan(*conn, {m1});
        for (auto scope : {migrate::UndoScope::All, migrate::UndoScope::Last}) {
            r = migrate::Executor(*conn, {}).undo(steps, scope);
            QCOMPARE(r.outcome, migrate::RunResult::Outcome::UserError);
            QCOMPARE(r.exitCode(), 1);
            QVERIFY2(has(r.error, "20240101000002-others.js"), r.error.c_str());
            QVERIFY2(has(r.error, "migration file is missing"), r.error.c_str());
            QVERIFY(r.done.empty());
        }
        QVERIFY(test::allTables(*conn).contains(QStringLiteral("people")));
        QCOMPARE(migrate::History(*conn).read().size(), size_t(2));
    }

    void autocommitHintsInReverseOrder()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_MYSQL_URL", adminUrl);
        test::DbTarget t;
        QString error;
        QVERIFY2(test::makeTarget(QStringLiteral("mysql"), adminUrl, t, &error), qPrintable(error));
        auto conn = test::open(t.url);
        QVERIFY(conn);
        auto stmt = [](const std::string &sql, const std::string &reverse) {
            sql::Statement s;
            s.sql = sql;
            s.reverse = reverse;
            return s;
        };
        migrate::MigrationStep bad;
        bad.id = "20240101000001-bad";
        bad.fileName = bad.id + ".js";
        bad.up = {stmt("CREATE TABLE h1 (id INTEGER)", "DROP TABLE h1"),
                  stmt("ALTER TABLE h1 ADD COLUMN extra INTEGER", "ALTER TABLE h1 DROP COLUMN extra"),
                  stmt("CREATE TABLE h1 (id INTEGER)", "DROP TABLE h1")};
        const auto r = migrate::Executor(*conn, {}).migrate({bad});
        QCOMPARE(r.outcome, migrate::RunResult::Outcome::DatabaseError);
        const auto drop = r.error.find("undo with: ALTER TABLE h1 DROP COLUMN extra");
        const auto dropTable = r.error.find("undo with: DROP TABLE h1");
        QVERIFY2(drop != std::string::npos && dropTable != std::string::npos, r.error.c_str());
        QVERIFY2(drop < dropTable, r.error.c_str());
        // Running the hints as printed restores the database.
        conn->exec("ALTER TABLE h1 DROP COLUMN extra");
        conn->exec("DROP TABLE h1");
        QVERIFY(!test::allTables(*conn).contains(QStringLiteral("h1")));
    }
};

QTEST_GUILESS_MAIN(TstUndoSafety)
#include "tst_undo_safety.moc"
