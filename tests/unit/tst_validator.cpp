// validate(): every check names the object, its path, what is wrong and the fix; examples are clean.
#include "core/design/validator.h"
#include "core/project/projectfile.h"
#include "support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sf;
using design::Severity;

namespace {

design::Attribute attr(const std::string &id, const std::string &name, const char *type)
{
    design::Attribute a;
    a.id = id;
    a.name = name;
    a.type = *design::DataType::parse(type);
    return a;
}

design::Model model(const std::string &id, const std::string &name, std::vector<design::Attribute> attrs = {})
{
    design::Model m;
    m.id = id;
    m.name = name;
    m.attributes = std::move(attrs);
    return m;
}

design::Association assoc(const std::string &id, design::AssociationKind k, const std::string &s, const std::string &t)
{
    design::Association a;
    a.id = id;
    a.kind = k;
    a.source = s;
    a.target = t;
    return a;
}

// The single problem whose message contains `needle`; fails the test when there is not exactly one.
const design::Problem *find(const std::vector<design::Problem> &ps, const std::string &needle)
{
    const design::Problem *hit = nullptr;
    int n = 0;
    for (const auto &p : ps)
        if (p.message.find(needle) != std::string::npos) {
            hit = &p;
            ++n;
        }
    return n == 1 ? hit : nullptr;
}

QString all(const std::vector<design::Problem> &ps)
{
    QString s;
    for (const auto &p : ps)
        s += QStringLiteral("%1 %2: %3\n")
                 .arg(QLatin1String(design::toString(p.severity)), QString::fromStdString(p.path),
                      QString::fromStdString(p.message));
    return s;
}

#define EXPECT_PROBLEM(ps, needle, sev, pathStr, idStr)                                                                \
    do {                                                                                                               \
        const std::vector<design::Problem> ps_ = (ps);                                                                 \
        const design::Problem *p_ = find(ps_, needle);                                                                 \
        QVERIFY2(p_, qPrintable(QStringLiteral("no single problem with \"%1\" in:\n%2")                                \
                                    .arg(QString::fromStdString(needle), all(ps_))));                                  \
        QCOMPARE(p_->severity, sev);                                                                                   \
        QCOMPARE(p_->path, std::string(pathStr));                                                                      \
        QCOMPARE(p_->objectId, std::string(idStr));                                                                    \
        QVERIFY(!p_->fix.empty() || p_->severity != Severity::Error);                                                  \
    } while (0)

} // namespace

class TstValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examplesAreClean_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"school", "library", "blog", "shop"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void examplesAreClean()
    {
        QFETCH(QString, name);
        const auto r = project::ProjectFile::load(
            test::sourcePath(QStringLiteral("resources/examples/%1/%1.schemaforge.json").arg(name)).toStdString());
        QVERIFY2(r.ok, r.error.c_str());
        const auto ps = design::validate(r.project);
        QVERIFY2(ps.empty(), qPrintable(all(ps)));
        for (const char *d : {"postgres", "mysql"}) {
            const auto pd = design::validate(r.project.design, {d, {}});
            QVERIFY2(!design::hasErrors(pd), qPrintable(all(pd)));
        }
    }

    void duplicateNames()
    {
        design::Design d;
        d.models = {model("m1", "Post", {attr("a1", "title", "STRING"), attr("a2", "title", "TEXT")}),
                    model("m2", "Post"), model("m3", "Other")};
        d.models[2].tableName = "Posts";
        const auto ps = design::validate(d);
        EXPECT_PROBLEM(ps, "two models are named \"Post\"", Severity::Error, "models[1]", "m2");
        EXPECT_PROBLEM(ps, "has two attributes named \"title\"", Severity::Error, "models[0].attributes[1]", "a2");
        int clashes = 0;
        for (const auto &p : ps)
            clashes += p.message == "table \"Posts\" is already used by models[0]" &&
                       (p.path == "models[1]" || p.path == "models[2]");
        QCOMPARE(clashes, 2);
    }

    void duplicateColumns()
    {
        auto a2 = attr("a2", "other", "STRING");
        a2.field = "title";
        design::Design d;
        d.models = {model("m1", "Post", {attr("a1", "title", "STRING"), a2})};
        EXPECT_PROBLEM(design::validate(d), "use column \"title\"", Severity::Error, "models[0].attributes[1]", "a2");
    }

    void invalidNames()
    {
        design::Design d;
        d.models = {model("m1", "Bad Name", {attr("a1", "", "STRING"), attr("a2", "x;y", "STRING")})};
        const auto ps = design::validate(d);
        EXPECT_PROBLEM(ps, "model name \"Bad Name\" is not a valid name: a space is not allowed", Severity::Error,
                       "models[0]", "m1");
        EXPECT_PROBLEM(ps, "column \"\" is not a valid name: the name is empty", Severity::Error,
                       "models[0].attributes[0]", "a1");
        EXPECT_PROBLEM(ps, "column \"x;y\" is not a valid name: ';' is not allowed", Severity::Error,
                       "models[0].attributes[1]", "a2");
    }

    void identifierLimits()
    {
        design::Design d;
        d.models = {model("m1", "Post",
                          {attr("a1", std::string(64, 'c'), "STRING"), attr("a2", std::string(65, 'd'), "STRING")})};
        auto pg = design::validate(d, {"postgres", {}});
        EXPECT_PROBLEM(pg, "column \"" + std::string(64, 'c') + "\" is 64 bytes long; PostgreSQL allows 63",
                       Severity::Error, "models[0].attributes[0]", "a1");
        auto my = design::validate(d, {"mysql", {}});
        EXPECT_PROBLEM(my, "is longer than PostgreSQL's 63-byte limit", Severity::Warning, "models[0].attributes[0]",
                       "a1");
        EXPECT_PROBLEM(my, "is 65 bytes long; MySQL/MariaDB allows 64", Severity::Error, "models[0].attributes[1]",
                       "a2");
    }

    void identifierRulesOfEveryConnectionDialect()
    {
        // Issue 18: a 64-byte name is fine for MySQL but PostgreSQL would truncate it; a project with a
        // postgres connection gets the error even when its default dialect is mysql. 4-byte characters
        // are errors where MySQL/MariaDB is in play.
        project::Project p;
        p.settings.defaultDialect = "mysql";
        p.design.models = {model(
            "m1", "Post", {attr("a1", std::string(64, 'c'), "STRING"), attr("a2", "tag\xF0\x9F\x8F\xB7", "STRING")})};
        auto ps = design::validate(p);
        EXPECT_PROBLEM(ps, "contains a 4-byte character", Severity::Error, "models[0].attributes[1]", "a2");
        EXPECT_PROBLEM(ps, "is longer than PostgreSQL's 63-byte limit", Severity::Warning, "models[0].attributes[0]",
                       "a1");
        p.connections = {{"prod", "postgresql://app:${PW}@db/app"}};
        ps = design::validate(p);
        EXPECT_PROBLEM(ps, "is 64 bytes long; PostgreSQL allows 63", Severity::Error, "models[0].attributes[0]", "a1");
        p.settings.defaultDialect = "postgres";
        p.connections = {{"dev", "sqlite:dev.db"}};
        ps = design::validate(p);
        QVERIFY2(!find(ps, "4-byte"), qPrintable(all(ps))); // PostgreSQL and SQLite take any UTF-8 name
        p.connections = {{"dev", "mariadb://u@h/db"}};
        EXPECT_PROBLEM(design::validate(p), "contains a 4-byte character", Severity::Error, "models[0].attributes[1]",
                       "a2");
    }

    void historyTableNamesAreTaken()
    {
        design::Design d;
        d.models = {model("m1", "Meta", {attr("a1", "name", "STRING")}), model("m2", "Other"), model("m3", "A"),
                    model("m4", "B")};
        d.models[0].tableName = "SequelizeMeta";
        d.models[1].tableName = "schemaforgemeta";
        design::Association a = assoc("as1", design::AssociationKind::ManyToMany, "m3", "m4");
        a.through = "SequelizeMeta";
        d.associations = {a};
        const auto ps = design::validate(d);
        EXPECT_PROBLEM(ps, "table \"schemaforgemeta\" is the migration history table of SchemaForge", Severity::Error,
                       "models[1]", "m2");
        int sequelize = 0;
        for (const auto &p : ps)
            sequelize += p.message.find("\"SequelizeMeta\" is the migration history table of sequelize-cli") !=
                         std::string::npos;
        QCOMPARE(sequelize, 2); // the model's table and the join table
    }

    void reservedWords()
    {
        design::Design d;
        d.models = {model("m1", "Order", {attr("a1", "order", "INTEGER")})};
        d.models[0].tableName = "order";
        const auto ps = design::validate(d);
        EXPECT_PROBLEM(ps, "table \"order\" is an SQL reserved word", Severity::Warning, "models[0]", "m1");
        EXPECT_PROBLEM(ps, "column \"order\" is an SQL reserved word", Severity::Warning, "models[0].attributes[0]",
                       "a1");
        QVERIFY(!design::hasErrors(ps));
    }

    void selfAssociation()
    {
        design::Design d;
        d.models = {model("m1", "Employee")};
        d.associations = {assoc("as1", design::AssociationKind::OneToMany, "m1", "m1")};
        auto ps = design::validate(d);
        EXPECT_PROBLEM(ps, "self-association on \"Employee\" needs an alias (as)", Severity::Error, "associations[0]",
                       "as1");
        EXPECT_PROBLEM(ps, "needs an explicit foreignKey", Severity::Error, "associations[0]", "as1");
        d.associations[0].as = "reports";
        d.associations[0].foreignKey = "managerId";
        QVERIFY2(design::validate(d).empty(), qPrintable(all(design::validate(d))));
    }

    void foreignKeyTypeMismatch()
    {
        auto pk = attr("a1", "uuid", "UUID");
        pk.primaryKey = true;
        design::Design d;
        d.models = {model("m1", "User", {pk}), model("m2", "Post", {attr("a2", "userId", "INTEGER")})};
        d.associations = {assoc("as1", design::AssociationKind::OneToMany, "m1", "m2")};
        EXPECT_PROBLEM(design::validate(d),
                       "foreign key column \"Posts\".\"userId\" is INTEGER but \"User\"'s primary key is UUID",
                       Severity::Error, "associations[0]", "as1");
        // Same kind, other width: the database accepts the key, so only a warning naming table and column.
        d.models[1].attributes[0].type = *design::DataType::parse("STRING");
        d.models[0].attributes[0].type = *design::DataType::parse("STRING(256)");
        EXPECT_PROBLEM(design::validate(d),
                       "foreign key column \"Posts\".\"userId\" is STRING but \"User\"'s primary key is STRING(256)",
                       Severity::Warning, "associations[0]", "as1");
        d.models[0].attributes[0].type = *design::DataType::parse("UUID");
        d.models[1].attributes[0].type = *design::DataType::parse("UUID");
        QVERIFY(design::validate(d).empty());
    }

    void compositeKeyWarning()
    {
        auto k1 = attr("a1", "a", "INTEGER");
        k1.primaryKey = true;
        auto k2 = attr("a2", "b", "INTEGER");
        k2.primaryKey = true;
        design::Design d;
        d.models = {model("m1", "Pair", {k1, k2})};
        EXPECT_PROBLEM(design::validate(d), "has 2 primary-key attributes", Severity::Warning, "models[0]", "m1");
    }

    void enumWithoutValues()
    {
        design::Design d;
        d.models = {model("m1", "Post", {attr("a1", "state", "ENUM")})};
        EXPECT_PROBLEM(design::validate(d), "ENUM \"state\" has no values", Severity::Error, "models[0].attributes[0]",
                       "a1");
    }

    void defaultsMustFit_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        using K = design::DefaultValue::Kind;
        QTest::newRow("string on integer") << "INTEGER" << int(K::String) << "abc"
                                           << "\"abc\" is not a number, so it does not fit INTEGER";
        QTest::newRow("number on date") << "DATE" << int(K::Number) << "5"
                                        << "a number does not fit DATE";
        QTest::newRow("bool on string") << "STRING" << int(K::Boolean) << "true"
                                        << "true/false does not fit STRING";
        QTest::newRow("enum value") << "ENUM('a','b')" << int(K::String) << "c"
                                    << "\"c\" is not one of the ENUM values";
        QTest::newRow("now on string") << "STRING" << int(K::Now) << ""
                                       << "NOW fits only DATE, DATEONLY or TIME, not STRING";
        QTest::newRow("uuid on integer") << "INTEGER" << int(K::UuidV4) << ""
                                         << "UUIDV4 fits only UUID (or STRING/CHAR), not INTEGER";
        QTest::newRow("too long") << "STRING(3)" << int(K::String) << "abcd"
                                  << "the default is longer than STRING(3) allows";
        QTest::newRow("string on boolean") << "BOOLEAN" << int(K::String) << "yes"
                                           << "\"yes\" does not fit BOOLEAN; use true or false";
    }
    void defaultsMustFit()
    {
        QFETCH(QString, type);
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto a = attr("a1", "x", qPrintable(type));
        a.defaultValue = {design::DefaultValue::Kind(kind), text.toStdString()};
        design::Design d;
        d.models = {model("m1", "T", {a})};
        EXPECT_PROBLEM(design::validate(d), "default of \"x\": " + message.toStdString(), Severity::Error,
                       "models[0].attributes[0]", "a1");
    }

    void defaultsThatFit()
    {
        auto a = attr("a1", "n", "DECIMAL(10,2)");
        a.defaultValue = design::DefaultValue::number("0");
        auto b = attr("a2", "s", "ENUM('x','y')");
        b.defaultValue = design::DefaultValue::string("x");
        auto c = attr("a3", "t", "DATE");
        c.defaultValue = design::DefaultValue::now();
        auto e = attr("a4", "u", "BOOLEAN");
        e.defaultValue = design::DefaultValue::boolean(false);
        design::Design d;
        d.models = {model("m1", "T", {a, b, c, e})};
        QVERIFY2(design::validate(d).empty(), qPrintable(all(design::validate(d))));
    }

    void dialectTypes()
    {
        design::Design d;
        d.models = {model("m1", "Doc", {attr("a1", "body", "JSONB"), attr("a2", "kind", "ENUM('a')")})};
        auto my = design::validate(d, {"mysql", {}});
        EXPECT_PROBLEM(my, "\"body\": JSONB does not exist on MySQL/MariaDB; it becomes JSON", Severity::Warning,
                       "models[0].attributes[0]", "a1");
        auto lite = design::validate(d, {"sqlite", {}});
        EXPECT_PROBLEM(lite, "JSONB does not exist on SQLite; it becomes JSON", Severity::Warning,
                       "models[0].attributes[0]", "a1");
        EXPECT_PROBLEM(lite, "SQLite has no ENUM; it becomes TEXT", Severity::Warning, "models[0].attributes[1]", "a2");
        QVERIFY(design::validate(d, {"postgres", {}}).empty());
    }

    void sameForeignKeyTwice()
    {
        design::Design d;
        d.models = {model("m1", "User"), model("m2", "Post")};
        d.associations = {assoc("as1", design::AssociationKind::OneToMany, "m1", "m2"),
                          assoc("as2", design::AssociationKind::OneToOne, "m1", "m2")};
        EXPECT_PROBLEM(design::validate(d), "foreign key column \"userId\" on \"Post\" is also made by associations[0]",
                       Severity::Error, "associations[1]", "as2");
    }

    void manyToManyNeedsThrough()
    {
        design::Design d;
        d.models = {model("m1", "Student"), model("m2", "Course")};
        d.associations = {assoc("as1", design::AssociationKind::ManyToMany, "m1", "m2")};
        EXPECT_PROBLEM(design::validate(d), "has no join table (through)", Severity::Error, "associations[0]", "as1");
        d.associations[0].through = "Students";
        EXPECT_PROBLEM(design::validate(d), "join table \"Students\" is already used by models[0]", Severity::Error,
                       "associations[0]", "as1");
    }

    void selfManyToManyKeys()
    {
        design::Design d;
        d.models = {model("m1", "User")};
        auto a = assoc("as1", design::AssociationKind::ManyToMany, "m1", "m1");
        a.through = "Friendship";
        a.as = "friends";
        a.foreignKey = "userId";
        d.associations = {a};
        EXPECT_PROBLEM(design::validate(d), "both join-table keys are named \"userId\"", Severity::Error,
                       "associations[0]", "as1");
    }

    void setNullOnNotNull()
    {
        design::Design d;
        d.models = {model("m1", "User"), model("m2", "Post")};
        auto a = assoc("as1", design::AssociationKind::OneToMany, "m1", "m2");
        a.allowNull = false;
        a.onDelete = "SET NULL";
        d.associations = {a};
        EXPECT_PROBLEM(design::validate(d), "ON DELETE SET NULL on a NOT NULL foreign key", Severity::Error,
                       "associations[0]", "as1");
    }

    void danglingAndBadIndex()
    {
        design::Design d;
        d.models = {model("m1", "User", {attr("a1", "email", "STRING")})};
        d.models[0].indexes.push_back({"i1", std::nullopt, {"email", "nope"}, std::nullopt});
        d.associations = {assoc("as1", design::AssociationKind::OneToMany, "m1", "m9")};
        const auto ps = design::validate(d);
        EXPECT_PROBLEM(ps, "index field \"nope\" is not an attribute of \"User\"", Severity::Error,
                       "models[0].indexes[0]", "i1");
        EXPECT_PROBLEM(ps, "the association's target model \"m9\" does not exist", Severity::Error, "associations[0]",
                       "as1");
    }

    void miscellaneous()
    {
        auto inc = attr("a1", "code", "STRING");
        inc.autoIncrement = true;
        design::Design d;
        d.models = {model("m1", "T", {inc, attr("a2", "id", "INTEGER")})};
        const auto ps = design::validate(d);
        EXPECT_PROBLEM(ps, "autoIncrement needs an integer type, not STRING", Severity::Error,
                       "models[0].attributes[0]", "a1");
        EXPECT_PROBLEM(ps, "uses column \"id\" but is not the primary key", Severity::Error, "models[0].attributes[1]",
                       "a2");
    }

    void duplicateAliasesAndIndexNames()
    {
        design::Design d;
        d.models = {model("m1", "User", {attr("a1", "email", "STRING")}),
                    model("m2", "Post", {attr("a2", "slug", "STRING")})};
        d.models[0].indexes.push_back({"i1", std::string("by_key"), {"email"}, std::nullopt});
        d.models[1].indexes.push_back({"i2", std::string("by_key"), {"slug"}, std::nullopt});
        auto a1 = assoc("as1", design::AssociationKind::OneToMany, "m1", "m2");
        a1.as = "posts";
        a1.foreignKey = "authorId";
        auto a2 = assoc("as2", design::AssociationKind::OneToMany, "m1", "m2");
        a2.as = "posts";
        a2.foreignKey = "editorId";
        d.associations = {a1, a2};
        const auto ps = design::validate(d);
        EXPECT_PROBLEM(ps, "index name \"by_key\" is already used by models[0].indexes[0]", Severity::Error,
                       "models[1].indexes[0]", "i2");
        EXPECT_PROBLEM(ps, "alias \"posts\" on \"User\" is also used by associations[0]", Severity::Error,
                       "associations[1]", "as2");
        QCOMPARE(ps.size(), size_t(2));
    }

    void thousandModels()
    {
        design::Design d;
        for (int i = 0; i < 1000; ++i) {
            std::vector<design::Attribute> attrs;
            for (int k = 0; k < 8; ++k)
                attrs.push_back(
                    attr("a" + std::to_string(i) + "-" + std::to_string(k), "field" + std::to_string(k), "STRING"));
            d.models.push_back(model("m" + std::to_string(i), "Model" + std::to_string(i), attrs));
            d.models.back().indexes.push_back({"i" + std::to_string(i), std::nullopt, {"field0"}, std::nullopt});
            if (i > 0)
                d.associations.push_back(assoc("as" + std::to_string(i), design::AssociationKind::OneToMany,
                                               "m" + std::to_string(i - 1), "m" + std::to_string(i)));
        }
        QElapsedTimer t;
        t.start();
        const auto ps = design::validate(d);
        const qint64 ms = t.elapsed();
        QVERIFY2(ps.empty(), qPrintable(all(ps)));
        QVERIFY2(ms < 3000, qPrintable(QStringLiteral("validate took %1 ms").arg(ms)));
        qDebug("validate(1000 models): %lld ms", static_cast<long long>(ms));
    }

    void literalPasswords()
    {
        project::Project p;
        p.connections = {{"ok", "postgres://app:${PGPASS}@db/app"},
                         {"bad", "postgres://app:hunter2@db/app"},
                         {"nouser", "sqlite:x.db"},
                         {"nopass", "mysql://root@db/x"}};
        const auto ps = design::validate(p);
        QCOMPARE(ps.size(), size_t(1));
        QCOMPARE(ps[0].path, std::string("connections[1]"));
        QCOMPARE(ps[0].message,
                 std::string("connection \"bad\" has a literal password in its URL; the project file must "
                             "not hold secrets"));
        QVERIFY(ps[0].message.find("hunter2") == std::string::npos);
    }

    void cli()
    {
        auto run = [](const QStringList &args, QByteArray *out, QByteArray *err) {
            QProcess p;
            p.start(QStringLiteral(SF_CLI_PATH), args);
            p.waitForFinished(60000);
            *out = p.readAllStandardOutput();
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out, err;
        const QString school = test::sourcePath(QStringLiteral("resources/examples/school/school.schemaforge.json"));
        QCOMPARE(run({QStringLiteral("--project"), school, QStringLiteral("validate")}, &out, &err), 0);
        QVERIFY2(out.contains("no problems"), out.constData());

        QTemporaryDir dir;
        project::Project p;
        p.name = "bad";
        p.design.models = {model("m1", "Post", {attr("a1", "state", "ENUM"), attr("a2", "order", "INTEGER")})};
        const std::string path = dir.filePath(QStringLiteral("bad.schemaforge.json")).toStdString();
        QVERIFY(project::ProjectFile::save(p, path).ok);
        QCOMPARE(
            run({QStringLiteral("--project"), QString::fromStdString(path), QStringLiteral("validate")}, &out, &err),
            1);
        QVERIFY2(out.contains("error: models[0].attributes[0]: ENUM \"state\" has no values (fix: list the values"),
                 out.constData());
        QVERIFY2(out.contains("warning: models[0].attributes[1]: column \"order\" is an SQL reserved word"),
                 out.constData());
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("--project"), QString::fromStdString(path),
                      QStringLiteral("validate")},
                     &out, &err),
                 1);
        const auto doc = QJsonDocument::fromJson(out);
        QVERIFY2(doc.isArray(), out.constData());
        QCOMPARE(doc.array().size(), 2);
        QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("models[0].attributes[0]"));

        const QString broken = dir.filePath(QStringLiteral("broken.schemaforge.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"schemaforge/2\", \"name\": \"x\"}");
        f.close();
        QCOMPARE(run({QStringLiteral("--project"), broken, QStringLiteral("validate")}, &out, &err), 1);
        QVERIFY2(err.contains("was written by a newer SchemaForge"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TstValidator)
#include "tst_validator.moc"
