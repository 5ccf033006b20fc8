// Adopting a large sequelize-cli project: 100 models, 300 hand-written migrations (100 createTable,
// 200 addColumn), applied by the real sequelize-cli on SQLite. Measures `adopt` (node included) from the
// models and from the database, and `status` with 300 applied hand-written migrations; the reference is
// the project's own `sequelize-cli db:migrate:status`. Targets: adopt < 5 s, status < 100 ms.
#include "support/process.h"
#include "support/scratchproject.h"
#include "support/testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sf::test;

namespace {

void writeFile(const QString &path, const QString &text)
{
    QVERIFY2(writeTextFile(path, text.toUtf8()), qPrintable(path));
}

QString pad(int n)
{
    return QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
}

} // namespace

class BenchAdopt : public QObject
{
    Q_OBJECT

private slots:
    void adoptAndStatus()
    {
        QString modulesError;
        const QString modules = sf::test::nodeModules(&modulesError);
        QVERIFY2(!modules.isEmpty(), qPrintable(modulesError));
        QTemporaryDir tmp;
        const QDir root(tmp.path());
        QVERIFY(QFile::link(modules, root.filePath(QStringLiteral("node_modules"))));
        writeFile(root.filePath(QStringLiteral("package.json")),
                  QStringLiteral("{ \"name\": \"big\", \"private\": true }\n"));
        writeFile(
            root.filePath(QStringLiteral("config/config.json")),
            QStringLiteral(
                "{ \"development\": { \"dialect\": \"sqlite\", \"storage\": \"big.sqlite\", \"logging\": false } }\n"));
        QFile index(QStringLiteral(SF_SOURCE_DIR "/tests/fixtures/adopt/blog/src/models/index.js"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        writeFile(root.filePath(QStringLiteral("models/index.js")),
                  QString::fromUtf8(index.readAll())
                      .replace(QStringLiteral("/../../db/config.js"), QStringLiteral("/../config/config.json")));
        int migration = 0;
        auto stamp = [&]() { return QStringLiteral("20240101%1").arg(migration++, 6, 10, QLatin1Char('0')); };
        for (int m = 1; m <= 100; ++m) {
            const QString name = QStringLiteral("M") + pad(m), table = name + QStringLiteral("s");
            QString attrs = QStringLiteral(
                "    title: DataTypes.STRING,\n    c1: DataTypes.INTEGER,\n    c2: DataTypes.STRING(40),\n");
            QString assoc = m > 1 ? QStringLiteral("    %1.belongsTo(models.M%2, { foreignKey: 'parentId' });\n")
                                        .arg(name, pad(m - 1))
                                  : QString();
            writeFile(root.filePath(QStringLiteral("models/m%1.js").arg(pad(m))),
                      QStringLiteral("'use strict';\nmodule.exports = (sequelize, DataTypes) => {\n  const %1 = "
                                     "sequelize.define('%1', {\n%2  }, {});\n"
                                     "  %1.associate = function (models) {\n%3  };\n  return %1;\n};\n")
                          .arg(name, attrs, assoc));
            QString parent = m > 1
                                 ? QStringLiteral("      parentId: { type: Sequelize.INTEGER, references: { model: "
                                                  "'M%1s', key: 'id' }, onUpdate: 'CASCADE', onDelete: 'SET NULL' },\n")
                                       .arg(pad(m - 1))
                                 : QString();
            writeFile(
                root.filePath(QStringLiteral("migrations/%1-create-%2.js").arg(stamp(), name.toLower())),
                QStringLiteral(
                    "'use strict';\nmodule.exports = {\n  async up(queryInterface, Sequelize) {\n"
                    "    await queryInterface.createTable('%1', {\n"
                    "      id: { allowNull: false, autoIncrement: true, primaryKey: true, type: Sequelize.INTEGER },\n"
                    "      title: { type: Sequelize.STRING },\n%2"
                    "      createdAt: { allowNull: false, type: Sequelize.DATE },\n"
                    "      updatedAt: { allowNull: false, type: Sequelize.DATE }\n    });\n  },\n"
                    "  async down(queryInterface) { await queryInterface.dropTable('%1'); }\n};\n")
                    .arg(table, parent));
        }
        for (int m = 1; m <= 100; ++m)
            for (const auto &[col, type] : {std::pair{QStringLiteral("c1"), QStringLiteral("INTEGER")},
                                            std::pair{QStringLiteral("c2"), QStringLiteral("STRING(40)")}})
                writeFile(root.filePath(QStringLiteral("migrations/%1-add-%2-to-m%3.js").arg(stamp(), col, pad(m))),
                          QStringLiteral("'use strict';\nmodule.exports = {\n"
                                         "  up: (queryInterface, Sequelize) => queryInterface.addColumn('M%1s', '%2', "
                                         "{ type: Sequelize.%3 }),\n"
                                         "  down: (queryInterface) => queryInterface.removeColumn('M%1s', '%2')\n};\n")
                              .arg(pad(m), col, type));
        QCOMPARE(migration, 300);
        ProcessOptions o;
        o.workingDirectory = root.path();
        o.timeoutMs = 900000;
        const QString cliTool = root.filePath(QStringLiteral("node_modules/.bin/sequelize-cli"));
        auto r = runProcess(cliTool, {QStringLiteral("db:migrate")}, o);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        QElapsedTimer t;
        t.start();
        r = runProcess(cliTool, {QStringLiteral("db:migrate:status")}, o);
        const qint64 referenceMs = t.elapsed();
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        t.restart();
        r = runCli({QStringLiteral("--project"), QStringLiteral("db.schemaforge.json"), QStringLiteral("adopt"),
                    QStringLiteral("--from"), QStringLiteral("database")},
                   o);
        const qint64 adoptDbMs = t.elapsed();
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFile::remove(root.filePath(QStringLiteral("db.schemaforge.json"))));
        t.restart();
        r = runCli({QStringLiteral("adopt"), QStringLiteral("--from"), QStringLiteral("models")}, o);
        const qint64 adoptModelsMs = t.elapsed();
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        QList<qint64> statusMs;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            r = runCli({QStringLiteral("status")}, o);
            statusMs << t.elapsed();
            QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("0 pending, 0 needing attention")),
                     qPrintable(r.describe()));
        }
        std::sort(statusMs.begin(), statusMs.end());
        qInfo("adopt 100 models / 300 hand-written migrations: from database %lld ms, from models %lld ms (target < "
              "5000 ms)",
              adoptDbMs, adoptModelsMs);
        qInfo("status with 300 applied hand-written migrations: median %lld ms of 5 process runs (target < 100 ms)",
              statusMs[2]);
        qInfo("reference: sequelize-cli db:migrate:status %lld ms; ratios adopt(models) %.2fx, status %.2fx",
              referenceMs, double(adoptModelsMs) / double(qMax<qint64>(1, referenceMs)),
              double(statusMs[2]) / double(qMax<qint64>(1, referenceMs)));
    }
};

QTEST_GUILESS_MAIN(BenchAdopt)
#include "tst_bench_adopt.moc"
