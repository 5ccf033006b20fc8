// The adopt round trip shared by the tests of tests/adopt (see adoptrecipe.h).
#include "support/adoptrecipe.h"

#include "support/schemadumper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace sf::test {

QStringList sequelizeMeta(const QString &url, const AdoptProject &p)
{
    const auto r = p.node(QStringLiteral("const { Sequelize } = require('sequelize');"
                                         "const s = new Sequelize(process.env.BLOG_DATABASE_URL, { logging: false });"
                                         "s.query('SELECT name FROM \"SequelizeMeta\" ORDER BY name'.replace(/\"/g, "
                                         "s.getDialect() === 'mysql' ? '`' : '\"'),"
                                         "  { type: 'SELECT' }).then((rows) => { console.log(rows.map((x) => "
                                         "x.name).join('\\n')); return s.close(); })"),
                          url);
    return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void runAdoptRecipe(const AdoptRecipe &recipe)
{
    AdoptProject p(recipe.fixture, recipe.dialect);
    QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));

    // 1. The project's own sequelize-cli migrates A.
    auto r = p.sequelizeCli({QStringLiteral("db:migrate")}, p.urlA());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList appliedOnA = sequelizeMeta(p.urlA(), p);
    QCOMPARE(appliedOnA.size(), 11);

    // 2. adopt: the project file beside it, migrationsDir = the project's folder, no secret.
    r = p.cli(
        {QStringLiteral("--json"), QStringLiteral("adopt"), QStringLiteral("--from"), QStringLiteral("database")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject j = r.outJson();
    QCOMPARE(j[QStringLiteral("migrations")].toArray().size(), 11);
    for (const auto &m : j[QStringLiteral("migrations")].toArray()) {
        QVERIFY2(m.toObject()[QStringLiteral("applied")].toBool(), qPrintable(r.out));
        QVERIFY(m.toObject()[QStringLiteral("handWritten")].toBool());
    }
    QCOMPARE(j[QStringLiteral("checkpoint")].toObject()[QStringLiteral("after")].toString(),
             QStringLiteral("20230116000000-add-slug-to-posts") + recipe.extension);
    const QString projectName = recipe.fixture + QStringLiteral(".schemaforge.json");
    const QString projectFile = p.path(projectName);
    QVERIFY(QFileInfo::exists(projectFile));
    const QJsonObject project = QJsonDocument::fromJson(p.readFile(projectName)).object();
    QCOMPARE(project[QStringLiteral("settings")].toObject()[QStringLiteral("migrationsDir")].toString(),
             QStringLiteral("db/migrations"));
    const QJsonObject profile = project[QStringLiteral("connections")].toArray().first().toObject();
    QCOMPARE(profile[QStringLiteral("name")].toString(), QStringLiteral("development"));
    if (recipe.dialect != QLatin1String("sqlite")) {
        QCOMPARE(profile[QStringLiteral("url")].toString(), QStringLiteral("${BLOG_DATABASE_URL}"));
        const QString password = QUrl(p.urlA()).password();
        QVERIFY(!password.isEmpty());
        QVERIFY2(!p.readFile(projectName).contains(password.toUtf8()), "a literal password in the project file");
        QVERIFY2(!r.out.contains(password), "a password in adopt's output");
    }

    // 3. status: every hand-written migration applied, none missing or changed; node not needed.
    QProcessEnvironment noNode = p.environment();
    noNode.insert(QStringLiteral("SF_NODE"), QStringLiteral("/nonexistent/node"));
    r = p.cli({QStringLiteral("--json"), QStringLiteral("status")}, noNode);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    j = r.outJson();
    QCOMPARE(j[QStringLiteral("pending")].toInt(), 0);
    QCOMPARE(j[QStringLiteral("migrations")].toArray().size(), 11);
    for (const auto &m : j[QStringLiteral("migrations")].toArray())
        QVERIFY2(m.toObject()[QStringLiteral("state")].toString() == QLatin1String("applied"), qPrintable(r.out));

    // 4. validate and generate: clean, "No changes".
    r = p.cli({QStringLiteral("validate")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = p.cli({QStringLiteral("generate")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("No changes")), qPrintable(r.describe()));

    // 5. One edit in the design: Tag gets a color; generate writes exactly that.
    QJsonObject doc = QJsonDocument::fromJson(p.readFile(projectName)).object();
    QJsonArray models = doc[QStringLiteral("models")].toArray();
    bool edited = false;
    for (int i = 0; i < models.size(); ++i) {
        QJsonObject m = models[i].toObject();
        if (m[QStringLiteral("name")].toString() != QLatin1String("Tag"))
            continue;
        QJsonArray attrs = m[QStringLiteral("attributes")].toArray();
        attrs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("a-tag-color")},
                                 {QStringLiteral("name"), QStringLiteral("color")},
                                 {QStringLiteral("type"), QStringLiteral("STRING(20)")}});
        m[QStringLiteral("attributes")] = attrs;
        models[i] = m;
        edited = true;
    }
    QVERIFY2(edited, "no model Tag in the adopted design");
    doc[QStringLiteral("models")] = models;
    QVERIFY(p.writeFile(projectName, QJsonDocument(doc).toJson()));
    r = p.cli({QStringLiteral("--json"), QStringLiteral("generate"), QStringLiteral("add tag color")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    j = r.outJson();
    QCOMPARE(j[QStringLiteral("status")].toString(), QStringLiteral("written"));
    const QString js = j[QStringLiteral("js")].toString();
    QVERIFY2(js.startsWith(p.path(QStringLiteral("db/migrations/"))) &&
                 js.endsWith(QStringLiteral("-add-tag-color") + recipe.extension),
             qPrintable(js));
    const QByteArray jsText = p.readFile(QStringLiteral("db/migrations/") + QFileInfo(js).fileName());
    QVERIFY2(jsText.contains("addColumn('Tags', 'color'") && !jsText.contains("createTable") &&
                 jsText.contains(recipe.moduleMarker),
             jsText.constData());

    // 6. The real sequelize-cli applies the new file on A.
    r = p.sequelizeCli({QStringLiteral("db:migrate")}, p.urlA());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sequelizeMeta(p.urlA(), p).size(), 12);

    // 7. SchemaForge migrates a fresh B: hand-written through node, then its own, one sequence.
    r = p.cli({QStringLiteral("--json"), QStringLiteral("migrate"), QStringLiteral("--url"), p.urlB()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sequelizeMeta(p.urlB(), p), sequelizeMeta(p.urlA(), p));
    DumpOptions dump;
    dump.excludeTables = {QStringLiteral("SchemaForgeMeta"), QStringLiteral("SchemaForgeJournal")};
    QString error;
    const QString a = dumpSchema(p.urlA(), dump, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString b = dumpSchema(p.urlB(), dump, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(a.contains(QLatin1String("color")));
    QCOMPARE(b, a);

    // 8. status on B: all applied by SchemaForge; undo --all reverses every one (hand-written downs too).
    r = p.cli({QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("--url"), p.urlB()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const auto &m : r.outJson()[QStringLiteral("migrations")].toArray())
        QCOMPARE(m.toObject()[QStringLiteral("state")].toString(), QStringLiteral("applied"));
    r = p.cli(
        {QStringLiteral("--json"), QStringLiteral("undo"), QStringLiteral("--all"), QStringLiteral("--url"), p.urlB()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QStringList left = tableNames(p.urlB(), &error);
    left.removeAll(QStringLiteral("SequelizeMeta"));
    left.removeAll(QStringLiteral("SchemaForgeMeta"));
    left.removeAll(QStringLiteral("SchemaForgeJournal"));
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
    QVERIFY(sequelizeMeta(p.urlB(), p).isEmpty());
}

} // namespace sf::test
