// MariaDB recipes on the real server: every operation planned forward and checked against
// information_schema, undone statement by statement through each Statement's reverse, redone,
// planned back, and the raw catalogue (InnoDB's own foreign-key indexes included) compared with
// the one before; the forward state is also compared with a fresh database created at that state.
// Renaming a model, an attribute or an association's alias / foreign key keeps the rows.
#include "core/diff/differ.h"
#include "core/ops/describe.h"
#include "core/ops/inverse.h"
#include "core/ops/replay.h"
#include "core/schema/lowering.h"
#include "core/sql/dialect.h"
#include "support/dbtesthelpers.h"
#include "support/testenv.h"
#include "unit/enginefixtures.h"

#include <QtTest>

#include <set>

using namespace sf;

namespace {

std::set<std::string> strings(db::Connection &c, const std::string &sql)
{
    std::set<std::string> r;
    for (const auto &row : c.query(sql).rows)
        r.insert(row.at(0).value_or("<NULL>"));
    return r;
}

// Everything MariaDB records about the tables, as sorted lines: column types, order, defaults,
// comments, every index (InnoDB's implicit foreign-key indexes too), constraints and actions.
std::set<std::string> catalogue(db::Connection &c)
{
    std::set<std::string> r;
    auto add = [&](const std::string &sql) {
        for (const auto &x : strings(c, sql))
            r.insert(x);
    };
    add("SELECT CONCAT('table ', TABLE_NAME, ' ', ENGINE, ' comment=', TABLE_COMMENT) FROM information_schema.TABLES "
        "WHERE TABLE_SCHEMA = DATABASE()");
    add("SELECT CONCAT('col ', TABLE_NAME, '.', COLUMN_NAME, ' #', ORDINAL_POSITION, ' ', COLUMN_TYPE, ' null=', "
        "IS_NULLABLE, "
        "' default=', COALESCE(COLUMN_DEFAULT, '<none>'), ' extra=', EXTRA, ' comment=', COLUMN_COMMENT) "
        "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()");
    add("SELECT CONCAT('idx ', TABLE_NAME, '.', INDEX_NAME, ' nonunique=', NON_UNIQUE, ' (', "
        "GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX), ')') FROM information_schema.STATISTICS "
        "WHERE TABLE_SCHEMA = DATABASE() GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE");
    add("SELECT CONCAT('con ', TABLE_NAME, '.', CONSTRAINT_NAME, ' ', CONSTRAINT_TYPE) FROM "
        "information_schema.TABLE_CONSTRAINTS "
        "WHERE CONSTRAINT_SCHEMA = DATABASE()");
    add("SELECT CONCAT('fk ', k.TABLE_NAME, '.', k.CONSTRAINT_NAME, ' (', GROUP_CONCAT(k.COLUMN_NAME ORDER BY "
        "k.ORDINAL_POSITION), "
        "') -> ', k.REFERENCED_TABLE_NAME, ' (', GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION), "
        "') ', "
        "r.DELETE_RULE, '/', r.UPDATE_RULE) FROM information_schema.KEY_COLUMN_USAGE k JOIN "
        "information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.TABLE_SCHEMA AND "
        "r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND "
        "k.REFERENCED_TABLE_NAME IS NOT NULL GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME, "
        "r.DELETE_RULE, r.UPDATE_RULE");
    return r;
}

// The facts a Schema fixes, read from the server: nullability, column order, enum values, table
// comments, constraints by kind, and the indexes that are not constraints or InnoDB's own.
std::set<std::string> seen(db::Connection &c)
{
    std::set<std::string> r;
    auto add = [&](const std::string &sql) {
        for (const auto &x : strings(c, sql))
            r.insert(x);
    };
    add("SELECT CONCAT('col ', TABLE_NAME, '.', COLUMN_NAME, ' ', IS_NULLABLE) FROM information_schema.COLUMNS "
        "WHERE TABLE_SCHEMA = DATABASE()");
    add("SELECT CONCAT('order ', TABLE_NAME, ': ', GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION)) FROM "
        "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() GROUP BY TABLE_NAME");
    add("SELECT CONCAT('enum ', TABLE_NAME, '.', COLUMN_NAME, ' ', COLUMN_TYPE) FROM information_schema.COLUMNS "
        "WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE = 'enum'");
    add("SELECT CONCAT('comment ', TABLE_NAME, ': ', TABLE_COMMENT) FROM information_schema.TABLES WHERE TABLE_SCHEMA "
        "= DATABASE()");
    add("SELECT CONCAT('con ', TABLE_NAME, '.', CONSTRAINT_NAME, ' ', CONSTRAINT_TYPE) FROM "
        "information_schema.TABLE_CONSTRAINTS "
        "WHERE CONSTRAINT_SCHEMA = DATABASE()");
    add("SELECT DISTINCT CONCAT('idx ', s.TABLE_NAME, '.', s.INDEX_NAME) FROM information_schema.STATISTICS s "
        "WHERE s.TABLE_SCHEMA = DATABASE() AND s.INDEX_NAME NOT IN (SELECT CONSTRAINT_NAME FROM "
        "information_schema.TABLE_CONSTRAINTS t WHERE t.CONSTRAINT_SCHEMA = DATABASE() AND t.TABLE_NAME = "
        "s.TABLE_NAME)");
    return r;
}

std::set<std::string> expected(const schema::Schema &s)
{
    std::set<std::string> r;
    for (const auto &t : s.tables) {
        std::string order;
        for (const auto &c : t.columns) {
            const bool inPk = std::find(t.primaryKey.begin(), t.primaryKey.end(), c.name) != t.primaryKey.end();
            r.insert("col " + t.name + "." + c.name + " " + (c.nullable && !inPk ? "YES" : "NO"));
            order += (order.empty() ? "" : ",") + c.name;
            if (c.type.kind == design::TypeKind::Enum) {
                std::string values;
                for (const auto &v : c.type.enumValues)
                    values += (values.empty() ? "'" : ",'") + v + "'";
                r.insert("enum " + t.name + "." + c.name + " enum(" + values + ")");
            }
        }
        r.insert("order " + t.name + ": " + order);
        r.insert("comment " + t.name + ": " + t.comment);
        if (!t.primaryKey.empty())
            r.insert("con " + t.name + ".PRIMARY PRIMARY KEY");
        for (const auto &fk : t.foreignKeys)
            r.insert("con " + t.name + "." + fk.name + " FOREIGN KEY");
        for (const auto &u : t.uniques)
            r.insert("con " + t.name + "." + u.name + " UNIQUE");
        for (const auto &ix : t.indexes)
            r.insert(ix.unique ? "con " + t.name + "." + ix.name + " UNIQUE" : "idx " + t.name + "." + ix.name);
    }
    return r;
}

std::string diffText(const std::set<std::string> &db, const std::set<std::string> &want)
{
    std::string r;
    for (const auto &x : db)
        if (!want.count(x))
            r += "\n  only in the database: " + x;
    for (const auto &x : want)
        if (!db.count(x))
            r += "\n  only expected:        " + x;
    return r;
}

void run(db::Connection &c, const std::vector<sql::Statement> &statements)
{
    for (const auto &s : statements)
        c.exec(s.sql);
}

// Runs each statement's reverse, last statement first (a reverse may hold several statements).
void runReverses(db::Connection &c, const std::vector<sql::Statement> &statements)
{
    for (size_t i = statements.size(); i-- > 0;) {
        const std::string &rev = statements[i].reverse;
        size_t start = 0;
        while (start < rev.size()) {
            const size_t end = rev.find(";\n", start);
            c.exec(rev.substr(start, end == std::string::npos ? std::string::npos : end - start));
            start = end == std::string::npos ? rev.size() : end + 2;
        }
    }
}

void dropAll(db::Connection &c)
{
    c.exec("SET FOREIGN_KEY_CHECKS = 0");
    for (const auto &t : test::allTables(c))
        c.exec("DROP TABLE " + c.quoteIdentifier(t.toStdString()));
    c.exec("SET FOREIGN_KEY_CHECKS = 1");
}

const char *kRows[] = {
    "INSERT INTO grades (id, grade, createdAt, updatedAt) VALUES (1, 1, NOW(), NOW())",
    "INSERT INTO students (student_id, name, status, createdAt, updatedAt, gradeId) VALUES "
    "('11111111-1111-1111-1111-111111111111', 'Ann', 'active', NOW(), NOW(), 1)",
    "INSERT INTO courses (id, course_name, createdAt, updatedAt) VALUES (1, 'Math', NOW(), NOW())",
    "INSERT INTO StudentCourse (studentId, courseId, createdAt, updatedAt) VALUES "
    "('11111111-1111-1111-1111-111111111111', 1, NOW(), NOW())",
};

design::Attribute attribute(const std::string &id, const std::string &name, const char *type, bool allowNull = true)
{
    design::Attribute a;
    a.id = id;
    a.name = name;
    a.type = test::type(type);
    a.allowNull = allowNull;
    return a;
}

// Author hasMany Book (alias "books"), one attribute each.
design::Design library()
{
    design::Design d;
    design::Model author;
    author.id = "m-author";
    author.name = "Author";
    author.attributes = {attribute("a-name", "name", "STRING", false)};
    design::Model book;
    book.id = "m-book";
    book.name = "Book";
    book.attributes = {attribute("a-title", "title", "STRING(120)")};
    design::Association as;
    as.id = "as-1";
    as.kind = design::AssociationKind::OneToMany;
    as.source = author.id;
    as.target = book.id;
    as.as = "books";
    d.models = {author, book};
    d.associations = {as};
    return d;
}

} // namespace

class TstMysqlRecipes : public QObject
{
    Q_OBJECT
private:
    const std::vector<test::NamedOperation> m_ops = test::sampleOperations();

private Q_SLOTS:
    void perOperation_data() { test::addOperationRows(m_ops); }

    void perOperation()
    {
        QFETCH(int, index);
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_MYSQL_URL", adminUrl);
        test::ScratchDatabase scratch(adminUrl, QStringLiteral("sf_myrecipe"));
        QVERIFY2(!scratch.url().isEmpty(), qPrintable(scratch.error()));
        auto conn = test::open(scratch.url());
        QVERIFY(conn);
        const auto my = sql::makeDialect(test::plannerDialect(*conn));
        const ops::Operation &op = m_ops[static_cast<size_t>(index)].op;
        const schema::Schema base = test::school();
        schema::Schema after = base;
        ops::apply(after, op);
        const bool destructive = ops::destroysData(op);
        try {
            run(*conn, my->createScript(base));
            QCOMPARE(QString::fromStdString(diffText(seen(*conn), expected(base))), QString());
            if (!destructive)
                for (const char *row : kRows)
                    conn->exec(row);
            const auto before = catalogue(*conn);

            const auto up = my->planAll({op}, base).statements;
            run(*conn, up);
            QCOMPARE(QString::fromStdString(diffText(seen(*conn), expected(after))), QString());
            // every statement's own reverse, newest first, undoes the migration exactly
            runReverses(*conn, up);
            QCOMPARE(QString::fromStdString(diffText(catalogue(*conn), before)), QString());
            run(*conn, up);
            const auto forward = catalogue(*conn);

            run(*conn, my->planDown({op}, base).statements);
            QCOMPARE(QString::fromStdString(diffText(catalogue(*conn), before)), QString());
            QCOMPARE(QString::fromStdString(diffText(seen(*conn), expected(base))), QString());
            if (!destructive && !std::holds_alternative<ops::RawSql>(op)) {
                QCOMPARE(conn->scalar("SELECT name FROM students").value_or(""), std::string("Ann"));
                QCOMPARE(conn->scalar("SELECT COUNT(*) FROM StudentCourse").value_or(""), std::string("1"));
                QCOMPARE(conn->scalar("SELECT course_name FROM courses").value_or(""), std::string("Math"));
            }

            // the forward state equals a database created at that state from scratch
            dropAll(*conn);
            run(*conn, my->createScript(after));
            QCOMPARE(QString::fromStdString(diffText(forward, catalogue(*conn))), QString());
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    // Renames found by id (model, attribute, association foreign key) keep every row; an alias is
    // not physical at all. Up, then down, each compared with a fresh database at that state.
    void renameKeepsRows_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("model") << QStringLiteral("model");
        QTest::newRow("attribute") << QStringLiteral("attribute");
        QTest::newRow("association alias") << QStringLiteral("alias");
        QTest::newRow("association foreign key") << QStringLiteral("foreignKey");
    }

    void renameKeepsRows()
    {
        QFETCH(QString, what);
        QString adminUrl;
        SF_REQUIRE_DB_URL("SF_TEST_MYSQL_URL", adminUrl);
        test::ScratchDatabase scratch(adminUrl, QStringLiteral("sf_myrename"));
        QVERIFY2(!scratch.url().isEmpty(), qPrintable(scratch.error()));
        auto conn = test::open(scratch.url());
        QVERIFY(conn);
        const std::string dialect = test::plannerDialect(*conn);
        const auto my = sql::makeDialect(dialect);
        const auto lo = schema::LoweringOptions::forDialect(dialect);

        const design::Design a = library();
        design::Design b = a;
        std::string books = "Books", title = "title", name = "name", fk = "authorId";
        if (what == QLatin1String("model")) {
            b.models[1].name = "Volume";
            books = "Volumes";
        } else if (what == QLatin1String("attribute")) {
            b.models[0].attributes[0].name = "fullName";
            b.models[1].attributes[0].name = "headline";
            title = "headline";
            name = "fullName";
        } else if (what == QLatin1String("alias")) {
            b.associations[0].as = "works";
        } else {
            b.associations[0].foreignKey = "writerId";
            fk = "writerId";
        }
        const schema::Schema la = schema::lower(a, lo), lb = schema::lower(b, lo);
        const auto list = diff::diff(la, lb);
        if (what == QLatin1String("alias"))
            QVERIFY(list.empty());
        else
            QVERIFY(!list.empty());
        for (const auto &op : list)
            QVERIFY2(!ops::destroysData(op), ops::describe(op).c_str());
        try {
            run(*conn, my->createScript(lb));
            const auto fresh = catalogue(*conn);
            dropAll(*conn);
            run(*conn, my->createScript(la));
            const auto before = catalogue(*conn);
            conn->exec("INSERT INTO Authors (id, name, createdAt, updatedAt) VALUES (1, 'Ann', NOW(), NOW()), (2, "
                       "'Bob', NOW(), NOW())");
            conn->exec(
                "INSERT INTO Books (id, title, authorId, createdAt, updatedAt) VALUES (1, 'T1', 1, NOW(), NOW()), "
                "(2, 'T2', 2, NOW(), NOW()), (3, 'T3', 1, NOW(), NOW())");

            run(*conn, my->planAll(list, la).statements);
            QCOMPARE(QString::fromStdString(diffText(catalogue(*conn), fresh)), QString());
            const std::string q = "SELECT a." + name + ", b." + title + " FROM " + books +
                                  " b JOIN Authors a ON a.id = b." + fk + " WHERE b.id = 3";
            QCOMPARE(conn->scalar(q).value_or(""), std::string("Ann"));
            QCOMPARE(conn->query(q).rows.at(0).at(1).value_or(""), std::string("T3"));
            QCOMPARE(conn->scalar("SELECT COUNT(*) FROM " + books).value_or(""), std::string("3"));
            bool refused = false;
            try {
                conn->exec("INSERT INTO " + books + " (id, " + title + ", " + fk +
                           ", createdAt, updatedAt) VALUES (9, 'x', 99, NOW(), NOW())");
            } catch (const std::exception &) {
                refused = true;
            }
            QVERIFY2(refused, "the foreign key is no longer enforced");

            run(*conn, my->planDown(list, la).statements);
            QCOMPARE(QString::fromStdString(diffText(catalogue(*conn), before)), QString());
            QCOMPARE(
                conn->scalar("SELECT b.title FROM Books b JOIN Authors a ON a.id = b.authorId WHERE a.name = 'Bob'")
                    .value_or(""),
                std::string("T2"));
            QCOMPARE(conn->scalar("SELECT COUNT(*) FROM Books").value_or(""), std::string("3"));
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TstMysqlRecipes)
#include "tst_mysql_recipes.moc"
