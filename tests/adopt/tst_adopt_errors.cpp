// Bad input around adoption, on SQLite with the real sequelize-cli: no node, no installed sequelize,
// a model file that throws, a hand-written migration whose required project code fails (migrate
// stops there, history exact, lock released), a changed and a missing hand-written migration file.
#include "support/adoptproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sf::test;

namespace {

QString stateOf(const QJsonObject &status, const QString &file)
{
    for (const auto &m : status[QStringLiteral("migrations")].toArray())
        if (m.toObject()[QStringLiteral("file")].toString() == file)
            return m.toObject()[QStringLiteral("state")].toString();
    return QStringLiteral("(not listed)");
}

} // namespace

class TestAdoptErrors : public QObject
{
    Q_OBJECT

private slots:
    void noNode()
    {
        AdoptProject p(QStringLiteral("blog"), QStringLiteral("sqlite"));
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QProcessEnvironment env = p.environment();
        env.insert(QStringLiteral("SF_NODE"), QStringLiteral("/nonexistent/node"));
        auto r = p.cli({QStringLiteral("adopt")}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("SF_NODE")) && r.err.contains(QLatin1String("/nonexistent/node")),
                 qPrintable(r.describe()));
        env.remove(QStringLiteral("SF_NODE"));
        const QString emptyDir = p.path(QStringLiteral("no-bin"));
        QDir().mkpath(emptyDir);
        env.insert(QStringLiteral("PATH"), emptyDir);
        r = p.cli({QStringLiteral("adopt")}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("node (Node.js) was not found")), qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(p.path(QStringLiteral("blog.schemaforge.json"))));
    }

    void noSequelizeInstalled()
    {
        AdoptProject p(QStringLiteral("blog"), QStringLiteral("sqlite"));
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QVERIFY(QFile::remove(p.path(QStringLiteral("node_modules"))));
        auto r = p.cli({QStringLiteral("adopt"), QStringLiteral("--from"), QStringLiteral("models")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no installed \"sequelize\"")) &&
                     r.err.contains(QLatin1String("npm install")) && r.err.contains(QLatin1String("--from database")),
                 qPrintable(r.describe()));
    }

    void modelFileThrows()
    {
        AdoptProject p(QStringLiteral("blog"), QStringLiteral("sqlite"));
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        QVERIFY(p.writeFile(QStringLiteral("src/models/comment.js"),
                            "module.exports = (sequelize, DataTypes) => {\n"
                            "  throw new Error('Comment model is half-written');\n};\n"));
        auto r = p.cli({QStringLiteral("adopt"), QStringLiteral("--from"), QStringLiteral("models")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("comment.js")) &&
                     r.err.contains(QLatin1String("Comment model is half-written")),
                 qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(p.path(QStringLiteral("blog.schemaforge.json"))));
    }

    void brokenProjectCodeStopsMigrate()
    {
        AdoptProject p(QStringLiteral("blog"), QStringLiteral("sqlite"));
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        auto r = p.sequelizeCli({QStringLiteral("db:migrate")}, p.urlA());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = p.cli({QStringLiteral("adopt"), QStringLiteral("--from"), QStringLiteral("database")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(p.writeFile(QStringLiteral("src/lib/slug.js"), "throw new Error('slug helper is broken');\n"));
        r = p.cli({QStringLiteral("migrate"), QStringLiteral("--url"), p.urlB(), QStringLiteral("--lock-timeout"),
                   QStringLiteral("3000")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("20230116000000-add-slug-to-posts.js")) &&
                     r.err.contains(QLatin1String("slug helper is broken")),
                 qPrintable(r.describe()));
        r = p.cli({QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("--url"), p.urlB()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject st = r.outJson();
        QCOMPARE(st[QStringLiteral("pending")].toInt(), 1);
        QCOMPARE(stateOf(st, QStringLiteral("20230115000000-unique-user-email.js")), QStringLiteral("applied"));
        QCOMPARE(stateOf(st, QStringLiteral("20230116000000-add-slug-to-posts.js")), QStringLiteral("pending"));
        // Fixed: the lock was released, the next run continues exactly there.
        QVERIFY(p.writeFile(QStringLiteral("src/lib/slug.js"), "module.exports = { slugColumnName: () => 'slug' };\n"));
        r = p.cli({QStringLiteral("--json"), QStringLiteral("migrate"), QStringLiteral("--url"), p.urlB(),
                   QStringLiteral("--lock-timeout"), QStringLiteral("3000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outJson()[QStringLiteral("applied")].toArray().size(), 1);
    }

    void changedAndMissingFiles()
    {
        AdoptProject p(QStringLiteral("blog"), QStringLiteral("sqlite"));
        QVERIFY2(p.error().isEmpty(), qPrintable(p.error()));
        auto r = p.sequelizeCli({QStringLiteral("db:migrate")}, p.urlA());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = p.cli({QStringLiteral("adopt"), QStringLiteral("--from"), QStringLiteral("database")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString changed = QStringLiteral("db/migrations/20230110000000-add-bio-to-users.js");
        QVERIFY(p.writeFile(changed, p.readFile(changed) + "// edited after it ran\n"));
        QVERIFY(QFile::remove(p.path(QStringLiteral("db/migrations/20230114000000-add-published-index.js"))));
        r = p.cli({QStringLiteral("--json"), QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject st = r.outJson();
        QCOMPARE(stateOf(st, QStringLiteral("20230110000000-add-bio-to-users.js")), QStringLiteral("changed"));
        QCOMPARE(stateOf(st, QStringLiteral("20230114000000-add-published-index.js")), QStringLiteral("missing-file"));
        QCOMPARE(stateOf(st, QStringLiteral("20230111000000-change-title-length.js")), QStringLiteral("applied"));
        r = p.cli({QStringLiteral("status")});
        QVERIFY2(r.out.contains(QLatin1String("2 needing attention")), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestAdoptErrors)
#include "tst_adopt_errors.moc"
