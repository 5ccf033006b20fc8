// Operations: exact inverse, replay, traits, descriptions and JSON round trips.
#include "core/ops/describe.h"
#include "core/ops/inverse.h"
#include "core/ops/opjson.h"
#include "core/ops/replay.h"
#include "unit/enginefixtures.h"

#include <QtTest>

using namespace sf;
using namespace sf::ops;

class TstOperations : public QObject
{
    Q_OBJECT
private:
    const std::vector<test::NamedOperation> m_ops = test::sampleOperations();

    void rows()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < m_ops.size(); ++i)
            QTest::newRow(m_ops[i].name.c_str()) << static_cast<int>(i);
    }

private Q_SLOTS:
    void inverseIsInvolution_data() { rows(); }
    void inverseIsInvolution()
    {
        QFETCH(int, index);
        const Operation &op = m_ops[static_cast<size_t>(index)].op;
        QVERIFY(inverse(inverse(op)) == op);
        QVERIFY(isReversible(op));
    }

    void replayThenInverseRestores_data() { rows(); }
    void replayThenInverseRestores()
    {
        QFETCH(int, index);
        const Operation &op = m_ops[static_cast<size_t>(index)].op;
        const schema::Schema base = test::school();
        schema::Schema s = base;
        ops::apply(s, op);
        if (!std::holds_alternative<RawSql>(op))
            QVERIFY2(!(s == base), "the operation changed nothing");
        ops::apply(s, inverse(op));
        QVERIFY2(s == base, describe(op).c_str());
    }

    void jsonRoundTrip_data() { rows(); }
    void jsonRoundTrip()
    {
        QFETCH(int, index);
        const Operation &op = m_ops[static_cast<size_t>(index)].op;
        const auto j = toJson(op);
        const Operation back = operationFromJson(nlohmann::ordered_json::parse(j.dump()));
        QVERIFY2(back == op, j.dump().c_str());
        QCOMPARE(j["op"].get<std::string>(), std::string(kindName(op)));
    }

    void describeIsOneLine_data() { rows(); }
    void describeIsOneLine()
    {
        QFETCH(int, index);
        const std::string d = describe(m_ops[static_cast<size_t>(index)].op);
        QVERIFY(!d.empty());
        QVERIFY(d.find('\n') == std::string::npos);
    }

    void describeSpelling()
    {
        QCOMPARE(describe(RenameColumn{"posts", "title", "headline"}),
                 std::string("rename column title -> headline in posts"));
        schema::Table t;
        t.name = "students";
        QCOMPARE(describe(CreateTable{t}), std::string("create table students"));
        QCOMPARE(describe(AddColumn{"users", test::col("email", "STRING"), -1, -1}),
                 std::string("add column email to users"));
    }

    void renameTableUpdatesReferences()
    {
        schema::Schema s = test::school();
        ops::apply(s, RenameTable{"students", "pupils"});
        QCOMPARE(s.table("StudentCourse")->foreignKeys[0].refTable, std::string("pupils"));
        QVERIFY(s.table("pupils"));
        QVERIFY(!s.table("students"));
    }

    void renameColumnUpdatesKeysEverywhere()
    {
        schema::Schema s = test::school();
        ops::apply(s, RenameColumn{"students", "student_id", "sid"});
        QCOMPARE(s.table("students")->primaryKey, std::vector<std::string>{"sid"});
        QCOMPARE(s.table("StudentCourse")->foreignKeys[0].refColumns, std::vector<std::string>{"sid"});
        ops::apply(s, RenameColumn{"students", "name", "fullName"});
        QCOMPARE(s.table("students")->uniques[0].columns, std::vector<std::string>{"fullName"});
        ops::apply(s, RenameColumn{"students", "status", "state"});
        QCOMPARE(s.table("students")->indexes[0].columns, std::vector<std::string>{"state"});
        ops::apply(s, RenameColumn{"students", "gradeId", "grade_id"});
        QCOMPARE(s.table("students")->foreignKeys[0].columns, std::vector<std::string>{"grade_id"});
    }

    void missingTableOrColumnIsAClearError()
    {
        schema::Schema s = test::school();
        const schema::Schema before = s;
        try {
            ops::apply(s, AddColumn{"nope", test::col("x", "INTEGER"), -1, -1});
            QFAIL("no error");
        } catch (const ReplayError &e) {
            QVERIFY2(std::string(e.what()).find("table nope does not exist") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("add column x to nope") != std::string::npos, e.what());
        }
        QVERIFY(s == before);
        QVERIFY(
            ops::tryApply(s, RenameColumn{"grades", "missing", "x"}).find("column missing does not exist in grades") !=
            std::string::npos);
        QVERIFY(ops::tryApply(s, CreateTable{*s.table("grades")}).find("already exists") != std::string::npos);
        QVERIFY(ops::tryApply(s, DropTable{*s.table("grades")}).find("students_gradeId_fkey") != std::string::npos);
        QVERIFY(ops::tryApply(s, RemoveColumn{"students", *s.table("students")->column("name"), 1, -1})
                    .find("students_name_key") != std::string::npos);
        QVERIFY(
            ops::tryApply(s, AddForeignKey{"grades", {"", "f", {"grade"}, "ghost", {"id"}, "", ""}}).find("ghost") !=
            std::string::npos);
        QVERIFY(s == before);
    }

    void destroysDataTraits()
    {
        const schema::Schema s = test::school();
        QVERIFY(destroysData(DropTable{s.tables[0]}));
        QVERIFY(destroysData(RemoveColumn{"grades", s.tables[0].columns[1], 1, -1}));
        QVERIFY(!destroysData(RenameColumn{"grades", "grade", "level"}));
        QVERIFY(!destroysData(RenameTable{"grades", "levels"}));
        QVERIFY(!destroysData(CreateTable{s.tables[0]}));
        auto c = test::col("c", "STRING(100)");
        auto narrow = c;
        narrow.type = test::type("STRING(20)");
        QVERIFY(destroysData(ChangeColumn{"t", c, narrow}));
        QVERIFY(!destroysData(ChangeColumn{"t", narrow, c}));
        auto text = c;
        text.type = test::type("TEXT");
        QVERIFY(!destroysData(ChangeColumn{"t", c, text}));
        QVERIFY(destroysData(ChangeColumn{"t", text, c}));
        auto notNull = c;
        notNull.nullable = false;
        QVERIFY(destroysData(ChangeColumn{"t", c, notNull}));
        notNull.defaultValue = design::DefaultValue::string("x");
        QVERIFY(!destroysData(ChangeColumn{"t", c, notNull}));
        auto i = test::col("i", "INTEGER"), b = test::col("i", "BIGINT");
        QVERIFY(!destroysData(ChangeColumn{"t", i, b}));
        QVERIFY(destroysData(ChangeColumn{"t", b, i}));
        auto e2 = test::col("e", "ENUM('a','b')"), e3 = test::col("e", "ENUM('a','b','c')");
        QVERIFY(!destroysData(ChangeColumn{"t", e2, e3}));
        QVERIFY(destroysData(ChangeColumn{"t", e3, e2}));
        QVERIFY(!isReversible(RawSql{"DELETE FROM x", ""}));
        QVERIFY(destroysData(RawSql{"DELETE FROM x", ""}));
    }

    void jsonErrorsNameThePath()
    {
        auto check = [](const char *text, const char *expected) {
            try {
                operationFromJson(nlohmann::ordered_json::parse(text), "operations[4]");
                QFAIL(qPrintable(QStringLiteral("no error for %1").arg(QString::fromUtf8(text))));
            } catch (const OperationJsonError &e) {
                QVERIFY2(std::string(e.what()).find(expected) != std::string::npos, e.what());
            }
        };
        check(R"({"op":"explode"})", "operations[4].op: unknown operation \"explode\"");
        check(R"({"op":"addColumn","table":"t","column":{"name":"c","type":"STRIN"}})", "operations[4].column.type");
        check(R"({"op":"addColumn","table":"t","column":{"name":"c","type":"STRIN"}})", "STRING");
        check(R"({"op":"addColumn","table":"t"})", "missing \"column\"");
        check(R"({"op":"renameTable","from":"a","to":"b","extra":1})", "unknown key \"extra\"");
        check(R"({"op":"createTable","table":{"name":"t","columns":[{"name":"c","type":"INTEGER","allowNull":"no"}]}})",
              "operations[4].table.columns[0].allowNull: expected true or false");
        check(
            R"({"op":"changeColumn","table":"t","from":{"name":"a","type":"INTEGER"},"to":{"name":"b","type":"INTEGER"}})",
            "renameColumn");
        check(R"([1,2])", "expected an object");
    }

    void defaultValuesSurviveJson()
    {
        using D = design::DefaultValue;
        for (const D &d : {D::string("it's \"x\""), D::number("42"), D::number("-1.5"), D::boolean(true),
                           D::boolean(false), D::now(), D::uuidV4(), D::sql("CURRENT_TIMESTAMP"), D::number("1.50")}) {
            auto c = test::col("c", "STRING");
            c.defaultValue = d;
            QVERIFY2(columnFromJson(toJson(c)) == c, toJson(c).dump().c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TstOperations)
#include "tst_operations.moc"
