// A migration SchemaForge generates into an adopted SQLite project, run by the real sequelize-cli:
// a type change on Tags (the parent of PostTags, ON DELETE CASCADE) must keep every child row and the
// foreign keys, because the file carries SchemaForge's own rebuild instead of queryInterface.changeColumn
// (which rebuilds with foreign keys on and so deletes the PostTags rows).
#include "support/adoptproject.h"
#include "support/schemadumper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sf::test;

class TestAdoptSqliteSafety : public QObject
{
    Q_OBJECT

private slots:
    void generatedChangeKeepsChildRows()
    {
        AdoptProject p(QStringLiteral("blog"), QStringLiteral("sqlite"));
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        auto r = p.sequelizeCli({QStringLiteral("db:migrate")}, p.urlA());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString query = QStringLiteral(
            "const { Sequelize } = require('sequelize');"
            "const s = new Sequelize(process.env.BLOG_DATABASE_URL, { logging: false });"
            "(async () => { %1 })().then(() => s.close(), (e) => { console.error(e); process.exit(1); });");
        r = p.node(
            query.arg(QStringLiteral(
                "const now = new Date().toISOString();"
                "await s.query(`INSERT INTO Users (firstName, email, createdAt, updatedAt) VALUES ('Ada', 'ada@x', "
                "'${now}', '${now}')`);"
                "await s.query(`INSERT INTO Posts (title, published, userId, createdAt, updatedAt) VALUES ('Hi', 1, 1, "
                "'${now}', '${now}')`);"
                "await s.query(`INSERT INTO Tags (name, createdAt, updatedAt) VALUES ('news', '${now}', '${now}')`);"
                "await s.query(`INSERT INTO PostTags (postId, tagId, createdAt, updatedAt) VALUES (1, 1, '${now}', "
                "'${now}')`);")),
            p.urlA());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = p.cli({QStringLiteral("adopt"), QStringLiteral("--from"), QStringLiteral("database")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        DumpOptions dump;
        dump.excludeTables = {QStringLiteral("SchemaForgeMeta"), QStringLiteral("SchemaForgeJournal"),
                              QStringLiteral("SequelizeMeta")};
        QString error;
        const QString before = dumpSchema(p.urlA(), dump, &error);
        QVERIFY2(before.contains(QLatin1String(
                     "FOREIGN KEY PostTags(tagId) REFERENCES Tags(id) ON UPDATE CASCADE ON DELETE CASCADE")),
                 qPrintable(before));

        QJsonObject doc = QJsonDocument::fromJson(p.readFile(QStringLiteral("blog.schemaforge.json"))).object();
        QJsonArray models = doc[QStringLiteral("models")].toArray();
        bool edited = false;
        for (int i = 0; i < models.size(); ++i) {
            QJsonObject m = models[i].toObject();
            QJsonArray attrs = m[QStringLiteral("attributes")].toArray();
            for (int k = 0; k < attrs.size(); ++k) {
                QJsonObject a = attrs[k].toObject();
                if (m[QStringLiteral("name")].toString() == QLatin1String("Tag") &&
                    a[QStringLiteral("name")].toString() == QLatin1String("name")) {
                    a[QStringLiteral("type")] = QStringLiteral("STRING(80)");
                    attrs[k] = a;
                    edited = true;
                }
            }
            m[QStringLiteral("attributes")] = attrs;
            models[i] = m;
        }
        QVERIFY(edited);
        doc[QStringLiteral("models")] = models;
        QVERIFY(p.writeFile(QStringLiteral("blog.schemaforge.json"), QJsonDocument(doc).toJson()));
        r = p.cli({QStringLiteral("--json"), QStringLiteral("generate"), QStringLiteral("widen tag name")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("\"written\"")), qPrintable(r.describe()));
        const QString js = r.outJson()[QStringLiteral("js")].toString();
        QVERIFY2(p.readFile(QStringLiteral("db/migrations/") + QFileInfo(js).fileName()).contains("sqliteRebuild"),
                 qPrintable(js));

        r = p.sequelizeCli({QStringLiteral("db:migrate")}, p.urlA());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = p.node(query.arg(QStringLiteral("const [rows] = await s.query('SELECT (SELECT COUNT(*) FROM PostTags) AS "
                                            "pt, (SELECT COUNT(*) FROM Tags) AS t');"
                                            "console.log(`rows ${rows[0].pt} ${rows[0].t}`);")),
                   p.urlA());
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("rows 1 1")), qPrintable(r.describe()));
        const QString after = dumpSchema(p.urlA(), dump, &error);
        QVERIFY2(after.contains(QLatin1String(
                     "FOREIGN KEY PostTags(tagId) REFERENCES Tags(id) ON UPDATE CASCADE ON DELETE CASCADE")),
                 qPrintable(after));
        QVERIFY2(after.contains(QLatin1String("name VARCHAR(80) NOT NULL")), qPrintable(after));
        // Everything else is as it was.
        QString expected = before;
        expected.replace(QLatin1String("name VARCHAR(50) NOT NULL"), QLatin1String("name VARCHAR(80) NOT NULL"));
        QCOMPARE(after, expected);
    }
};

QTEST_GUILESS_MAIN(TestAdoptSqliteSafety)
#include "tst_adopt_sqlite_safety.moc"
