// ProjectFile: examples and a 1,000-model project round-trip byte for byte; bad input of every kind
// gets its precise message, crashes nothing and writes nothing.
#include "core/project/projectfile.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using sf::project::LoadResult;
using sf::project::Project;
using sf::project::ProjectFile;

#ifndef Q_MOC_RUN
namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A minimal valid file with `models` and `associations` spliced in.
std::string doc(const std::string &models, const std::string &assocs = "[]", const std::string &extra = "")
{
    return R"({"format": "schemaforge/1", "name": "t", "models": )" + models + R"(, "associations": )" + assocs +
           extra + "}";
}

std::string model(const std::string &attrs, const std::string &extra = "")
{
    return R"([{"id": "m1", "name": "Student")" + extra + R"(, "attributes": )" + attrs + "}]";
}

std::string attr(const std::string &body)
{
    return model(R"([{"id": "a1", )" + body + "}]");
}

const std::string kTwoModels =
    R"([{"id": "m1", "name": "Grade", "attributes": []}, {"id": "m2", "name": "Student", "attributes": []}])";

Project bigProject(int n)
{
    Project p;
    p.name = "big";
    p.settings.defaultDialect = "postgres";
    for (int i = 0; i < n; ++i) {
        sf::design::Model m;
        m.id = "m-" + std::to_string(i);
        m.name = "Model" + std::to_string(i);
        if (i % 7 == 0)
            m.tableName = "table_" + std::to_string(i);
        if (i % 5 == 0)
            m.paranoid = true;
        for (int k = 0; k < 6; ++k) {
            sf::design::Attribute a;
            a.id = m.id + "-a" + std::to_string(k);
            a.name = "field" + std::to_string(k);
            static const char *types[] = {"STRING", "INTEGER", "DECIMAL(10,2)", "ENUM('a','b')", "TEXT", "DATE"};
            a.type = *sf::design::DataType::parse(types[k]);
            if (k == 0)
                a.allowNull = false;
            if (k == 1)
                a.defaultValue = sf::design::DefaultValue::number(std::to_string(i));
            if (k == 2)
                a.defaultValue = sf::design::DefaultValue::number("0.5");
            if (k == 3)
                a.defaultValue = sf::design::DefaultValue::string("a");
            if (k == 5)
                a.defaultValue = sf::design::DefaultValue::now();
            m.attributes.push_back(std::move(a));
        }
        if (i % 3 == 0)
            m.indexes.push_back({m.id + "-i", std::nullopt, {"field0", "field1"}, true});
        p.design.models.push_back(std::move(m));
        sf::project::LayoutEntry le;
        le.x = (i % 40) * 300;
        le.y = (i / 40) * 250.5;
        if (i % 2)
            le.color = "#aabbcc";
        p.layout["m-" + std::to_string(i)] = le;
    }
    for (int i = 1; i < n; ++i) {
        sf::design::Association a;
        a.id = "as-" + std::to_string(i);
        a.kind = i % 10 == 0 ? sf::design::AssociationKind::ManyToMany : sf::design::AssociationKind::OneToMany;
        a.source = "m-" + std::to_string(i - 1);
        a.target = "m-" + std::to_string(i);
        a.foreignKey = "model" + std::to_string(i - 1) + "Id";
        if (a.kind == sf::design::AssociationKind::ManyToMany)
            a.through = "Join" + std::to_string(i);
        p.design.associations.push_back(std::move(a));
    }
    p.connections.push_back({"dev", "sqlite:big.sqlite"});
    return p;
}

} // namespace
#endif

// Hidden from moc: its tokenizer trips over some of the raw strings below.
#ifndef Q_MOC_RUN
static void addBadInputRows()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const std::string &in, const char *msg) {
        QTest::newRow(name) << QByteArray::fromStdString(in) << QString::fromUtf8(msg);
    };
    row("empty", "", "the file is empty; a project file is a JSON object with \"format\": \"schemaforge/1\"");
    row("whitespace", "  \n ", "the file is empty; a project file is a JSON object with \"format\": \"schemaforge/1\"");
    row("truncated", "{\"format\": \"schemaforge/1\",\n  \"name\": ",
        "syntax error at line 2, column 11: while parsing value - unexpected end of input; expected '[', '{', or a "
        "literal");
    row("trailing comma", "{\"format\": \"schemaforge/1\",\n}",
        "syntax error at line 2, column 1: while parsing object key - unexpected '}'; expected string literal");
    row("bad literal", "{\"format\": tru}",
        "syntax error at line 1, column 15: while parsing value - invalid literal; last read: '\"format\": tru}'");
    row("not an object", "[1, 2]", "(top level): expected a JSON object, got an array");
    row("bad utf8", "{\"format\": \"schemaforge/1\", \"name\": \"\xff\"}",
        "syntax error at line 1, column 38: while parsing value - invalid string: ill-formed UTF-8 byte; last read: "
        "'\"\xff'");
    row("duplicate key", "{\"format\": \"schemaforge/1\", \"name\": \"a\", \"name\": \"b\"}",
        "duplicate key \"name\" in one JSON object; each key may appear only once");
    row("too deep", std::string(200, '[') + std::string(200, ']'),
        "the JSON is nested more than 64 levels deep; this is not a project file");
    row("no format", "{\"name\": \"x\"}",
        "format: missing; this is not a SchemaForge project (expected \"format\": \"schemaforge/1\")");
    row("format number", "{\"format\": 1}", "format: expected a string, got a number");
    row("newer format", "{\"format\": \"schemaforge/2\", \"name\": \"x\"}",
        "format: \"schemaforge/2\" was written by a newer SchemaForge; this version reads only \"schemaforge/1\" "
        "(upgrade SchemaForge to open it)");
    row("foreign format", "{\"format\": \"drawio\"}",
        "format: \"drawio\" is not a SchemaForge project format (expected \"schemaforge/1\")");
    row("no name", "{\"format\": \"schemaforge/1\"}", "(top level): missing required key \"name\"");
    row("unknown top key", doc("[]", "[]", ", \"modles\": []"),
        "modles: unknown key \"modles\"; did you mean \"models\"?");
    row("models not array", doc("{}"), "models: expected an array, got an object");
    row("unknown model key", doc(model("[]", ", \"colour\": \"red\"")),
        "models[0].colour: unknown key \"colour\"; expected one of id, name, tableName, freezeTableName, "
        "timestamps, paranoid, underscored, comment, note, attributes, indexes, noPrimaryKey, charset, collate");
    row("unknown model key wrapped", doc(model("[]", ", \"tablename\": \"x\"")),
        "models[0].tablename: unknown key \"tablename\"; did you mean \"tableName\"?");
    row("type not string", doc(attr(R"("name": "x", "type": 5)")),
        "models[0].attributes[0].type: expected a string, got a number");
    row("bad type", doc(attr(R"("name": "x", "type": "STRIN")")),
        "models[0].attributes[0].type: \"STRIN\" is not a type; did you mean STRING?");
    row("bad type args", doc(attr(R"x("name": "x", "type": "DECIMAL(2,4)")x")),
        "models[0].attributes[0].type: \"DECIMAL(2,4)\": the scale 4 is larger than the precision 2");
    row("missing type", doc(attr(R"("name": "x")")), "models[0].attributes[0]: missing required key \"type\"");
    row("allowNull string", doc(attr(R"("name": "x", "type": "STRING", "allowNull": "no")")),
        "models[0].attributes[0].allowNull: expected true or false, got a string");
    row("bad default fn", doc(attr(R"("name": "x", "type": "DATE", "defaultValue": {"fn": "TODAY"})")),
        "models[0].attributes[0].defaultValue.fn: \"TODAY\" is not a default function; use \"NOW\" or \"UUIDV4\"");
    row("bad default kind", doc(attr(R"("name": "x", "type": "DATE", "defaultValue": [1])")),
        "models[0].attributes[0].defaultValue: expected a string, number, boolean, {\"fn\": \"NOW\"|\"UUIDV4\"} "
        "or {\"sql\": \"...\"}, got an array");
    row("unique number", doc(attr(R"("name": "x", "type": "STRING", "unique": 1)")),
        "models[0].attributes[0].unique: expected true, false or a group name, got a number");
    row("duplicate model id",
        doc(R"([{"id": "m1", "name": "A", "attributes": []}, {"id": "m1", "name": "B", "attributes": []}])"),
        "models[1].id: duplicate id \"m1\" (already used at models[0].id)");
    row("duplicate attribute id",
        doc(R"([{"id": "m1", "name": "A", "attributes": [{"id": "m1", "name": "x", "type": "STRING"}]}])"),
        "models[0].attributes[0].id: duplicate id \"m1\" (already used at models[0].id)");
    row("empty id", doc(R"([{"id": "", "name": "A"}])"), "models[0].id: the id is empty");
    row("slash id", doc(R"([{"id": "a/b", "name": "A"}])"),
        "models[0].id: \"a/b\" is not a valid id: use letters, digits, '-' and '_' (no spaces, quotes, '/' or "
        "control characters)");
    row("dangling target", doc(kTwoModels, R"([{"id": "as1", "type": "oneToMany", "source": "m1", "target": "m9"}])"),
        "associations[0].target: no model has id \"m9\"");
    row("dangling source", doc(kTwoModels, R"([{"id": "as1", "type": "oneToMany", "source": "zz", "target": "m1"}])"),
        "associations[0].source: no model has id \"zz\"");
    row("bad association type",
        doc(kTwoModels, R"([{"id": "as1", "type": "hasMany", "source": "m1", "target": "m2"}])"),
        "associations[0].type: \"hasMany\" is not an association type; use oneToOne, oneToMany or manyToMany");
    row("bad onDelete",
        doc(kTwoModels, R"([{"id": "as1", "type": "oneToMany", "source": "m1", "target": "m2", "onDelete": "DROP"}])"),
        "associations[0].onDelete: \"DROP\" is not a referential action; use CASCADE, SET NULL, RESTRICT, NO "
        "ACTION or SET DEFAULT");
    row("payload on oneToMany",
        doc(kTwoModels,
            R"([{"id": "as1", "type": "oneToMany", "source": "m1", "target": "m2", "throughAttributes": [{"id": "p", "name": "q", "type": "INTEGER"}]}])"),
        "associations[0].throughAttributes: only a manyToMany association has a join table");
    row("oversized name", doc("[{\"id\": \"m1\", \"name\": \"" + std::string(300, 'A') + "\"}]"),
        "models[0].name: the name is 300 bytes long; names are limited to 255 bytes");
    row("name with quote", doc(R"([{"id": "m1", "name": "Stu\"dent"}])"),
        "models[0].name: \"Stu\\\"dent\" is not a valid name: '\"' is not allowed (use letters, digits, '_' and '$')");
    row("name with semicolon", doc(R"([{"id": "m1", "name": "x; DROP TABLE users"}])"),
        "models[0].name: \"x; DROP TABLE users\" is not a valid name: ';' is not allowed (use letters, digits, "
        "'_' and '$')");
    row("name with backtick", doc(attr(R"("name": "a`b", "type": "STRING")")),
        "models[0].attributes[0].name: \"a`b\" is not a valid name: '`' is not allowed (use letters, digits, "
        "'_' and '$')");
    row("name with newline", doc(attr(R"("name": "a\nb", "type": "STRING")")),
        "models[0].attributes[0].name: \"a\\nb\" is not a valid name: a newline is not allowed (use letters, "
        "digits, '_' and '$')");
    row("name with NUL", doc(attr(R"("name": "a\u0000b", "type": "STRING")")),
        "models[0].attributes[0].name: \"a\\x00b\" is not a valid name: control character 0x00 is not allowed "
        "(use letters, digits, '_' and '$')");
    // tableName and field are database names (any character but a control character; always quoted).
    row("tableName with tab", doc(R"([{"id": "m1", "name": "A", "tableName": "my\ttable"}])"),
        "models[0].tableName: \"my\\ttable\" is not a valid name: control character 0x09 is not allowed");
    row("field with newline", doc(attr(R"("name": "x", "type": "STRING", "field": "1\nx")")),
        "models[0].attributes[0].field: \"1\\nx\" is not a valid name: control character 0x0a is not allowed");
    row("empty name", doc(R"([{"id": "m1", "name": ""}])"),
        "models[0].name: \"\" is not a valid name: the name is empty");
    row("index without fields", doc(R"([{"id": "m1", "name": "A", "indexes": [{"id": "i1", "fields": []}]}])"),
        "models[0].indexes[0].fields: an index needs at least one field");
    row("layout wrong type", doc("[]", "[]", R"(, "layout": {"m1": {"x": "10", "y": 0}})"),
        "layout.m1.x: expected a number, got a string");
    row("layout missing y", doc("[]", "[]", R"(, "layout": {"m1": {"x": 10}})"),
        "layout.m1: missing required key \"y\"");
    row("layout bad color", doc("[]", "[]", R"(, "layout": {"m1": {"x": 1, "y": 2, "color": "red"}})"),
        "layout.m1.color: \"red\" is not a color; write \"#rrggbb\"");
    row("bad dialect", doc("[]", "[]", R"(, "settings": {"defaultDialect": "oracle"})"),
        "settings.defaultDialect: \"oracle\" is not a dialect; use postgres, mysql or sqlite");
    row("duplicate connection",
        doc("[]", "[]", R"(, "connections": [{"name": "dev", "url": "a"}, {"name": "dev", "url": "b"}])"),
        "connections[1].name: duplicate connection name \"dev\"");
    row("connection unknown key", doc("[]", "[]", R"(, "connections": [{"name": "dev", "url": "a", "password": "x"}])"),
        "connections[0].password: unknown key \"password\"; expected one of name, url");
}
#endif

class TstProjectFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examplesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"school", "library", "blog", "shop"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void examplesRoundTrip()
    {
        QFETCH(QString, name);
        const QString path =
            sf::test::sourcePath(QStringLiteral("resources/examples/%1/%1.schemaforge.json").arg(name));
        const QByteArray bytes = readAll(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        const LoadResult r = ProjectFile::load(path.toStdString());
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.project.name, name.toStdString());
        QCOMPARE(r.project.connections.size(), size_t(1));
        QCOMPARE(r.project.connections[0].url, "sqlite:" + name.toStdString() + ".sqlite");
        QCOMPARE(QByteArray::fromStdString(ProjectFile::saveToString(r.project)), bytes);
    }

    void schoolContent()
    {
        const auto r = ProjectFile::load(
            sf::test::sourcePath(QStringLiteral("resources/examples/school/school.schemaforge.json")).toStdString());
        QVERIFY2(r.ok, r.error.c_str());
        const auto &d = r.project.design;
        QCOMPARE(d.models.size(), size_t(3));
        QCOMPARE(d.models[1].attributes[0].defaultValue, sf::design::DefaultValue::uuidV4());
        QVERIFY(d.models[1].attributes[0].isPrimaryKey());
        QCOMPARE(d.associations[1].kind, sf::design::AssociationKind::ManyToMany);
        QCOMPARE(d.associations[1].through.value_or(""), std::string("StudentCourse"));
        QCOMPARE(r.project.defaultDialect(), std::string("sqlite"));
        QCOMPARE(r.project.layout.size(), size_t(4));
    }

    void saveLoadFile()
    {
        QTemporaryDir dir;
        const auto r = ProjectFile::load(
            sf::test::sourcePath(QStringLiteral("resources/examples/shop/shop.schemaforge.json")).toStdString());
        QVERIFY(r.ok);
        const std::string path = dir.filePath(QStringLiteral("out.schemaforge.json")).toStdString();
        const auto s = ProjectFile::save(r.project, path);
        QVERIFY2(s.ok, s.error.c_str());
        const auto back = ProjectFile::load(path);
        QVERIFY2(back.ok, back.error.c_str());
        QCOMPARE(back.project, r.project);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.schemaforge.json")});
        const QByteArray bytes = readAll(QString::fromStdString(path));
        QVERIFY(bytes.endsWith("}\n"));
        QVERIFY(bytes.contains("\n  \"models\": [\n    {\n      \"id\""));
    }

    void saveFailsCleanly()
    {
        Project p;
        p.name = "x";
        const auto s = ProjectFile::save(p, "/nonexistent-dir/sub/x.schemaforge.json");
        QVERIFY(!s.ok);
        QVERIFY2(s.error.find("/nonexistent-dir/sub/x.schemaforge.json: cannot write") == 0, s.error.c_str());
        const auto l = ProjectFile::load("/nonexistent-dir/x.schemaforge.json");
        QVERIFY(!l.ok);
        QCOMPARE(l.error, std::string("/nonexistent-dir/x.schemaforge.json: no such file"));
    }

    void bigProjectRoundTrip()
    {
        const Project p = bigProject(1000);
        const std::string text = ProjectFile::saveToString(p);
        const auto r = ProjectFile::loadFromString(text);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.project.design.models.size(), size_t(1000));
        QVERIFY(r.project == p);
        QCOMPARE(ProjectFile::saveToString(r.project), text);
    }

    void optionalKeysOmitted()
    {
        Project p;
        p.name = "min";
        sf::design::Model m;
        m.id = "m1";
        m.name = "Post";
        sf::design::Attribute a;
        a.id = "a1";
        a.name = "title";
        m.attributes.push_back(a);
        p.design.models.push_back(m);
        const std::string text = ProjectFile::saveToString(p);
        QVERIFY(text.find("allowNull") == std::string::npos);
        QVERIFY(text.find("tableName") == std::string::npos);
        QVERIFY(text.find("indexes") == std::string::npos);
        const auto r = ProjectFile::loadFromString(text);
        QVERIFY2(r.ok, r.error.c_str());
        QVERIFY(r.project == p);
    }

    void badInput_data() { addBadInputRows(); }
    void badInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const LoadResult r = ProjectFile::loadFromString(input.toStdString());
        QVERIFY(!r.ok);
        QCOMPARE(QString::fromStdString(r.error), message);
        QVERIFY(r.project == Project{});
        // Through a file: the same message prefixed by the path, and nothing written.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.schemaforge.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(input);
        }
        const LoadResult fr = ProjectFile::load(path.toStdString());
        QVERIFY(!fr.ok);
        QCOMPARE(QString::fromStdString(fr.error), path + QStringLiteral(": ") + message);
        QCOMPARE(readAll(path), input);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("bad.schemaforge.json")});
    }

    void unicodeNamesLoad()
    {
        const auto r = ProjectFile::loadFromString(
            doc("[{\"id\": \"m1\", \"name\": \"\u00c9l\u00e8ve\", \"attributes\": [{\"id\": \"a1\", \"name\": "
                "\"pr\u00e9nom\", "
                "\"type\": \"STRING\", \"comment\": \"quote ' \\\" ; ` and\\nnewline\"}]}]"));
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.project.design.models[0].name, std::string("Élève"));
        const auto again = ProjectFile::loadFromString(ProjectFile::saveToString(r.project));
        QVERIFY(again.ok);
        QVERIFY(again.project == r.project);
    }
};

QTEST_GUILESS_MAIN(TstProjectFile)
#include "tst_projectfile.moc"
