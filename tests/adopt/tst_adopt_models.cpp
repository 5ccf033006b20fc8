// --from models: the design read from the model code with the project's own sequelize (class-based
// Model.init, sequelize.define, associate()). A models-only project (it used sync()) is adopted from its
// models; generate writes the initial migration, and SchemaForge's migrate of it creates exactly what
// the models' own sync() creates (PostgreSQL, MariaDB, SQLite).
#include "support/adoptproject.h"
#include "support/schemadumper.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sf::test;

class TestAdoptModels : public QObject
{
    Q_OBJECT

private slots:
    void modelsOnlyProjectEqualsSync_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("postgres") << QStringLiteral("postgres");
        QTest::newRow("mariadb") << QStringLiteral("mysql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    void modelsOnlyProjectEqualsSync()
    {
        QFETCH(QString, dialect);
        AdoptProject p(QStringLiteral("blog"), dialect);
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QDir migrations(p.path(QStringLiteral("db/migrations")));
        QVERIFY(migrations.removeRecursively());
        if (dialect == QLatin1String("sqlite"))
            QVERIFY(p.writeFile(QStringLiteral("../a.sqlite"), QByteArray())); // an empty database file

        auto r = p.cli(
            {QStringLiteral("--json"), QStringLiteral("adopt"), QStringLiteral("--from"), QStringLiteral("models")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject j = r.outJson();
        QStringList models;
        for (const auto &m : j[QStringLiteral("models")].toArray())
            models << m.toString();
        models.sort();
        QCOMPARE(models, (QStringList{QStringLiteral("Post (Posts)"), QStringLiteral("Tag (Tags)"),
                                      QStringLiteral("User (Users)")}));
        const QJsonArray links = j[QStringLiteral("links")].toArray();
        QCOMPARE(links.size(), 2);
        QVERIFY(j[QStringLiteral("checkpoint")].isNull());
        QVERIFY2(j[QStringLiteral("problems")].toArray().isEmpty(), qPrintable(r.out));

        r = p.cli({QStringLiteral("validate")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = p.cli({QStringLiteral("--json"), QStringLiteral("generate"), QStringLiteral("initial")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("\"written\"")), qPrintable(r.describe()));
        r = p.cli({QStringLiteral("migrate"), QStringLiteral("--url"), p.urlB()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // The models' own sync() on A.
        r = p.node(
            QStringLiteral(
                "const db = require('./src/models');"
                "db.sequelize.sync().then(() => db.sequelize.close(), (e) => { console.error(e); process.exit(1); });"),
            p.urlA());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        DumpOptions dump;
        dump.excludeTables = {QStringLiteral("SchemaForgeMeta"), QStringLiteral("SchemaForgeJournal"),
                              QStringLiteral("SequelizeMeta")};
        QString error;
        const QString synced = dumpSchema(p.urlA(), dump, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString migrated = dumpSchema(p.urlB(), dump, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(synced.contains(QLatin1String("PostTags")));
        QCOMPARE(migrated, synced);
    }

    // drift --models: a teammate edits a model file by hand; SchemaForge says the model code changed.
    void driftModelsNamesTheChangedSide()
    {
        AdoptProject p(QStringLiteral("blog"), QStringLiteral("sqlite"));
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        auto r = p.sequelizeCli({QStringLiteral("db:migrate")}, p.urlA());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = p.cli(
            {QStringLiteral("--json"), QStringLiteral("adopt"), QStringLiteral("--from"), QStringLiteral("models")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = p.cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--models")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QByteArray tag = p.readFile(QStringLiteral("src/models/tag.js"));
        tag.replace("    name: {", "    color: DataTypes.STRING(20),\n    name: {");
        QVERIFY(p.writeFile(QStringLiteral("src/models/tag.js"), tag));
        r = p.cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--models")});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject j = r.outJson();
        QCOMPARE(j[QStringLiteral("changed")].toString(), QStringLiteral("models"));
        QVERIFY2(r.out.contains(QLatin1String("color")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestAdoptModels)
#include "tst_adopt_models.moc"
