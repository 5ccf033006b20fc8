// naming: Sequelize's inflection and the derived names lowering relies on.
#include "core/design/model.h"
#include "core/design/naming.h"

#include <QtTest>

namespace naming = sf::design::naming;

class TstNaming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pluralize_data()
    {
        QTest::addColumn<QString>("singular");
        QTest::addColumn<QString>("plural");
        const char *rows[][2] = {
            {"Student", "Students"},
            {"Person", "People"},
            {"Category", "Categories"},
            {"Child", "Children"},
            {"Status", "Statuses"},
            {"Address", "Addresses"},
            {"Box", "Boxes"},
            {"Grade", "Grades"},
            {"Course", "Courses"},
            {"Man", "Men"},
            {"Woman", "Women"},
            {"Bus", "Buses"},
            {"Wolf", "Wolves"},
            {"Wife", "Wives"},
            {"Church", "Churches"},
            {"Dish", "Dishes"},
            {"Key", "Keys"},
            {"Day", "Days"},
            {"Quiz", "Quizzes"},
            {"Mouse", "Mice"},
            {"Matrix", "Matrices"},
            {"Datum", "Data"},
            {"Analysis", "Analyses"},
            {"Sheep", "Sheep"},
            {"Equipment", "Equipment"},
            {"Alias", "Aliases"},
            {"Potato", "Potatoes"},
            {"Ox", "Oxen"},
            {"StudentCourse", "StudentCourses"},
            {"Post", "Posts"},
            {"People", "People"},
            {"user", "users"},
            {"Series", "Series"},
            {"Octopus", "Octopi"},
        };
        for (const auto &r : rows)
            QTest::newRow(r[0]) << QString::fromUtf8(r[0]) << QString::fromUtf8(r[1]);
    }
    void pluralize()
    {
        QFETCH(QString, singular);
        QFETCH(QString, plural);
        QCOMPARE(QString::fromStdString(naming::pluralize(singular.toStdString())), plural);
    }

    void singularize_data()
    {
        QTest::addColumn<QString>("plural");
        QTest::addColumn<QString>("singular");
        const char *rows[][2] = {
            {"Students", "Student"}, {"People", "Person"}, {"Categories", "Category"}, {"Children", "Child"},
            {"Statuses", "Status"},  {"Status", "Status"}, {"Addresses", "Address"},   {"Address", "Address"},
            {"Boxes", "Box"},        {"grades", "grade"},  {"students", "student"},    {"Grade", "Grade"},
            {"Wives", "Wife"},       {"Mice", "Mouse"},    {"Matrices", "Matrix"},     {"Sheep", "Sheep"},
            {"Bus", "Bus"},
        };
        for (const auto &r : rows)
            QTest::newRow(r[0]) << QString::fromUtf8(r[0]) << QString::fromUtf8(r[1]);
    }
    void singularize()
    {
        QFETCH(QString, plural);
        QFETCH(QString, singular);
        QCOMPARE(QString::fromStdString(naming::singularize(plural.toStdString())), singular);
    }

    void cases()
    {
        QCOMPARE(naming::lowerCamel("StudentCourse"), std::string("studentCourse"));
        QCOMPARE(naming::lowerCamel(""), std::string(""));
        QCOMPARE(naming::snakeCase("StudentCourse"), std::string("student_course"));
        QCOMPARE(naming::snakeCase("gradeId"), std::string("grade_id"));
        QCOMPARE(naming::snake_case("product_orders_productId_orderId"),
                 std::string("product_orders_product_id_order_id"));
        QCOMPARE(naming::snakeCase("TypeVariants_string100_char10"), std::string("type_variants_string100_char10"));
    }

    void tableNames()
    {
        sf::design::Model m;
        m.name = "Person";
        QCOMPARE(naming::tableNameFor(m), std::string("People"));
        m.underscored = true;
        m.name = "UserProfile";
        QCOMPARE(naming::tableNameFor(m), std::string("user_profiles"));
        m.freezeTableName = true;
        QCOMPARE(naming::tableNameFor(m), std::string("UserProfile"));
        m.tableName = "profiles";
        QCOMPARE(naming::tableNameFor(m), std::string("profiles"));
    }

    void foreignKeys()
    {
        sf::design::Model m;
        m.name = "Grade";
        QCOMPARE(naming::foreignKeyFor(m, false), std::string("gradeId"));
        QCOMPARE(naming::foreignKeyFor(m, true), std::string("grade_id"));
        QCOMPARE(naming::foreignKeyFor("students", false), std::string("studentId"));
        QCOMPARE(naming::foreignKeyFor("UserProfile", true), std::string("user_profile_id"));
        QCOMPARE(naming::foreignKeyFor("Status", false), std::string("statusId"));
    }

    void timestamps()
    {
        QCOMPARE(naming::createdAtColumn(false), std::string("createdAt"));
        QCOMPARE(naming::updatedAtColumn(true), std::string("updated_at"));
        QCOMPARE(naming::deletedAtColumn(true), std::string("deleted_at"));
    }

    void identifiers()
    {
        QVERIFY(naming::identifierProblem("student_id").empty());
        QVERIFY(naming::identifierProblem("$weird").empty());
        QVERIFY(naming::identifierProblem("Café").empty());
        QCOMPARE(naming::identifierProblem(""), std::string("the name is empty"));
        QCOMPARE(naming::identifierProblem("1abc"), std::string("it starts with a digit"));
        QCOMPARE(naming::identifierProblem("a;b"),
                 std::string("';' is not allowed (use letters, digits, '_' and '$')"));
        QCOMPARE(naming::identifierProblem("a\nb"),
                 std::string("a newline is not allowed (use letters, digits, '_' and '$')"));
        QVERIFY(naming::isReservedWord("ORDER"));
        QVERIFY(naming::isReservedWord("user"));
        QVERIFY(!naming::isReservedWord("orders"));
    }

    void limitIdentifier()
    {
        const std::string shortName = "Books_authorId_fkey";
        QCOMPARE(naming::limitIdentifier(shortName, 63), shortName);
        const std::string longName(100, 'x');
        const std::string cut = naming::limitIdentifier(longName, 63);
        QCOMPARE(cut.size(), size_t(63));
        QCOMPARE(cut.substr(0, 54), std::string(54, 'x'));
        QCOMPARE(cut[54], '_');
        QCOMPARE(naming::limitIdentifier(longName, 63), cut); // stable
        QVERIFY(naming::limitIdentifier(longName + "y", 63) != cut);
        QCOMPARE(naming::limitIdentifier(longName, 0), longName); // no limit
        // never splits a UTF-8 sequence
        std::string utf;
        for (int i = 0; i < 40; ++i)
            utf += "é";
        const std::string u = naming::limitIdentifier(utf, 63);
        QVERIFY(u.size() <= 63);
        QVERIFY(QString::fromUtf8(u.c_str()).toUtf8() == QByteArray(u.c_str()));
    }
};

QTEST_GUILESS_MAIN(TstNaming)
#include "tst_naming.moc"
