// The differ: matching by id, renames, ordering, cycles, and diff + replay reaching the wanted schema.
#include "core/diff/differ.h"
#include "core/ops/describe.h"
#include "core/ops/inverse.h"
#include "core/ops/replay.h"
#include "unit/enginefixtures.h"

#include <QtTest>

#include <algorithm>

using namespace sf;
using namespace sf::ops;

namespace {

schema::Schema sorted(schema::Schema s)
{
    std::sort(s.tables.begin(), s.tables.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return s;
}

schema::Schema replayed(const schema::Schema &from, const std::vector<Operation> &list)
{
    schema::Schema s = from;
    for (const auto &op : list)
        ops::apply(s, op);
    return s;
}

std::string dump(const std::vector<Operation> &list)
{
    std::string r;
    for (const auto &op : list)
        r += describe(op) + "\n";
    return r;
}

// Phase of an operation in the documented order.
int phase(const Operation &op)
{
    switch (op.index()) {
    case 10:
        return 0; // removeForeignKey
    case 8:
    case 12:
        return 1; // removeIndex, removeUnique
    case 1:
        return 2; // dropTable
    case 2:
        return 3; // renameTable
    case 0:
        return 4; // createTable
    case 3:
    case 4:
    case 5:
    case 6:
    case 14:
    case 15:
        return 5; // columns, table comment, column order
    case 7:
    case 11:
        return 6; // addIndex, addUnique
    case 9:
        return 7; // addForeignKey
    default:
        return 8;
    }
}

template <class T> int count(const std::vector<Operation> &list)
{
    return static_cast<int>(
        std::count_if(list.begin(), list.end(), [](const Operation &o) { return std::holds_alternative<T>(o); }));
}

} // namespace

class TstDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSchemaIsEmpty()
    {
        QVERIFY(diff::diff(test::school(), test::school()).empty());
        QVERIFY(diff::diff({}, {}).empty());
    }

    void fromEmptyCreatesEverything()
    {
        const auto list = diff::diff({}, test::school());
        QCOMPARE(count<CreateTable>(list), 4);
        QCOMPARE(count<AddForeignKey>(list), 0); // every target exists by the time its table is created
        QVERIFY(replayed({}, list) == test::school());
        // and back again
        schema::Schema s = replayed({}, list);
        for (size_t i = list.size(); i-- > 0;)
            ops::apply(s, inverse(list[i]));
        QVERIFY(s.tables.empty());
    }

    void dropEverything()
    {
        const auto list = diff::diff(test::school(), {});
        QVERIFY2(replayed(test::school(), list).tables.empty(), dump(list).c_str());
        QCOMPARE(count<DropTable>(list), 4);
    }

    void renamesAreMatchedById()
    {
        schema::Schema b = test::school();
        b.tables[1].name = "pupils";
        b.tables[3].foreignKeys[0].refTable = "pupils";
        b.tables[1].columns[1].name = "full_name";
        b.tables[1].uniques[0].columns = {"full_name"};
        const auto list = diff::diff(test::school(), b);
        QCOMPARE(list.size(), size_t(2));
        QVERIFY(std::holds_alternative<RenameTable>(list[0]));
        QCOMPARE(describe(list[1]), std::string("rename column name -> full_name in pupils"));
        QVERIFY(replayed(test::school(), list) == b);
    }

    void emptyIdsMatchByName()
    {
        schema::Schema a = test::school(), b = test::school();
        for (auto *s : {&a, &b})
            for (auto &t : s->tables) {
                t.id.clear();
                for (auto &c : t.columns)
                    c.id.clear();
            }
        b.tables[0].columns[1].type = test::type("BIGINT");
        const auto list = diff::diff(a, b);
        QCOMPARE(list.size(), size_t(1));
        QVERIFY(std::holds_alternative<ChangeColumn>(list[0]));
        QVERIFY(replayed(a, list) == b);
    }

    void columnChangesAndConstraints()
    {
        schema::Schema b = test::school();
        auto &st = b.tables[1];
        st.columns[1].nullable = true;            // change
        st.columns.erase(st.columns.begin() + 2); // remove status (and its index)
        st.indexes.clear();
        st.columns.insert(st.columns.begin() + 2, test::col("email", "STRING(120)")); // add
        st.uniques.push_back({"u-email", "students_email_key", {"email"}});
        st.foreignKeys[0].onDelete = "CASCADE"; // FK changed: remove + add
        const auto list = diff::diff(test::school(), b);
        QVERIFY2(replayed(test::school(), list) == b, dump(list).c_str());
        for (size_t i = 1; i < list.size(); ++i)
            QVERIFY2(phase(list[i - 1]) <= phase(list[i]), dump(list).c_str());
        QCOMPARE(count<RemoveColumn>(list), 1);
        QCOMPARE(count<AddColumn>(list), 1);
        QCOMPARE(count<RemoveForeignKey>(list), 1);
        QCOMPARE(count<AddForeignKey>(list), 1);
    }

    void cycleBetweenNewTables()
    {
        schema::Schema b;
        schema::Table a, c;
        a.id = "A";
        a.name = "a";
        a.columns = {test::idCol(), test::col("cId", "INTEGER")};
        a.primaryKey = {"id"};
        a.foreignKeys = {{"fa", "a_cId_fkey", {"cId"}, "c", {"id"}, "SET NULL", "CASCADE"}};
        c.id = "C";
        c.name = "c";
        c.columns = {test::idCol(), test::col("aId", "INTEGER")};
        c.primaryKey = {"id"};
        c.foreignKeys = {{"fc", "c_aId_fkey", {"aId"}, "a", {"id"}, "SET NULL", "CASCADE"}};
        b.tables = {a, c};
        const auto list = diff::diff({}, b);
        QCOMPARE(count<CreateTable>(list), 2);
        QCOMPARE(count<AddForeignKey>(list), 1);
        QVERIFY(std::holds_alternative<AddForeignKey>(list.back()));
        QVERIFY2(sorted(replayed({}, list)) == sorted(b), dump(list).c_str());
        // and dropping both again needs the cycle broken first
        const auto drop = diff::diff(b, {});
        QVERIFY2(replayed(b, drop).tables.empty(), dump(drop).c_str());
    }

    void selfReference()
    {
        schema::Schema b;
        schema::Table e;
        e.id = "E";
        e.name = "Employees";
        e.columns = {test::idCol(), test::col("managerId", "INTEGER")};
        e.primaryKey = {"id"};
        e.foreignKeys = {{"fm", "Employees_managerId_fkey", {"managerId"}, "Employees", {"id"}, "SET NULL", "CASCADE"}};
        b.tables = {e};
        const auto list = diff::diff({}, b);
        QCOMPARE(list.size(), size_t(1));
        QVERIFY(replayed({}, list) == b);
    }

    void swappedNamesGoThroughATemporaryName()
    {
        schema::Schema b = test::school();
        b.tables[0].columns[2].name = "updatedAt";
        b.tables[0].columns[3].name = "createdAt";
        const auto list = diff::diff(test::school(), b);
        QCOMPARE(count<RenameColumn>(list), 3);
        QVERIFY2(replayed(test::school(), list) == b, dump(list).c_str());
        schema::Schema t = test::school();
        std::swap(t.tables[0].name, t.tables[2].name);
        for (auto &tab : t.tables)
            for (auto &fk : tab.foreignKeys)
                fk.refTable = fk.refTable == "grades" ? "courses" : fk.refTable == "courses" ? "grades" : fk.refTable;
        const auto list2 = diff::diff(test::school(), t);
        QVERIFY2(replayed(test::school(), list2) == t, dump(list2).c_str());
    }

    void droppedAndRecreatedTableOfTheSameName()
    {
        schema::Schema b = test::school();
        b.tables[0].id = "t-grades-2"; // a different model now owns the name
        const auto list = diff::diff(test::school(), b);
        QVERIFY2(replayed(test::school(), list) == b || sorted(replayed(test::school(), list)) == sorted(b),
                 dump(list).c_str());
        QCOMPARE(count<DropTable>(list), 1);
        QCOMPARE(count<CreateTable>(list), 1);
    }

    void newPrimaryKeyColumnReplacesOld()
    {
        schema::Schema b = test::school();
        auto &g = b.tables[0];
        g.columns.erase(g.columns.begin());
        g.columns.insert(g.columns.begin(), test::col("code", "STRING(10)", false));
        g.primaryKey = {"code"};
        b.tables[1].foreignKeys.clear();
        const auto list = diff::diff(test::school(), b);
        QVERIFY2(replayed(test::school(), list) == b, dump(list).c_str());
    }

    void primaryKeyChangeOverExistingColumnsIsRefused()
    {
        schema::Schema b = test::school();
        b.tables[0].primaryKey = {"id", "grade"};
        try {
            diff::diff(test::school(), b);
            QFAIL("no error");
        } catch (const diff::DiffError &e) {
            QVERIFY2(std::string(e.what()).find("grades") != std::string::npos, e.what());
        }
    }

    void deterministic()
    {
        schema::Schema b = test::school();
        b.tables[2].columns.push_back(test::col("x", "TEXT"));
        b.tables.erase(b.tables.begin() + 3);
        QVERIFY(diff::diff(test::school(), b) == diff::diff(test::school(), b));
    }
};

QTEST_GUILESS_MAIN(TstDiff)
#include "tst_diff.moc"
