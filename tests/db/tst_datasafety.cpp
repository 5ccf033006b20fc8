// Data safety on real databases: seeded rows survive renames, widened types, a NOT NULL column added
// with a default, and SQLite table rebuilds; foreign keys are still enforced afterwards (an insert
// that must fail does), and undo brings the rows back under their old names.
#include "core/db/dberror.h"
#include "core/db/introspector.h"
#include "core/migrate/executor.h"
#include "core/migrate/migrationsteps.h"
#include "support/dbtesthelpers.h"
#include "support/schemabuilders.h"
#include "support/testenv.h"

#include <QtTest>

using namespace sf;

namespace {

using test::column;

std::vector<migrate::MigrationSource> migrations()
{
    schema::Table authors;
    authors.name = "authors";
    authors.columns = {column("id", "INTEGER", false, {}, true), column("name", "STRING", false),
                       column("bio", "STRING(20)")};
    authors.primaryKey = {"id"};
    schema::Table books;
    books.name = "books";
    books.columns = {column("id", "INTEGER", false, {}, true), column("title", "STRING(50)"),
                     column("authorId", "INTEGER")};
    books.primaryKey = {"id"};
    books.foreignKeys = {{{}, "books_authorId_fkey", {"authorId"}, "authors", {"id"}, "CASCADE", "CASCADE"}};
    books.indexes = {{{}, "books_title", {"title"}, false}};

    migrate::MigrationSource m1{
        "20240101000001-create", "c1", {ops::CreateTable{authors}, ops::CreateTable{books}}, {}};

    ops::ChangeColumn widen{"authors", column("bio", "STRING(20)"), column("bio", "TEXT")};
    ops::AddColumn pages{"books", column("pages", "INTEGER", false, design::DefaultValue::number("0")), -1, -1};
    migrate::MigrationSource m2{
        "20240101000002-change",
        "c2",
        {ops::RenameColumn{"authors", "name", "fullName"}, widen, ops::RenameColumn{"books", "title", "headline"},
         pages, ops::ChangeColumn{"books", column("headline", "STRING(50)"), column("headline", "STRING(200)")},
         ops::RenameTable{"books", "volumes"}},
        {}};
    return {m1, m2};
}

} // namespace

class TstDataSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsSurvive_data() { SF_DIALECT_ROWS(); }
    void rowsSurvive()
    {
        SF_MAKE_TARGET(t);
        auto conn = test::open(t.url);
        QVERIFY(conn);
        const auto sources = migrations();
        const auto steps = migrate::MigrationSteps::plan(sources, test::plannerDialect(*conn));
        for (const auto &s : steps)
            QVERIFY2(s.planError.empty(), s.planError.c_str());
        auto q = [&](const std::string &ident) { return conn->quoteIdentifier(ident); };
        migrate::ExecutorOptions first;
        first.target = sources[0].id;
        auto r = migrate::Executor(*conn, first).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        conn->exec("INSERT INTO authors (id, name, bio) VALUES (1, 'Ann', 'short bio'), (2, 'Bob', NULL)");
        conn->exec("INSERT INTO books (id, title, " + q("authorId") +
                   ") VALUES (1, 'T1', 1), (2, 'T2', 2), (3, 'T3', 1)");

        r = migrate::Executor(*conn, {}).migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(conn->scalar("SELECT " + q("fullName") + " FROM authors WHERE id = 1").value_or(""),
                 std::string("Ann"));
        QCOMPARE(conn->scalar("SELECT bio FROM authors WHERE id = 1").value_or(""), std::string("short bio"));
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM volumes").value_or(""), std::string("3"));
        QCOMPARE(conn->scalar("SELECT headline FROM volumes WHERE id = 2").value_or(""), std::string("T2"));
        QCOMPARE(conn->scalar("SELECT SUM(pages) FROM volumes").value_or(""), std::string("0"));
        // widened: a 150-character headline and a long bio now fit
        conn->exec("UPDATE volumes SET headline = '" + std::string(150, 'h') + "' WHERE id = 1");
        conn->exec("UPDATE authors SET bio = '" + std::string(300, 'b') + "' WHERE id = 2");
        // the foreign key is still enforced: an unknown author must be refused
        bool refused = false;
        try {
            conn->exec("INSERT INTO volumes (id, headline, " + q("authorId") + ", pages) VALUES (9, 'x', 99, 1)");
        } catch (const db::DbError &) {
            refused = true;
        }
        QVERIFY2(refused, "insert with a dangling foreign key was accepted");
        // ON DELETE CASCADE survived
        conn->exec("DELETE FROM authors WHERE id = 2");
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM volumes").value_or(""), std::string("2"));
        // keys, index and auto-increment survived (SQLite rebuilds included)
        const auto s = db::Introspector::introspect(*conn).schema;
        const schema::Table *v = s.table("volumes");
        QVERIFY(v);
        QCOMPARE(v->foreignKeys.size(), size_t(1));
        QCOMPARE(v->foreignKeys[0].onDelete, std::string("CASCADE"));
        QVERIFY(v->column("id")->autoIncrement);
        QVERIFY(!v->column("pages")->nullable);
        bool indexed = false;
        for (const auto &i : v->indexes)
            indexed = indexed || i.columns == std::vector<std::string>{"headline"};
        QVERIFY2(indexed, "the index on the renamed column is gone");
        if (conn->dialect() == "sqlite") {
            QVERIFY(conn->query("PRAGMA foreign_key_check").rows.empty());
            QCOMPARE(conn->scalar("PRAGMA foreign_keys").value_or(""), std::string("1"));
        }

        // undo: rows come back under the old names (the long values are cut back only where the
        // type narrows; keep them short first so narrowing is lossless)
        conn->exec("UPDATE volumes SET headline = 'T1' WHERE id = 1");
        r = migrate::Executor(*conn, {}).undo(steps, migrate::UndoScope::Last);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(conn->scalar("SELECT name FROM authors WHERE id = 1").value_or(""), std::string("Ann"));
        QCOMPARE(conn->scalar("SELECT COUNT(*) FROM books").value_or(""), std::string("2"));
        QCOMPARE(conn->scalar("SELECT title FROM books WHERE id = 1").value_or(""), std::string("T1"));
    }
};

QTEST_GUILESS_MAIN(TstDataSafety)
#include "tst_datasafety.moc"
