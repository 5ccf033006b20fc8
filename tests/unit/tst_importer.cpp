// importSchema: names, timestamps, paranoid, foreign-key kinds, join tables with payload, extras in
// the report; lower(import(S)) == S by names for hand-built schemas and for every example project;
// autoLayout is deterministic and places referenced models first.
#include "core/design/naming.h"
#include "core/importer/autolayout.h"
#include "core/importer/importer.h"
#include "core/importer/importnames.h"
#include "core/importer/schemacompare.h"
#include "core/project/projectfile.h"
#include "core/schema/lowering.h"
#include "core/schema/schemadump.h"
#include "support/testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

using namespace sf;
using design::AssociationKind;
using importer::ImportNote;

namespace {

schema::Column col(const std::string &name, const std::string &type, bool nullable = true)
{
    schema::Column c;
    c.name = name;
    c.type = *design::DataType::parse(type);
    c.nullable = nullable;
    return c;
}

schema::Column serialId()
{
    schema::Column c = col("id", "INTEGER", false);
    c.autoIncrement = true;
    return c;
}

// A table with the implicit id and, when `timestamps`, createdAt/updatedAt.
schema::Table table(const std::string &name, std::vector<schema::Column> cols, bool timestamps = true)
{
    schema::Table t;
    t.name = name;
    t.columns.push_back(serialId());
    t.primaryKey = {"id"};
    for (auto &c : cols)
        t.columns.push_back(std::move(c));
    if (timestamps) {
        t.columns.push_back(col("createdAt", "DATE", false));
        t.columns.push_back(col("updatedAt", "DATE", false));
    }
    return t;
}

schema::ForeignKey fk(const std::string &table, const std::string &column, const std::string &ref,
                      const std::string &onDelete = "SET NULL", const std::string &onUpdate = "CASCADE")
{
    return {{}, schema::foreignKeyName(table, column, 63), {column}, ref, {"id"}, onDelete, onUpdate};
}

const design::Model &model(const design::Design &d, const std::string &name)
{
    const design::Model *m = d.modelByName(name);
    if (!m)
        qFatal("no model %s", name.c_str());
    return *m;
}

QString diffText(const std::vector<std::string> &lines)
{
    QString s;
    for (const auto &l : lines)
        s += QString::fromStdString(l) + "\n";
    return s;
}

// lower(import(S)) must equal S by names.
#define VERIFY_ROUND_TRIP(physical, dialectName)                                                                       \
    do {                                                                                                               \
        const auto imported_ = importer::importSchema(physical, importOptions(dialectName));                           \
        const auto lowered_ = schema::lower(imported_.design, schema::LoweringOptions::forDialect(dialectName));       \
        const auto diff_ = importer::compareSchemas(physical, lowered_);                                               \
        QVERIFY2(diff_.empty(), qPrintable(diffText(diff_) + QString::fromStdString(schema::dumpSchema(lowered_))));   \
    } while (0)

importer::ImportOptions importOptions(const std::string &dialect)
{
    importer::ImportOptions o;
    o.dialect = dialect;
    return o;
}

importer::CompareOptions orderedCompare()
{
    importer::CompareOptions o;
    o.columnOrder = true;
    return o;
}

bool reportNames(const importer::ImportResult &r, const std::string &kind, const std::string &name)
{
    for (const auto &n : r.report)
        if (n.severity == ImportNote::Severity::Unsupported && n.kind == kind && n.name == name)
            return true;
    return false;
}

} // namespace

class TstImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelNames()
    {
        schema::Schema s;
        s.tables = {table("students", {col("name", "STRING")}),
                    table("Grades", {}),
                    table("People", {}),
                    table("person", {}),
                    table("product_orders", {col("quantity", "INTEGER")}),
                    table("Categories", {}),
                    table("2fa codes", {col("first name", "STRING")})};
        const auto r = importer::importSchema(s);
        const auto &d = r.design;
        QCOMPARE(d.models.size(), size_t(7));
        QCOMPARE(model(d, "Student").tableName, std::optional<std::string>("students"));
        QCOMPARE(model(d, "Student").id, std::string("m-students"));
        QCOMPARE(model(d, "Grade").tableName, std::nullopt); // Grade pluralizes back to Grades
        QCOMPARE(model(d, "Person").tableName, std::nullopt);
        QCOMPARE(model(d, "Person2").tableName, std::optional<std::string>("person"));
        QCOMPARE(model(d, "ProductOrder").tableName, std::optional<std::string>("product_orders"));
        QCOMPARE(model(d, "Category").tableName, std::nullopt);
        const auto &odd = d.models.back();
        QCOMPARE(odd.name, std::string("T2faCode"));
        QCOMPARE(odd.attributes.size(), size_t(1));
        QCOMPARE(odd.attributes[0].name, std::string("first_name"));
        QCOMPARE(odd.attributes[0].field, std::optional<std::string>("first name"));
        // The loader refuses spaces in ids: they become '_' plus a hash of the original.
        QCOMPARE(odd.attributes[0].id, importer::ImportNames::safeId("a-2fa codes-first name"));
        QVERIFY(odd.attributes[0].id.find(' ') == std::string::npos);
        QVERIFY(model(d, "Student").attributes.size() == 1); // implicit id and timestamps are not attributes
        VERIFY_ROUND_TRIP(s, "postgres");
    }

    void timestampsAndParanoid()
    {
        schema::Schema s;
        s.tables.push_back(table("plain", {col("a", "STRING")}, false));
        s.tables.push_back(table("stamped", {col("a", "STRING")}));
        auto snake = table("snakes", {col("a", "STRING")}, false);
        snake.columns.push_back(col("created_at", "DATE", false));
        snake.columns.push_back(col("updated_at", "DATE", false));
        snake.columns.push_back(col("deleted_at", "DATE", true));
        s.tables.push_back(snake);
        auto paranoid = table("Posts", {col("title", "STRING", false)});
        paranoid.columns.push_back(col("deletedAt", "DATE"));
        s.tables.push_back(paranoid);
        auto half = table("halves", {}, false); // only createdAt: an ordinary attribute
        half.columns.push_back(col("createdAt", "DATE", false));
        half.columns.push_back(col("deletedAt", "DATE"));
        s.tables.push_back(half);
        auto defaulted = table("defaulted", {}, false); // timestamps with a DB default are attributes
        auto c = col("createdAt", "DATE", false);
        c.defaultValue = design::DefaultValue::sql("CURRENT_TIMESTAMP");
        defaulted.columns.push_back(c);
        defaulted.columns.push_back(col("updatedAt", "DATE", false));
        s.tables.push_back(defaulted);

        const auto d = importer::importSchema(s).design;
        QCOMPARE(model(d, "Plain").timestamps, std::optional<bool>(false));
        QCOMPARE(model(d, "Stamped").timestamps, std::nullopt);
        QCOMPARE(model(d, "Stamped").attributes.size(), size_t(1));
        QCOMPARE(model(d, "Snake").underscored, std::optional<bool>(true));
        QCOMPARE(model(d, "Snake").paranoid, std::optional<bool>(true));
        QCOMPARE(model(d, "Snake").attributes.size(), size_t(1));
        QCOMPARE(model(d, "Post").paranoid, std::optional<bool>(true));
        QCOMPARE(model(d, "Post").attributes[0].allowNull, std::optional<bool>(false));
        QCOMPARE(model(d, "Half").timestamps, std::optional<bool>(false));
        QCOMPARE(model(d, "Half").attributes.size(), size_t(2));
        QCOMPARE(model(d, "Half").paranoid, std::nullopt);
        QCOMPARE(model(d, "Defaulted").timestamps, std::optional<bool>(false));
        QCOMPARE(model(d, "Defaulted").attributes[0].defaultValue, design::DefaultValue::sql("CURRENT_TIMESTAMP"));
        VERIFY_ROUND_TRIP(s, "postgres");
    }

    void explicitKeys()
    {
        schema::Schema s;
        auto big = table("bigs", {}); // BIGINT auto-increment id: an explicit attribute
        big.columns[0].type = *design::DataType::parse("BIGINT");
        s.tables.push_back(big);
        auto uuid = table("tokens", {col("value", "STRING", false)});
        uuid.columns[0] = col("token_id", "UUID", false);
        uuid.primaryKey = {"token_id"};
        s.tables.push_back(uuid);
        auto composite = table("versions", {}, false); // composite key in key order, not column order
        composite.columns = {col("doc", "STRING", false), col("rev", "INTEGER", false), col("body", "TEXT")};
        composite.primaryKey = {"rev", "doc"};
        s.tables.push_back(composite);
        const auto d = importer::importSchema(s).design;
        QCOMPARE(model(d, "Big").attributes.size(), size_t(1));
        QVERIFY(model(d, "Big").attributes[0].isPrimaryKey());
        QVERIFY(model(d, "Big").attributes[0].isAutoIncrement());
        QCOMPARE(model(d, "Token").attributes[0].name, std::string("token_id"));
        QCOMPARE(model(d, "Version").attributes[0].name, std::string("rev"));
        VERIFY_ROUND_TRIP(s, "postgres");
    }

    void foreignKeyKinds()
    {
        schema::Schema s;
        s.tables.push_back(table("users", {col("email", "STRING", false)}));
        auto profiles = table("profiles", {col("bio", "TEXT"), col("userId", "INTEGER")});
        profiles.foreignKeys.push_back(fk("profiles", "userId", "users"));
        profiles.uniques.push_back({{}, schema::uniqueName("profiles", {"userId"}, 63), {"userId"}});
        s.tables.push_back(profiles);
        auto posts = table("posts", {col("title", "STRING"), col("authorId", "INTEGER", false),
                                     col("editorId", "INTEGER"), col("categoryId", "INTEGER")});
        posts.foreignKeys.push_back(fk("posts", "authorId", "users", "CASCADE"));
        posts.foreignKeys.push_back(fk("posts", "editorId", "users", "RESTRICT", "NO ACTION"));
        posts.foreignKeys.push_back(fk("posts", "categoryId", "categories"));
        posts.columns[4].defaultValue = design::DefaultValue::number("1"); // a default keeps the attribute
        posts.indexes.push_back({{}, "posts_author_id", {"authorId"}, false});
        posts.indexes.push_back({{}, "posts_by_title", {"title", "editorId"}, true});
        s.tables.push_back(posts);
        s.tables.push_back(table("categories", {col("name", "STRING")}));
        auto employees = table("employees", {col("managerId", "INTEGER")});
        employees.foreignKeys.push_back(fk("employees", "managerId", "employees"));
        s.tables.push_back(employees);

        const auto r = importer::importSchema(s);
        const auto &d = r.design;
        QCOMPARE(r.unsupportedCount(), 0);
        QCOMPARE(d.associations.size(), size_t(5));
        const auto *oneToOne = d.associationById("as-profiles-userId");
        QVERIFY(oneToOne);
        QCOMPARE(oneToOne->kind, AssociationKind::OneToOne);
        QCOMPARE(oneToOne->source, std::string("m-users"));
        QCOMPARE(oneToOne->target, std::string("m-profiles"));
        QCOMPARE(oneToOne->foreignKey, std::optional<std::string>("userId"));
        QVERIFY(!model(d, "Profile").attributeByName("userId"));
        const auto *author = d.associationById("as-posts-authorId");
        QCOMPARE(author->kind, AssociationKind::OneToMany);
        QCOMPARE(author->allowNull, std::optional<bool>(false));
        QCOMPARE(author->onDelete, std::nullopt); // CASCADE is the default for a NOT NULL key
        const auto *editor = d.associationById("as-posts-editorId");
        QCOMPARE(editor->onDelete, std::optional<std::string>("RESTRICT"));
        QCOMPARE(editor->onUpdate, std::optional<std::string>("NO ACTION"));
        QVERIFY(author->as && editor->as); // two links Post -> User need aliases
        QCOMPARE(editor->inverseAs, std::optional<std::string>("editor"));
        QVERIFY(model(d, "Post").attributeByName("categoryId")); // kept: it has a default
        const auto *self = d.associationById("as-employees-managerId");
        QCOMPARE(self->source, self->target);
        QCOMPARE(self->inverseAs, std::optional<std::string>("manager"));
        QCOMPARE(model(d, "Post").indexes.size(), size_t(2));
        QCOMPARE(model(d, "Post").indexes[0].name, std::nullopt); // the derived name
        QCOMPARE(model(d, "Post").indexes[1].name, std::optional<std::string>("posts_by_title"));
        VERIFY_ROUND_TRIP(s, "postgres");
    }

    void unsupportedForeignKeys()
    {
        schema::Schema s;
        auto parts = table("parts", {col("code", "STRING", false), col("rev", "INTEGER", false)});
        parts.uniques.push_back({{}, "parts_code_rev_key", {"code", "rev"}});
        s.tables.push_back(parts);
        auto uses = table("uses", {col("partCode", "STRING"), col("partRev", "INTEGER"), col("code", "STRING")});
        uses.foreignKeys.push_back(
            {{}, "uses_part_fkey", {"partCode", "partRev"}, "parts", {"code", "rev"}, "CASCADE", "CASCADE"});
        uses.foreignKeys.push_back({{}, "uses_code_fkey", {"code"}, "elsewhere", {"id"}, "CASCADE", "CASCADE"});
        s.tables.push_back(uses);
        const auto r = importer::importSchema(s);
        QVERIFY(reportNames(r, "foreignKey", "uses_part_fkey"));
        QVERIFY(reportNames(r, "foreignKey", "uses_code_fkey"));
        QCOMPARE(r.unsupportedCount(), 2);
        const auto &m = model(r.design, "Use");
        QVERIFY(m.note && m.note->find("uses_part_fkey") != std::string::npos);
        QVERIFY(m.note->find("FOREIGN KEY (\"partCode\", \"partRev\") REFERENCES \"parts\"") != std::string::npos);
        QCOMPARE(m.attributes.size(), size_t(3)); // the key columns stay attributes
        QVERIFY(r.design.associations.empty());
        QCOMPARE(model(r.design, "Part").attributes[0].unique, std::optional<std::string>("parts_code_rev_key"));
    }

    void joinTables()
    {
        schema::Schema s;
        auto students = table("students", {col("name", "STRING")});
        students.columns[0] = col("student_id", "UUID", false);
        students.primaryKey = {"student_id"};
        s.tables.push_back(students);
        s.tables.push_back(table("courses", {col("title", "STRING")}));
        schema::Table sc;
        sc.name = "StudentCourse";
        sc.columns = {col("createdAt", "DATE", false), col("updatedAt", "DATE", false),
                      col("studentId", "UUID", false), col("courseId", "INTEGER", false),
                      col("grade", "DECIMAL(4,1)"),    col("note", "STRING", false)};
        sc.primaryKey = {"studentId", "courseId"};
        sc.foreignKeys = {
            {{}, "StudentCourse_courseId_fkey", {"courseId"}, "courses", {"id"}, "CASCADE", "CASCADE"},
            {{}, "StudentCourse_studentId_fkey", {"studentId"}, "students", {"student_id"}, "CASCADE", "CASCADE"}};
        sc.uniques = {{{}, "StudentCourse_note_key", {"note"}}};
        s.tables.push_back(sc);
        // Two keys but also an id: a model with two associations, not a join table.
        auto orders = table("product_orders", {col("productId", "INTEGER", false), col("quantity", "INTEGER")});
        orders.foreignKeys.push_back(fk("product_orders", "productId", "courses", "CASCADE"));
        s.tables.push_back(orders);
        // A join table without timestamps cannot be a Sequelize through table.
        schema::Table bare;
        bare.name = "tags";
        bare.columns = {col("courseId", "INTEGER", false), col("studentId", "UUID", false)};
        bare.primaryKey = {"courseId", "studentId"};
        bare.foreignKeys = {
            fk("tags", "courseId", "courses", "CASCADE", "CASCADE"),
            {{}, "tags_studentId_fkey", {"studentId"}, "students", {"student_id"}, "CASCADE", "CASCADE"}};
        s.tables.push_back(bare);

        const auto r = importer::importSchema(s);
        const auto &d = r.design;
        QCOMPARE(d.models.size(), size_t(4)); // students, courses, product_orders, tags
        QVERIFY(!d.modelByName("StudentCourse"));
        const auto *m2m = d.associationById("as-StudentCourse");
        QVERIFY(m2m);
        QCOMPARE(m2m->kind, AssociationKind::ManyToMany);
        QCOMPARE(m2m->source, std::string("m-students"));
        QCOMPARE(m2m->target, std::string("m-courses"));
        QCOMPARE(m2m->through, std::optional<std::string>("StudentCourse"));
        QCOMPARE(m2m->foreignKey, std::optional<std::string>("studentId"));
        QCOMPARE(m2m->otherKey, std::optional<std::string>("courseId"));
        QCOMPARE(m2m->throughAttributes.size(), size_t(2));
        QCOMPARE(m2m->throughAttributes[1].unique, std::optional<std::string>("true"));
        QCOMPARE(m2m->throughAttributes[1].allowNull, std::optional<bool>(false));
        QVERIFY(d.modelByName("Tag"));
        QVERIFY(d.modelByName("Tag")->attributeByName("courseId")); // key columns stay attributes
        QCOMPARE(r.unsupportedCount(), 0);
        VERIFY_ROUND_TRIP(s, "postgres");
    }

    void extrasAreReported()
    {
        schema::Schema s;
        s.tables.push_back(table("accounts", {col("balance", "DECIMAL(10,2)")}));
        s.extras = {
            {"check", "accounts_balance_check", "accounts", "CHECK (balance >= 0)"},
            {"view", "rich_accounts", "", "CREATE VIEW rich_accounts AS SELECT * FROM accounts WHERE balance > 1000"},
            {"index", "accounts_lower_idx", "accounts", "CREATE INDEX accounts_lower_idx ON accounts (lower(x))"},
            {"trigger", "accounts_audit", "accounts", "CREATE TRIGGER accounts_audit ..."}};
        // PostgreSQL can add each of them after its table: all four are carried as raw SQL.
        const auto r = importer::importSchema(s);
        QCOMPARE(r.unsupportedCount(), 0);
        QCOMPARE(r.design.rawSql.size(), size_t(4));
        for (const auto &x : s.extras) {
            const bool reported = std::any_of(r.report.begin(), r.report.end(), [&](const ImportNote &n) {
                return n.kind == x.kind && n.name == x.name &&
                       n.message.find("carried as raw SQL") != std::string::npos;
            });
            QVERIFY2(reported, x.name.c_str());
        }
        QVERIFY(!model(r.design, "Account").note);
        VERIFY_ROUND_TRIP(s, "postgres");
        // SQLite cannot add a check to an existing table: that one stays a note on the model.
        const auto lite = importer::importSchema(s, importOptions("sqlite"));
        QCOMPARE(lite.unsupportedCount(), 1);
        QVERIFY(reportNames(lite, "check", "accounts_balance_check"));
        const auto &m = model(lite.design, "Account");
        QVERIFY(m.note);
        QVERIFY(m.note->find("CHECK (balance >= 0)") != std::string::npos);
        QVERIFY(m.note->find("rich_accounts") == std::string::npos); // a view belongs to no model
    }

    void stableIds()
    {
        schema::Schema s;
        s.tables.push_back(table("users", {col("email", "STRING", false)}));
        auto posts = table("posts", {col("userId", "INTEGER")});
        posts.foreignKeys.push_back(fk("posts", "userId", "users"));
        s.tables.push_back(posts);
        const auto a = importer::importSchema(s);
        std::reverse(s.tables.begin(), s.tables.end());
        std::reverse(s.tables.begin(), s.tables.end());
        const auto b = importer::importSchema(s);
        QVERIFY(a.design == b.design);
        QCOMPARE(a.design.models[0].attributes[0].id, std::string("a-users-email"));
        QCOMPARE(a.design.associations[0].id, std::string("as-posts-userId"));
    }

    void examples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("dialect");
        const QDir dir(sf::test::sourcePath("resources/examples"));
        const auto subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(!subdirs.isEmpty());
        for (const auto &sub : subdirs)
            for (const auto &f : QDir(dir.filePath(sub)).entryList({"*.schemaforge.json"}, QDir::Files, QDir::Name))
                for (const char *d : {"postgres", "mysql", "sqlite"})
                    QTest::newRow(qPrintable(f + "/" + d)) << QDir(dir.filePath(sub)).filePath(f) << QString(d);
    }

    // Every example: lower -> import -> lower gives the same physical schema by names.
    void examples()
    {
        QFETCH(QString, file);
        QFETCH(QString, dialect);
        const auto loaded = project::ProjectFile::load(file.toStdString());
        QVERIFY2(loaded.ok, loaded.error.c_str());
        const std::string d = dialect.toStdString();
        const auto physical = schema::lower(loaded.project.design, schema::LoweringOptions::forDialect(d));
        const auto imported = importer::importSchema(physical, importOptions(d));
        QCOMPARE(imported.unsupportedCount(), 0);
        const auto again = schema::lower(imported.design, schema::LoweringOptions::forDialect(d));
        const auto diff = importer::compareSchemas(physical, again, orderedCompare());
        QVERIFY2(diff.empty(), qPrintable(diffText(diff)));
        QCOMPARE(imported.design.models.size() + 0, loaded.project.design.models.size());
        QCOMPARE(imported.design.associations.size(), loaded.project.design.associations.size());
        // Importing the re-lowered schema again changes nothing: ids are stable.
        QVERIFY(importer::importSchema(again, importOptions(d)).design == imported.design);
    }

    void compareFindsDifferences()
    {
        schema::Schema a;
        a.tables.push_back(table("t", {col("x", "STRING")}));
        auto b = a;
        b.tables[0].columns[1].type = *design::DataType::parse("TEXT");
        b.tables[0].indexes.push_back({{}, "t_x", {"x"}, false});
        const auto diff = importer::compareSchemas(a, b);
        QCOMPARE(diff.size(), size_t(2));
        QVERIFY(importer::compareSchemas(a, a).empty());
        // Numeric defaults compare by value: MariaDB prints DECIMAL(10,2) DEFAULT 0 as 0.00.
        QCOMPARE(importer::canonicalNumber("0.00"), std::string("0"));
        QCOMPARE(importer::canonicalNumber("1.50"), std::string("1.5"));
        QCOMPARE(importer::canonicalNumber("-007.10"), std::string("-7.1"));
        QCOMPARE(importer::canonicalNumber("+3"), std::string("3"));
        QCOMPARE(importer::canonicalNumber("1e5"), std::string("1e5"));
        auto c = a;
        c.tables[0].columns[1].defaultValue = design::DefaultValue::number("0.00");
        auto e = a;
        e.tables[0].columns[1].defaultValue = design::DefaultValue::number("0");
        QVERIFY(importer::compareSchemas(c, e).empty());
    }

    void layout()
    {
        schema::Schema s;
        s.tables.push_back(table("users", {col("email", "STRING", false)}));
        auto posts = table("posts", {col("userId", "INTEGER")});
        posts.foreignKeys.push_back(fk("posts", "userId", "users"));
        s.tables.push_back(posts);
        auto comments = table("comments", {col("postId", "INTEGER"), col("userId", "INTEGER")});
        comments.foreignKeys = {fk("comments", "postId", "posts"), fk("comments", "userId", "users")};
        s.tables.push_back(comments);
        auto a = table("a", {col("bId", "INTEGER")}); // a cycle a -> b -> a
        a.foreignKeys.push_back(fk("a", "bId", "b"));
        auto b = table("b", {col("aId", "INTEGER")});
        b.foreignKeys.push_back(fk("b", "aId", "a"));
        s.tables.push_back(a);
        s.tables.push_back(b);
        const auto d = importer::importSchema(s).design;
        const auto l = importer::autoLayout(d);
        QCOMPARE(l.size(), d.models.size());
        QVERIFY(l.at("m-users").x < l.at("m-posts").x);
        QVERIFY(l.at("m-posts").x < l.at("m-comments").x);
        QVERIFY(l.at("m-a").x != l.at("m-b").x);
        QVERIFY(l == importer::autoLayout(d));
        // No two cards of one column overlap.
        for (const auto &[id1, e1] : l)
            for (const auto &[id2, e2] : l)
                if (id1 < id2 && e1.x == e2.x) {
                    const double h1 = importer::estimatedCardHeight(d, *d.modelById(id1), {});
                    const double h2 = importer::estimatedCardHeight(d, *d.modelById(id2), {});
                    QVERIFY(e1.y + h1 <= e2.y || e2.y + h2 <= e1.y);
                }
    }

    void largeImportAndLayout()
    {
        schema::Schema s;
        for (int i = 0; i < 1000; ++i) {
            const std::string name = "table_" + std::to_string(i);
            auto t =
                table(name, {col("name", "STRING", false), col("value", "DECIMAL(10,2)"), col("parentId", "INTEGER")});
            if (i > 0)
                t.foreignKeys.push_back(fk(name, "parentId", "table_" + std::to_string((i - 1) / 3)));
            s.tables.push_back(std::move(t));
        }
        QElapsedTimer timer;
        timer.start();
        const auto r = importer::importSchema(s);
        const qint64 importMs = timer.restart();
        const auto l = importer::autoLayout(r.design);
        const qint64 layoutMs = timer.elapsed();
        qInfo("1,000 tables: import %lld ms, layout %lld ms", importMs, layoutMs);
        QCOMPARE(r.design.models.size(), size_t(1000));
        QCOMPARE(l.size(), size_t(1000));
        VERIFY_ROUND_TRIP(s, "postgres");
    }
};

QTEST_GUILESS_MAIN(TstImporter)
#include "tst_importer.moc"
