// Statement reverses: for every operation kind and every dialect, each planned statement (up and
// down) carries the SQL that undoes it; only a rawSql without a down part has none.
#include "core/ops/describe.h"
#include "core/ops/inverse.h"
#include "core/ops/replay.h"
#include "core/sql/dialect.h"
#include "core/sql/mysql/mysqldialect.h"
#include "unit/enginefixtures.h"

#include <QtTest>

using namespace sf;
using namespace sf::ops;

namespace {

struct Case {
    std::string name;
    schema::Schema before;
    std::vector<Operation> ops;
};

// sampleOperations() plus the cases that used to plan statements without a reverse: a dropped
// table with indexes, a NOT NULL column without default dropped on SQLite, an enum type swap, a
// column made auto-increment on PostgreSQL, rebuilds of every SQLite kind.
std::vector<Case> cases()
{
    std::vector<Case> r;
    for (const auto &n : test::sampleOperations())
        r.push_back({n.name, test::school(), {n.op}});
    const schema::Schema s = test::school();
    r.push_back({"dropTable with index and enum",
                 s,
                 {DropTable{s.tables[3]}, RemoveForeignKey{"students", s.tables[1].foreignKeys[0]}, DropTable{[&] {
                      auto t = s.tables[1];
                      t.foreignKeys.clear();
                      return t;
                  }()}}});
    auto grade = s.tables[0].columns[1];
    r.push_back({"removeColumn NOT NULL without default", s, {RemoveColumn{"grades", grade, 1, -1}}});
    auto enum1 = s.tables[1].columns[2];
    enum1.type = test::type("ENUM('active')");
    r.push_back({"changeColumn enum narrows", s, {ChangeColumn{"students", s.tables[1].columns[2], enum1}}});
    auto toText = s.tables[1].columns[2];
    toText.type = test::type("TEXT");
    r.push_back({"changeColumn enum to text", s, {ChangeColumn{"students", s.tables[1].columns[2], toText}}});
    auto counter = s.tables[0].columns[1];
    counter.autoIncrement = true;
    r.push_back({"changeColumn to auto-increment", s, {ChangeColumn{"grades", s.tables[0].columns[1], counter}}});
    auto notNull = s.tables[1].columns[5];
    notNull.nullable = false;
    r.push_back({"changeColumn nullability (rebuild)", s, {ChangeColumn{"students", s.tables[1].columns[5], notNull}}});
    r.push_back({"removeColumn of the primary key (rebuild)",
                 s,
                 {RemoveForeignKey{"StudentCourse", s.tables[3].foreignKeys[1]},
                  RemoveColumn{"StudentCourse", s.tables[3].columns[3], 3, 1}}});
    r.push_back({"changeTableComment removed",
                 [&] {
                     auto x = s;
                     x.tables[2].comment = "old";
                     return x;
                 }(),
                 {ChangeTableComment{"courses", "old", ""}}});
    return r;
}

} // namespace

class TstReverses : public QObject
{
    Q_OBJECT
private:
    const std::vector<Case> m_cases = cases();

private Q_SLOTS:
    void everyStatementHasReverse_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("dialect");
        for (size_t i = 0; i < m_cases.size(); ++i)
            for (const char *d : {"postgres", "mysql", "mariadb", "sqlite"})
                QTest::newRow((m_cases[i].name + " @ " + d).c_str()) << static_cast<int>(i) << QString::fromLatin1(d);
    }

    void everyStatementHasReverse()
    {
        QFETCH(int, index);
        QFETCH(QString, dialect);
        const Case &c = m_cases[static_cast<size_t>(index)];
        const auto d = sql::makeDialect(dialect.toStdString());
        QVERIFY(d);
        const auto up = d->planAll(c.ops, c.before);
        const auto down = d->planDown(c.ops, c.before);
        for (const auto *plan : {&up, &down})
            for (const auto &s : plan->statements)
                QVERIFY2(!s.reverse.empty(), (s.comment + ": no reverse for: " + s.sql).c_str());
    }

    void irreversibleRawSqlHasNone_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const char *d : {"postgres", "mysql", "sqlite"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void irreversibleRawSqlHasNone()
    {
        QFETCH(QString, dialect);
        const auto d = sql::makeDialect(dialect.toStdString());
        const auto up = d->planAll({RawSql{"DELETE FROM grades", ""}}, test::school());
        QCOMPARE(up.statements.size(), size_t(1));
        QVERIFY(up.statements[0].reverse.empty());
        QVERIFY(!isReversible(RawSql{"DELETE FROM grades", ""}));
    }

    // Reverses are exact where the recipe is known: the enum swap goes back to the old type, the
    // SQLite rebuild's DROP TABLE is undone by the rebuild back, MySQL drops InnoDB's key index.
    void reverseSpelling()
    {
        const schema::Schema s = test::school();
        auto enum3 = s.tables[1].columns[2];
        enum3.type = test::type("ENUM('active','left','graduated')");
        const auto pg =
            sql::makeDialect("postgres")->planAll({ChangeColumn{"students", s.tables[1].columns[2], enum3}}, s);
        std::vector<std::string> rev;
        for (const auto &st : pg.statements)
            rev.push_back(st.reverse);
        QVERIFY(
            std::find(rev.begin(), rev.end(),
                      std::string("ALTER TYPE \"enum_students_status_sfold\" RENAME TO \"enum_students_status\"")) !=
            rev.end());
        QVERIFY(std::find(rev.begin(), rev.end(),
                          std::string("CREATE TYPE \"enum_students_status_sfold\" AS ENUM('active', 'left')")) !=
                rev.end());

        auto notNull = s.tables[1].columns[5];
        notNull.nullable = false;
        const auto lite =
            sql::makeDialect("sqlite")->planAll({ChangeColumn{"students", s.tables[1].columns[5], notNull}}, s);
        bool rebuildBack = false;
        for (const auto &st : lite.statements)
            if (st.sql == "DROP TABLE \"students\"")
                rebuildBack = st.reverse.rfind("CREATE TABLE \"students\" (", 0) == 0 &&
                              st.reverse.find("INSERT INTO \"students\"") != std::string::npos &&
                              st.reverse.find("FROM \"_sf_new_students\"") != std::string::npos &&
                              st.reverse.find("CREATE INDEX \"students_status\"") != std::string::npos;
        QVERIFY(rebuildBack);

        const auto my =
            sql::makeDialect("mariadb")->planAll({RemoveForeignKey{"students", s.tables[1].foreignKeys[0]}}, s);
        QCOMPARE(my.statements.size(), size_t(2));
        QCOMPARE(my.statements[1].sql, std::string("DROP INDEX `students_gradeId_fkey` ON `students`"));
        QCOMPARE(my.statements[1].reverse,
                 std::string("ALTER TABLE `students` ADD INDEX `students_gradeId_fkey` (`gradeId`)"));
        // covered by the primary key (studentId, courseId): InnoDB made no index of its own
        const auto covered =
            sql::makeDialect("mariadb")->planAll({RemoveForeignKey{"StudentCourse", s.tables[3].foreignKeys[0]}}, s);
        QCOMPARE(covered.statements.size(), size_t(1));
        QVERIFY(!sql::MysqlDialect::hasImplicitIndex(s.tables[3], s.tables[3].foreignKeys[0]));
        QVERIFY(sql::MysqlDialect::hasImplicitIndex(s.tables[3], s.tables[3].foreignKeys[1]));
    }
};

QTEST_GUILESS_MAIN(TstReverses)
#include "tst_reverses.moc"
