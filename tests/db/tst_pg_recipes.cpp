// PostgreSQL recipes on the real server (libpqxx): every operation planned forward, checked against
// the catalogue, planned back, checked again, rows intact; each case in its own schema.
#include "core/ops/inverse.h"
#include "core/ops/replay.h"
#include "core/sql/dialect.h"
#include "core/sql/postgres/postgresdialect.h"
#include "support/testenv.h"
#include "unit/enginefixtures.h"

#include <QtTest>
#include <pqxx/pqxx>

#include <set>

using namespace sf;

namespace {

std::set<std::string> strings(pqxx::work &w, const std::string &sql)
{
    std::set<std::string> r;
    for (const auto &row : w.exec(sql))
        r.insert(row[0].c_str());
    return r;
}

// Catalogue facts of the current schema as sorted strings, and the same derived from a Schema.
std::set<std::string> seen(pqxx::work &w)
{
    std::set<std::string> r;
    for (const auto &x : strings(w, "SELECT 'col ' || table_name || '.' || column_name || ' ' || is_nullable FROM "
                                    "information_schema.columns WHERE table_schema = current_schema()"))
        r.insert(x);
    for (const auto &x :
         strings(w, "SELECT 'con ' || conrelid::regclass::text || ' ' || conname || ' ' || contype::text FROM "
                    "pg_constraint WHERE connamespace = current_schema()::regnamespace AND contype IN ('p','f','u')"))
        r.insert(x);
    for (const auto &x :
         strings(w, "SELECT 'idx ' || indexname FROM pg_indexes WHERE schemaname = current_schema() AND "
                    "indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = "
                    "current_schema()::regnamespace)"))
        r.insert(x);
    for (const auto &x :
         strings(w, "SELECT 'enum ' || typname || ' ' || (SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) "
                    "FROM pg_enum WHERE enumtypid = t.oid) FROM pg_type t WHERE typnamespace = "
                    "current_schema()::regnamespace AND typtype = 'e'"))
        r.insert(x);
    return r;
}

std::string rel(const std::string &table)
{
    // regclass::text quotes names that need it
    bool plain = !table.empty() && (std::islower(static_cast<unsigned char>(table[0])) || table[0] == '_');
    for (char c : table)
        plain = plain && (std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                          c == '_');
    return plain ? table : "\"" + table + "\"";
}

std::set<std::string> expected(const schema::Schema &s)
{
    std::set<std::string> r;
    for (const auto &t : s.tables) {
        for (const auto &c : t.columns) {
            const bool inPk = std::find(t.primaryKey.begin(), t.primaryKey.end(), c.name) != t.primaryKey.end();
            r.insert("col " + t.name + "." + c.name + " " + (c.nullable && !inPk ? "YES" : "NO"));
            if (c.type.kind == design::TypeKind::Enum) {
                std::string labels;
                for (const auto &v : c.type.enumValues)
                    labels += (labels.empty() ? "" : ",") + v;
                r.insert("enum " + sql::PostgresDialect::enumTypeName(t.name, c.name) + " " + labels);
            }
        }
        if (!t.primaryKey.empty())
            r.insert("con " + rel(t.name) + " " + sql::PostgresDialect::primaryKeyName(t.name) + " p");
        for (const auto &fk : t.foreignKeys)
            r.insert("con " + rel(t.name) + " " + fk.name + " f");
        for (const auto &u : t.uniques)
            r.insert("con " + rel(t.name) + " " + u.name + " u");
        for (const auto &ix : t.indexes)
            r.insert("idx " + ix.name);
    }
    return r;
}

std::string diffText(const std::set<std::string> &a, const std::set<std::string> &b)
{
    std::string r;
    for (const auto &x : a)
        if (!b.count(x))
            r += "  only in database: " + x + "\n";
    for (const auto &x : b)
        if (!a.count(x))
            r += "  only in schema:   " + x + "\n";
    return r;
}

void run(pqxx::work &w, const std::vector<sql::Statement> &statements)
{
    for (const auto &s : statements)
        w.exec0(s.sql);
}

const char *kRows[] = {
    "INSERT INTO grades (id, grade, \"createdAt\", \"updatedAt\") VALUES (1, 1, now(), now())",
    "INSERT INTO students (student_id, name, status, \"createdAt\", \"updatedAt\", \"gradeId\") VALUES "
    "('11111111-1111-1111-1111-111111111111', 'Ann', 'active', now(), now(), 1)",
    "INSERT INTO courses (id, course_name, \"createdAt\", \"updatedAt\") VALUES (1, 'Math', now(), now())",
    "INSERT INTO \"StudentCourse\" (\"studentId\", \"courseId\", \"createdAt\", \"updatedAt\") VALUES "
    "('11111111-1111-1111-1111-111111111111', 1, now(), now())",
};

} // namespace

class TstPgRecipes : public QObject
{
    Q_OBJECT
private:
    const std::vector<test::NamedOperation> m_ops = test::sampleOperations();

private Q_SLOTS:
    void perOperation_data() { test::addOperationRows(m_ops); }

    void perOperation()
    {
        QFETCH(int, index);
        QString url;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", url);
        const ops::Operation &op = m_ops[static_cast<size_t>(index)].op;
        const auto pg = sql::makeDialect("postgres");
        const schema::Schema base = test::school();
        schema::Schema after = base;
        ops::apply(after, op);
        const bool destructive = ops::destroysData(op);
        const std::string schemaName = "sf_recipe_" + std::to_string(index);
        pqxx::connection conn(url.toStdString());
        {
            pqxx::nontransaction n(conn);
            n.exec0("DROP SCHEMA IF EXISTS " + schemaName + " CASCADE");
            n.exec0("CREATE SCHEMA " + schemaName);
            n.exec0("SET search_path TO " + schemaName);
        }
        try {
            pqxx::work w(conn);
            run(w, pg->createScript(base));
            QCOMPARE(QString::fromStdString(diffText(seen(w), expected(base))), QString());
            if (!destructive)
                for (const char *row : kRows)
                    w.exec0(row);
            run(w, pg->planAll({op}, base).statements);
            QCOMPARE(QString::fromStdString(diffText(seen(w), expected(after))), QString());
            run(w, pg->planDown({op}, base).statements);
            QCOMPARE(QString::fromStdString(diffText(seen(w), expected(base))), QString());
            if (!destructive && !std::holds_alternative<ops::RawSql>(op)) {
                QCOMPARE(w.exec1("SELECT name FROM students")[0].as<std::string>(), std::string("Ann"));
                QCOMPARE(w.exec1("SELECT count(*) FROM \"StudentCourse\"")[0].as<int>(), 1);
            }
            w.commit();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        pqxx::nontransaction n(conn);
        n.exec0("DROP SCHEMA IF EXISTS " + schemaName + " CASCADE");
    }
};

QTEST_GUILESS_MAIN(TstPgRecipes)
#include "tst_pg_recipes.moc"
