// Drift::compare in plain words: missing/extra tables and columns, type, nullability, default,
// FK actions, unique keys and indexes; dialect-equal spellings (FLOAT = DOUBLE on PostgreSQL,
// "" = NO ACTION, unique index = unique constraint) are not drift; history tables are ignored.
#include "core/migrate/drift.h"

#include <QtTest>

using namespace sf;

namespace {

schema::Column col(const std::string &name, const char *type, bool nullable = true)
{
    schema::Column c;
    c.name = name;
    c.type = *design::DataType::parse(type);
    c.nullable = nullable;
    return c;
}

schema::Schema base()
{
    schema::Table a;
    a.name = "authors";
    a.columns = {col("id", "INTEGER", false), col("name", "STRING", false), col("ratio", "FLOAT")};
    a.columns[0].autoIncrement = true;
    a.primaryKey = {"id"};
    a.uniques = {{{}, "authors_name_key", {"name"}}};
    schema::Table b;
    b.name = "books";
    b.columns = {col("id", "INTEGER", false), col("authorId", "INTEGER"), col("title", "STRING(100)")};
    b.primaryKey = {"id"};
    b.foreignKeys = {{{}, "books_authorId_fkey", {"authorId"}, "authors", {"id"}, "CASCADE", ""}};
    b.indexes = {{{}, "books_title", {"title"}, false}};
    schema::Schema s;
    s.tables = {a, b};
    return s;
}

bool mentions(const std::vector<migrate::DriftItem> &items, const std::string &text)
{
    for (const auto &i : items)
        if (i.message.find(text) != std::string::npos)
            return true;
    return false;
}

std::string all(const std::vector<migrate::DriftItem> &items)
{
    std::string s;
    for (const auto &i : items)
        s += i.message + "\n";
    return s;
}

} // namespace

class TstDrift : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalIsNoDrift() { QVERIFY(migrate::Drift::compare(base(), base(), "postgres").empty()); }
    void dialectEquivalences()
    {
        auto actual = base();
        actual.table("authors")->column("ratio")->type = *design::DataType::parse("DOUBLE"); // float8 on PG
        actual.table("books")->foreignKeys[0].onUpdate = "NO ACTION";
        actual.table("books")->foreignKeys[0].name = "Books_ibfk_1";
        // unique constraint introspected as a unique index
        actual.table("authors")->uniques.clear();
        actual.table("authors")->indexes = {{{}, "authors_name_key", {"name"}, true}};
        actual.tables.push_back({});
        actual.tables.back().name = "SequelizeMeta";
        const auto items = migrate::Drift::compare(base(), actual, "postgres");
        QVERIFY2(items.empty(), all(items).c_str());
        // but FLOAT vs DOUBLE is real drift on MySQL (float4 vs float8)
        QVERIFY(mentions(migrate::Drift::compare(base(), actual, "mysql"), "type"));
    }
    void everyDifferenceInPlainWords()
    {
        auto actual = base();
        actual.tables.erase(actual.tables.begin() + 1); // books missing
        auto *a = actual.table("authors");
        a->columns.push_back(col("extra", "TEXT"));
        a->column("name")->type = *design::DataType::parse("STRING(20)");
        a->column("name")->nullable = true;
        a->column("ratio")->defaultValue = design::DefaultValue::number("1.5");
        a->uniques.clear();
        schema::Table handmade;
        handmade.name = "handmade";
        actual.tables.push_back(handmade);
        const auto items = migrate::Drift::compare(base(), actual, "postgres");
        const std::string text = all(items);
        QVERIFY2(mentions(items, "table \"books\" is missing from the database"), text.c_str());
        QVERIFY2(mentions(items, "table \"handmade\" exists in the database but not in the migrations"), text.c_str());
        QVERIFY2(mentions(items, "column \"authors\".\"extra\" exists in the database but not in the migrations"),
                 text.c_str());
        QVERIFY2(mentions(items, "the database has type VARCHAR(20), the migrations say VARCHAR(255)"), text.c_str());
        QVERIFY2(mentions(items, "the database allows NULL, the migrations say NOT NULL"), text.c_str());
        QVERIFY2(mentions(items, "the database default is 1.5, the migrations say no default"), text.c_str());
        QVERIFY2(mentions(items, "unique key on \"authors\"(name) is missing from the database"), text.c_str());
    }
    void foreignKeysAndIndexes()
    {
        auto actual = base();
        auto *b = actual.table("books");
        b->foreignKeys[0].onDelete = "SET NULL";
        b->indexes.clear();
        b->indexes.push_back({{}, "books_author", {"authorId"}, false});
        const auto items = migrate::Drift::compare(base(), actual, "postgres");
        const std::string text = all(items);
        QVERIFY2(mentions(items, "ON DELETE is SET NULL in the database, CASCADE in the migrations"), text.c_str());
        QVERIFY2(mentions(items, "index on \"books\"(title) is missing from the database"), text.c_str());
        QVERIFY2(mentions(items, "index on \"books\"(authorId) exists in the database but not in the migrations"),
                 text.c_str());
        QCOMPARE(items.size(), size_t(3));
    }
    void defaultsCompareByValue()
    {
        auto expected = base();
        auto actual = base();
        expected.table("authors")->columns.push_back(col("active", "BOOLEAN"));
        expected.table("authors")->columns.back().defaultValue = design::DefaultValue::boolean(true);
        actual.table("authors")->columns.push_back(col("active", "BOOLEAN"));
        actual.table("authors")->columns.back().defaultValue =
            design::DefaultValue::number("1"); // SQLite/MySQL spell it 1
        expected.table("authors")->columns.push_back(col("at", "DATE"));
        expected.table("authors")->columns.back().defaultValue = design::DefaultValue::sql("CURRENT_TIMESTAMP");
        actual.table("authors")->columns.push_back(col("at", "DATE"));
        actual.table("authors")->columns.back().defaultValue = design::DefaultValue::sql("now()");
        const auto items = migrate::Drift::compare(expected, actual, "sqlite");
        QVERIFY2(items.empty(), all(items).c_str());
    }
};

QTEST_GUILESS_MAIN(TstDrift)
#include "tst_drift.moc"
