// SQLite recipes on real database files: every operation planned forward, checked through PRAGMA
// against the replayed schema, planned back, checked again, with the rows intact.
#include "core/diff/differ.h"
#include "core/ops/describe.h"
#include "core/ops/inverse.h"
#include "core/ops/replay.h"
#include "core/sql/dialect.h"
#include "unit/enginefixtures.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace sf;

namespace {

// Runs a plan the way the executor does: BeforeTransaction statements, BEGIN, the rest, checks,
// COMMIT, AfterTransaction statements. Returns "" or the error.
QString run(QSqlDatabase &db, const std::vector<sql::Statement> &statements)
{
    QSqlQuery q(db);
    for (const auto &s : statements)
        if (s.phase == sql::Statement::Phase::BeforeTransaction && !q.exec(QString::fromStdString(s.sql)))
            return q.lastError().text();
    if (!db.transaction())
        return QStringLiteral("BEGIN failed: ") + db.lastError().text();
    for (const auto &s : statements) {
        if (s.outsideTransaction())
            continue;
        if (!q.exec(QString::fromStdString(s.sql))) {
            const QString e = q.lastError().text() + QStringLiteral(" in: ") + QString::fromStdString(s.sql);
            db.rollback();
            return e;
        }
        if (s.expectNoRows && q.next()) {
            db.rollback();
            return QStringLiteral("check failed: ") + QString::fromStdString(s.sql);
        }
    }
    if (!db.commit())
        return QStringLiteral("COMMIT failed: ") + db.lastError().text();
    for (const auto &s : statements)
        if (s.phase == sql::Statement::Phase::AfterTransaction && !q.exec(QString::fromStdString(s.sql)))
            return q.lastError().text();
    return {};
}

QString q1(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<error: %1>").arg(q.lastError().text());
    return q.value(0).toString();
}

QString quoted(const std::string &ident)
{
    QString r = QString::fromStdString(ident);
    r.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + r + QLatin1Char('"');
}

// What SQLite holds for one table, in a form comparable with the schema.
struct Seen {
    std::map<std::string, std::pair<bool, int>> columns; // name -> (notnull, pk position)
    std::set<std::string> foreignKeys;                   // "cols->table(cols) del/upd"
    std::set<std::string> indexes;                       // created index names
    int uniques = 0;
    bool autoincrement = false;
    friend bool operator==(const Seen &, const Seen &) = default;
};

std::string str(const QVariant &v)
{
    return v.toString().toStdString();
}

Seen introspect(QSqlDatabase &db, const std::string &table)
{
    Seen s;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
    while (q.next())
        s.columns[str(q.value(1))] = {q.value(3).toInt() != 0, q.value(5).toInt()};
    q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table)));
    std::map<int, std::vector<std::string>> fk; // id -> [from..., "|", to..., table, del, upd]
    std::map<int, std::string> fkText;
    std::map<int, std::pair<std::string, std::string>> cols;
    while (q.next()) {
        const int id = q.value(0).toInt();
        cols[id].first += str(q.value(3)) + ",";
        cols[id].second += str(q.value(4)) + ",";
        fkText[id] = str(q.value(2)) + " " + str(q.value(6)) + "/" + str(q.value(5));
    }
    for (const auto &[id, t] : fkText)
        s.foreignKeys.insert(cols[id].first + "->" + cols[id].second + t);
    q.exec(QStringLiteral("PRAGMA index_list(%1)").arg(quoted(table)));
    while (q.next()) {
        if (str(q.value(3)) == "c")
            s.indexes.insert(str(q.value(1)));
        else if (str(q.value(3)) == "u")
            ++s.uniques;
    }
    q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'")
               .arg(QString::fromStdString(table).replace(QLatin1Char('\''), QStringLiteral("''"))));
    s.autoincrement = q.next() && q.value(0).toString().contains(QStringLiteral("AUTOINCREMENT"));
    return s;
}

Seen expected(const schema::Table &t)
{
    Seen s;
    for (const auto &c : t.columns) {
        int pk = 0;
        for (size_t k = 0; k < t.primaryKey.size(); ++k)
            if (t.primaryKey[k] == c.name)
                pk = static_cast<int>(k) + 1;
        const bool inlinePk = c.autoIncrement && t.primaryKey.size() == 1 && pk == 1;
        s.columns[c.name] = {!c.nullable && !inlinePk, pk};
        s.autoincrement = s.autoincrement || inlinePk;
    }
    for (const auto &fk : t.foreignKeys) {
        std::string from, to;
        for (const auto &c : fk.columns)
            from += c + ",";
        for (const auto &c : fk.refColumns)
            to += c + ",";
        s.foreignKeys.insert(from + "->" + to + fk.refTable + " " + (fk.onDelete.empty() ? "NO ACTION" : fk.onDelete) +
                             "/" + (fk.onUpdate.empty() ? "NO ACTION" : fk.onUpdate));
    }
    for (const auto &ix : t.indexes)
        s.indexes.insert(ix.name);
    s.uniques = static_cast<int>(t.uniques.size());
    return s;
}

std::string describeSeen(const Seen &s)
{
    std::string r = "columns:";
    for (const auto &[n, v] : s.columns)
        r += " " + n + (v.first ? "!" : "") + (v.second ? "#" + std::to_string(v.second) : "");
    r += " fks:";
    for (const auto &f : s.foreignKeys)
        r += " " + f;
    r += " idx:";
    for (const auto &i : s.indexes)
        r += " " + i;
    return r + " uniques:" + std::to_string(s.uniques) + (s.autoincrement ? " autoinc" : "");
}

// Empty string when the database holds exactly the tables of `s`.
std::string compare(QSqlDatabase &db, const schema::Schema &s)
{
    std::set<std::string> names, want;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (q.next())
        names.insert(str(q.value(0)));
    for (const auto &t : s.tables)
        want.insert(t.name);
    if (names != want)
        return "tables differ";
    for (const auto &t : s.tables) {
        const Seen a = introspect(db, t.name), b = expected(t);
        if (!(a == b))
            return t.name + ": database has " + describeSeen(a) + "; schema says " + describeSeen(b);
    }
    return {};
}

void fill(QSqlDatabase &db)
{
    QSqlQuery q(db);
    const char *rows[] = {
        "INSERT INTO grades (id, grade, createdAt, updatedAt) VALUES (1, 1, '2024-01-01', '2024-01-01')",
        "INSERT INTO students (student_id, name, status, createdAt, updatedAt, gradeId) VALUES ('s1', 'Ann', 'active', "
        "'2024-01-01', '2024-01-01', 1)",
        "INSERT INTO students (student_id, name, createdAt, updatedAt, gradeId) VALUES ('s2', 'Bob', '2024-01-01', "
        "'2024-01-01', NULL)",
        "INSERT INTO courses (id, course_name, createdAt, updatedAt) VALUES (1, 'Math', '2024-01-01', '2024-01-01')",
        "INSERT INTO StudentCourse (studentId, courseId, createdAt, updatedAt) VALUES ('s1', 1, '2024-01-01', "
        "'2024-01-01')",
    };
    for (const char *r : rows)
        QVERIFY2(q.exec(QString::fromLatin1(r)), qPrintable(q.lastError().text()));
}

QString counts(QSqlDatabase &db, const schema::Schema &s)
{
    QString r;
    for (const auto &t : s.tables)
        r += QString::fromStdString(t.name) + QLatin1Char('=') +
             q1(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(t.name))) + QLatin1Char(' ');
    return r;
}

} // namespace

class TstSqliteRecipes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    const std::vector<test::NamedOperation> m_ops = test::sampleOperations();
    std::unique_ptr<sql::Dialect> m_sqlite = sql::makeDialect("sqlite");

    QSqlDatabase open()
    {
        const QString name = QStringLiteral("db%1").arg(++m_n);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(name + QStringLiteral(".sqlite")));
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        return db;
    }

private Q_SLOTS:
    void perOperation_data() { test::addOperationRows(m_ops); }

    void perOperation()
    {
        QFETCH(int, index);
        const ops::Operation &op = m_ops[static_cast<size_t>(index)].op;
        const bool destructive = ops::destroysData(op);
        const schema::Schema base = test::school();
        schema::Schema after = base;
        ops::apply(after, op);
        {
            QSqlDatabase db = open();
            QVERIFY(db.isOpen());
            QCOMPARE(run(db, m_sqlite->createScript(base)), QString());
            QCOMPARE(QString::fromStdString(compare(db, base)), QString());
            if (!destructive)
                fill(db);
            const QString before = counts(db, base);

            const auto up = m_sqlite->planAll({op}, base);
            QCOMPARE(run(db, up.statements), QString());
            QCOMPARE(QString::fromStdString(compare(db, after)), QString());
            QCOMPARE(q1(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));

            const auto down = m_sqlite->planDown({op}, base);
            QCOMPARE(run(db, down.statements), QString());
            QCOMPARE(QString::fromStdString(compare(db, base)), QString());
            QCOMPARE(counts(db, base), before);
            if (!destructive && !std::holds_alternative<ops::RawSql>(op))
                QCOMPARE(q1(db, QStringLiteral("SELECT name FROM students WHERE student_id = 's1'")),
                         QStringLiteral("Ann"));
            QCOMPARE(q1(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("db%1").arg(m_n));
    }

    void renameKeepsRowsAndAutoincrement()
    {
        schema::Schema b = test::school();
        b.tables[0].name = "levels";
        b.tables[1].foreignKeys[0].refTable = "levels";
        b.tables[1].columns[1].name = "fullName";
        b.tables[1].uniques[0].columns = {"fullName"};
        auto &c = b.tables[2].columns[1];
        c.type = test::type("STRING(30)"); // changeColumn: rebuild of courses
        const auto list = diff::diff(test::school(), b);
        {
            QSqlDatabase db = open();
            QCOMPARE(run(db, m_sqlite->createScript(test::school())), QString());
            fill(db);
            const auto plan = m_sqlite->planAll(list, test::school());
            int outside = 0;
            for (const auto &s : plan.statements)
                outside += s.outsideTransaction();
            QCOMPARE(outside, 2); // foreign_keys off once before, on once after
            QCOMPARE(run(db, plan.statements), QString());
            QCOMPARE(QString::fromStdString(compare(db, b)), QString());
            QCOMPARE(q1(db, QStringLiteral("SELECT fullName FROM students WHERE gradeId = 1")), QStringLiteral("Ann"));
            QCOMPARE(q1(db, QStringLiteral("SELECT grade FROM levels WHERE id = 1")), QStringLiteral("1"));
            QCOMPARE(q1(db, QStringLiteral("SELECT course_name FROM courses WHERE id = 1")), QStringLiteral("Math"));
            // AUTOINCREMENT survived the rebuild: the next id continues after the highest ever used
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO courses (id, course_name, createdAt, updatedAt) VALUES (7, 'x', 'd', 'd')")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM courses WHERE id = 7")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO courses (course_name, createdAt, updatedAt) VALUES ('y', 'd', 'd')")));
            QCOMPARE(q1(db, QStringLiteral("SELECT MAX(id) FROM courses")), QStringLiteral("8"));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM courses WHERE id = 8")));
            // foreign keys still enforced after the rebuild
            QVERIFY(!q.exec(QStringLiteral(
                "INSERT INTO StudentCourse (studentId, courseId, createdAt, updatedAt) VALUES ('s1', 99, 'd', 'd')")));
            const auto back = m_sqlite->planDown(list, test::school());
            QCOMPARE(run(db, back.statements), QString());
            QCOMPARE(QString::fromStdString(compare(db, test::school())), QString());
            QCOMPARE(q1(db, QStringLiteral("SELECT name FROM students WHERE student_id = 's1'")),
                     QStringLiteral("Ann"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("db%1").arg(m_n));
    }

    void hostileNamesAreQuoted()
    {
        schema::Schema s;
        schema::Table t;
        t.id = "x";
        t.name = "Robert'); DROP TABLE x;--";
        auto c = test::col("na\"me", "STRING");
        c.defaultValue = design::DefaultValue::string("it's'); DROP TABLE x;--");
        auto n = test::col("n", "INTEGER");
        n.defaultValue = design::DefaultValue::number("1; DROP TABLE x");
        t.columns = {test::idCol(), c, n};
        t.primaryKey = {"id"};
        t.indexes = {{"i", "ix\"'", {"na\"me"}, false}};
        s.tables = {t};
        {
            QSqlDatabase db = open();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE x (a INTEGER)")));
            QCOMPARE(run(db, m_sqlite->createScript(s)), QString());
            QCOMPARE(QString::fromStdString(compare(db,
                                                    [&] {
                                                        schema::Schema w = s;
                                                        schema::Table x;
                                                        x.name = "x";
                                                        x.columns = {test::col("a", "INTEGER")};
                                                        w.tables.push_back(x);
                                                        return w;
                                                    }())),
                     QString());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO \"Robert'); DROP TABLE x;--\" (id) VALUES (1)")));
            QCOMPARE(q1(db, QStringLiteral("SELECT \"na\"\"me\" FROM \"Robert'); DROP TABLE x;--\"")),
                     QStringLiteral("it's'); DROP TABLE x;--"));
            QCOMPARE(q1(db, QStringLiteral("SELECT n FROM \"Robert'); DROP TABLE x;--\"")),
                     QStringLiteral("1; DROP TABLE x"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("db%1").arg(m_n));
    }
};

QTEST_GUILESS_MAIN(TstSqliteRecipes)
#include "tst_sqlite_recipes.moc"
