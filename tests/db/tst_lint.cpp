// Lint on real databases (issue 18 section 1): each risky-pattern rule fires on a table with rows
// (naming the live row count) and stays quiet on an empty one; on PostgreSQL the lock level each
// finding claims is the strongest one pg_locks shows on the table while the statement's transaction
// is open.
#include "core/lint/linter.h"
#include "core/lint/locklevels.h"
#include "core/migrate/executor.h"
#include "core/migrate/migrationsteps.h"
#include "core/sql/dialect.h"
#include "support/dbtesthelpers.h"
#include "support/schemabuilders.h"
#include "support/testenv.h"

#include <QtTest>

#include <set>

using namespace sf;

namespace {

using test::column;

migrate::MigrationSource base()
{
    return {"20240101000001-base",
            "c1",
            {ops::CreateTable{test::tableWithId("people", {column("name", "STRING(20)"), column("code", "STRING"),
                                                           column("score", "INTEGER"), column("nick", "STRING"),
                                                           column("legacy", "STRING")})},
             ops::CreateTable{test::tableWithId("orders", {column("personId", "INTEGER"), column("note", "STRING")})},
             ops::CreateTable{test::tableWithId("obsolete", {column("x", "INTEGER")})}},
            {}};
}

// One operation per rule.
std::vector<std::pair<std::string, ops::Operation>> risky()
{
    schema::ForeignKey fk{{}, "orders_personId_fkey", {"personId"}, "people", {"id"}, "CASCADE", "CASCADE"};
    return {
        {"not-null-without-default", ops::AddColumn{"people", column("age", "INTEGER", false), -1, -1}},
        {"type-rewrite", ops::ChangeColumn{"people", column("score", "INTEGER"), column("score", "BIGINT")}},
        {"index-not-concurrent", ops::AddIndex{"people", {{}, "people_name", {"name"}, false}}},
        {"foreign-key-not-valid", ops::AddForeignKey{"orders", fk}},
        {"unique-on-rows", ops::AddUnique{"people", {{}, "people_code_key", {"code"}}}},
        {"rename", ops::RenameColumn{"orders", "note", "remark"}},
        {"drop-column", ops::RemoveColumn{"people", column("legacy", "STRING"), 5, -1}},
        {"drop-table", ops::DropTable{test::tableWithId("obsolete", {column("x", "INTEGER")})}},
        {"set-not-null", ops::ChangeColumn{"people", column("nick", "STRING"), column("nick", "STRING", false)}},
    };
}

std::set<std::string> rulesOf(const std::vector<lint::Finding> &fs, std::string *text)
{
    std::set<std::string> r;
    for (const auto &f : fs) {
        if (f.rule != "lock")
            r.insert(f.rule);
        *text += std::string(lint::toString(f.severity)) + " " + f.rule + ": " + f.message + "\n";
    }
    return r;
}

} // namespace

class TstLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesFireOnRowsOnly_data() { SF_DIALECT_ROWS(); }
    void rulesFireOnRowsOnly()
    {
        SF_MAKE_TARGET(t);
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const std::string planner = test::plannerDialect(*conn);
        const auto m1 = base();
        auto r = migrate::Executor(*conn, {}).migrate(migrate::MigrationSteps::plan({m1}, planner));
        QVERIFY2(r.ok(), r.error.c_str());
        std::string error;
        const schema::Schema before = migrate::MigrationSteps::replay({m1}, {m1.id}, &error);
        lint::LintOptions lo;
        lo.dialect = planner;
        lo.connection = conn.get();

        for (const auto &[rule, op] : risky()) {
            // Empty tables: only the lock finding, no risk.
            std::string text;
            const auto quiet = lint::Linter::lint({{"m2", {op}}}, before, lo);
            QVERIFY2(rulesOf(quiet, &text).empty(), (rule + " fired on an empty table:\n" + text).c_str());
        }
        conn->exec("INSERT INTO people (id, name, code, score, nick, legacy) VALUES (1, 'Ann', 'a', 1, NULL, 'l'), "
                   "(2, 'Bob', 'a', 2, 'b', NULL), (3, 'Cy', 'c', 3, 'c', NULL)");
        conn->exec("INSERT INTO orders (id, " + conn->quoteIdentifier("personId") + ", note) VALUES (1, 1, 'n')");
        conn->exec("INSERT INTO obsolete (id, x) VALUES (1, 1), (2, 2)");
        for (const auto &[rule, op] : risky()) {
            std::string text;
            const auto findings = lint::Linter::lint({{"m2", {op}}}, before, lo);
            const auto rules = rulesOf(findings, &text);
            if (rule == "index-not-concurrent" && planner != "postgres") {
                QVERIFY2(rules.empty(),
                         text.c_str()); // InnoDB and SQLite build indexes without blocking reads
                continue;
            }
            QVERIFY2(rules.count(rule), (rule + " did not fire on " + planner + ":\n" + text).c_str());
            bool rowsNamed = false;
            for (const auto &f : findings)
                rowsNamed = rowsNamed ||
                            (f.rule == rule && f.rows && *f.rows > 0 && f.message.find(" row") != std::string::npos);
            QVERIFY2(rowsNamed, text.c_str());
        }
        // The live counts: duplicates of the unique column and NULLs of the NOT NULL one are errors.
        std::string text;
        const auto findings = lint::Linter::lint({{"m2", {risky()[4].second, risky()[8].second}}}, before, lo);
        rulesOf(findings, &text);
        QVERIFY2(text.find("error unique-on-rows: m2: 1 value(s)") != std::string::npos, text.c_str());
        QVERIFY2(text.find("error set-not-null") != std::string::npos &&
                     text.find("1 row(s) hold NULL") != std::string::npos,
                 text.c_str());
        QVERIFY(lint::Linter::hasErrors(findings));
    }

    void postgresLockLevelsMatchPgLocks()
    {
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", adminUrl);
        test::DbTarget t;
        QString error;
        QVERIFY2(test::makeTarget(QStringLiteral("postgres"), adminUrl, t, &error), qPrintable(error));
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const auto m1 = base();
        auto r = migrate::Executor(*conn, {}).migrate(migrate::MigrationSteps::plan({m1}, "postgres"));
        QVERIFY2(r.ok(), r.error.c_str());
        conn->exec("INSERT INTO people (id, name, code, score, nick) VALUES (1, 'Ann', 'a', 1, 'x'), (2, "
                   "'Bob', 'b', 2, 'y')");
        std::string replayError;
        const schema::Schema before = migrate::MigrationSteps::replay({m1}, {m1.id}, &replayError);
        auto ops = risky();
        ops.push_back({"comment", ops::ChangeTableComment{"people", "", "people we know"}});
        ops.push_back({"default", ops::ChangeColumn{"people", column("code", "STRING"), [] {
                                                        auto c = column("code", "STRING");
                                                        c.defaultValue = design::DefaultValue::string("?");
                                                        return c;
                                                    }()}});
        const auto pg = sql::makeDialect("postgres");
        const std::vector<std::string> strength = {
            "AccessShareLock", "RowShareLock",          "RowExclusiveLock", "ShareUpdateExclusiveLock",
            "ShareLock",       "ShareRowExclusiveLock", "ExclusiveLock",    "AccessExclusiveLock"};
        int verified = 0;
        for (const auto &[rule, op] : ops) {
            if (rule == "not-null-without-default")
                continue; // fails on a table with rows, as its finding says
            const lint::LockInfo claim = lint::LockLevels::of(op, before, "postgres");
            const std::string table = ops::tableOf(op);
            const std::string oid =
                conn->scalar("SELECT " + conn->quoteLiteral(conn->quoteIdentifier(table)) + "::regclass::oid")
                    .value_or("0");
            conn->begin();
            for (const auto &s : pg->plan(op, before).statements)
                conn->exec(s.sql);
            const auto modes =
                conn->query("SELECT mode FROM pg_locks WHERE pid = pg_backend_pid() AND relation = " + oid).rows;
            conn->rollback();
            std::string strongest;
            for (const auto &m : modes) {
                const std::string mode = m[0].value_or("");
                const auto rank = [&](const std::string &x) {
                    return std::find(strength.begin(), strength.end(), x) - strength.begin();
                };
                if (strongest.empty() || rank(mode) > rank(strongest))
                    strongest = mode;
            }
            QVERIFY2(strongest == lint::LockLevels::pgLockMode(claim.lock),
                     (rule + ": claimed " + claim.lock + ", pg_locks shows " + strongest).c_str());
            ++verified;
        }
        QCOMPARE(verified, 10);
    }
};

QTEST_GUILESS_MAIN(TstLint)
#include "tst_lint.moc"
