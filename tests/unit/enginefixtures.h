#pragma once
// enginefixtures builds the small physical schemas and operations the engine tests share
// (header-only; not a test itself).

#include "core/ops/operation.h"

#include <QTest>
#include <string>
#include <vector>

namespace sf::test {

inline design::DataType type(const char *text)
{
    auto t = design::DataType::parse(text);
    return t ? *t : design::DataType{};
}

inline schema::Column col(const std::string &name, const char *t, bool nullable = true, const std::string &id = {})
{
    schema::Column c;
    c.id = id.empty() ? "c-" + name : id;
    c.name = name;
    c.type = type(t);
    c.nullable = nullable;
    return c;
}

inline schema::Column idCol()
{
    schema::Column c = col("id", "INTEGER", false);
    c.autoIncrement = true;
    return c;
}

// grades, students (UUID key, enum, default, FK to grades, unique, index), courses and the
// StudentCourse join table with a composite primary key.
inline schema::Schema school()
{
    schema::Schema s;
    schema::Table grades;
    grades.id = "t-grades";
    grades.name = "grades";
    grades.columns = {idCol(), col("grade", "INTEGER", false), col("createdAt", "DATE", false),
                      col("updatedAt", "DATE", false)};
    grades.primaryKey = {"id"};
    s.tables.push_back(grades);

    schema::Table students;
    students.id = "t-students";
    students.name = "students";
    auto status = col("status", "ENUM('active','left')");
    status.defaultValue = design::DefaultValue::string("active");
    auto sid = col("student_id", "UUID", false);
    sid.defaultValue = design::DefaultValue::uuidV4();
    students.columns = {sid,
                        col("name", "STRING", false),
                        status,
                        col("createdAt", "DATE", false),
                        col("updatedAt", "DATE", false),
                        col("gradeId", "INTEGER")};
    students.primaryKey = {"student_id"};
    students.foreignKeys = {
        {"fk-grade", "students_gradeId_fkey", {"gradeId"}, "grades", {"id"}, "SET NULL", "CASCADE"}};
    students.uniques = {{"u-name", "students_name_key", {"name"}}};
    students.indexes = {{"i-status", "students_status", {"status"}, false}};
    s.tables.push_back(students);

    schema::Table courses;
    courses.id = "t-courses";
    courses.name = "courses";
    courses.columns = {idCol(), col("course_name", "STRING(100)", false), col("createdAt", "DATE", false),
                       col("updatedAt", "DATE", false)};
    courses.primaryKey = {"id"};
    s.tables.push_back(courses);

    schema::Table sc;
    sc.id = "t-sc";
    sc.name = "StudentCourse";
    sc.columns = {col("createdAt", "DATE", false), col("updatedAt", "DATE", false), col("studentId", "UUID", false),
                  col("courseId", "INTEGER", false)};
    sc.primaryKey = {"studentId", "courseId"};
    sc.foreignKeys = {
        {"fk-sc-s", "StudentCourse_studentId_fkey", {"studentId"}, "students", {"student_id"}, "CASCADE", "CASCADE"},
        {"fk-sc-c", "StudentCourse_courseId_fkey", {"courseId"}, "courses", {"id"}, "CASCADE", "CASCADE"}};
    s.tables.push_back(sc);
    return s;
}

struct NamedOperation {
    std::string name;
    ops::Operation op;
};

// One operation of every kind that applies to school().
inline std::vector<NamedOperation> sampleOperations()
{
    using namespace sf::ops;
    const schema::Schema s = school();
    std::vector<NamedOperation> r;
    schema::Table posts;
    posts.id = "t-posts";
    posts.name = "Posts";
    posts.columns = {idCol(), col("title", "STRING(200)", false), col("gradeId", "INTEGER")};
    posts.primaryKey = {"id"};
    posts.foreignKeys = {{"fk-p", "Posts_gradeId_fkey", {"gradeId"}, "grades", {"id"}, "CASCADE", ""}};
    posts.indexes = {{"i-p", "posts_title", {"title"}, true}};
    r.push_back(NamedOperation{"createTable", Operation(CreateTable{posts})});
    r.push_back(NamedOperation{"dropTable", Operation(DropTable{s.tables[3]})});
    r.push_back(NamedOperation{"renameTable", Operation(RenameTable{"grades", "Grades"})});
    r.push_back(NamedOperation{"renameTable referenced by two", Operation(RenameTable{"students", "pupils"})});
    auto email = col("email", "STRING(120)");
    email.defaultValue = design::DefaultValue::string("it's");
    r.push_back(NamedOperation{"addColumn", Operation(AddColumn{"students", email, 2, -1})});
    r.push_back(NamedOperation{"addColumn appended", Operation(AddColumn{"grades", col("label", "TEXT"), -1, -1})});
    auto term = col("term", "INTEGER", false);
    term.defaultValue = design::DefaultValue::number("0");
    r.push_back(NamedOperation{"addColumn to primary key", Operation(AddColumn{"StudentCourse", term, 4, 2})});
    r.push_back(NamedOperation{"removeColumn", Operation(RemoveColumn{"grades", s.tables[0].columns[1], 1, -1})});
    r.push_back(NamedOperation{"removeColumn key part",
                               Operation(RemoveColumn{"StudentCourse", s.tables[3].columns[0], 0, -1})});
    r.push_back(NamedOperation{"renameColumn", Operation(RenameColumn{"students", "name", "full_name"})});
    r.push_back(NamedOperation{"renameColumn referenced", Operation(RenameColumn{"grades", "id", "grade_id"})});
    r.push_back(NamedOperation{"renameColumn key", Operation(RenameColumn{"StudentCourse", "courseId", "course_id"})});
    auto wider = s.tables[2].columns[1];
    wider.type = type("STRING(255)");
    wider.nullable = true;
    wider.comment = "the name";
    r.push_back(NamedOperation{"changeColumn", Operation(ChangeColumn{"courses", s.tables[2].columns[1], wider})});
    auto enum3 = s.tables[1].columns[2];
    enum3.type = type("ENUM('active','left','graduated')");
    r.push_back(
        NamedOperation{"changeColumn enum", Operation(ChangeColumn{"students", s.tables[1].columns[2], enum3})});
    r.push_back(NamedOperation{"addIndex",
                               Operation(AddIndex{"courses", {"i-c", "courses_course_name", {"course_name"}, true}})});
    r.push_back(NamedOperation{"removeIndex", Operation(RemoveIndex{"students", s.tables[1].indexes[0]})});
    r.push_back(NamedOperation{
        "addForeignKey",
        Operation(AddForeignKey{"grades", {"fk-x", "grades_grade_fkey", {"grade"}, "courses", {"id"}, "", ""}})});
    r.push_back(
        NamedOperation{"removeForeignKey", Operation(RemoveForeignKey{"students", s.tables[1].foreignKeys[0]})});
    r.push_back(NamedOperation{"addUnique",
                               Operation(AddUnique{"courses", {"u-c", "courses_course_name_key", {"course_name"}}})});
    r.push_back(NamedOperation{"removeUnique", Operation(RemoveUnique{"students", s.tables[1].uniques[0]})});
    r.push_back(
        NamedOperation{"rawSql", Operation(RawSql{"UPDATE grades SET grade = 1", "UPDATE grades SET grade = 0"})});
    r.push_back(
        NamedOperation{"changeTableComment", Operation(ChangeTableComment{"courses", "", "Courses it's offering"})});
    r.push_back(NamedOperation{
        "reorderColumns",
        Operation(ReorderColumns{"students",
                                 {"student_id", "name", "status", "createdAt", "updatedAt", "gradeId"},
                                 {"student_id", "gradeId", "name", "createdAt", "status", "updatedAt"}})});
    return r;
}

// The recipe tests' _data(): one row per sample operation, named after it, carrying its index.
inline void addOperationRows(const std::vector<NamedOperation> &ops)
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < ops.size(); ++i)
        QTest::newRow(ops[i].name.c_str()) << static_cast<int>(i);
}

} // namespace sf::test
