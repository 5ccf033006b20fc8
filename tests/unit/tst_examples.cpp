// The bundled examples ship with their migrations (so ./run.sh can press Migrate at once): each
// example's design has nothing pending against its migrations folder, and every .js file is exactly
// what the writer produces from its .json twin.
#include "core/migrate/directory.h"
#include "core/migrate/generator.h"
#include "core/migrate/jswriter.h"
#include "core/project/projectfile.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class TstExamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upToDate_data()
    {
        QTest::addColumn<QString>("example");
        for (const char *e : {"school", "library", "blog", "shop"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }

    void upToDate()
    {
        QFETCH(QString, example);
        const QString dir = sf::test::sourcePath(QStringLiteral("resources/examples/") + example);
        const auto loaded = sf::project::ProjectFile::load(
            QDir(dir).filePath(example + QStringLiteral(".schemaforge.json")).toStdString());
        QVERIFY2(loaded.ok, loaded.error.c_str());
        QCOMPARE(loaded.project.connections.empty(), false);
        QVERIFY2(QString::fromStdString(loaded.project.connections.front().url).startsWith(QLatin1String("sqlite:")),
                 "the first connection of an example is its embedded SQLite file");
        const std::string migrations =
            QDir(dir).filePath(QString::fromStdString(loaded.project.migrationsDir())).toStdString();
        const auto directory = sf::migrate::MigrationDirectory::load(migrations);
        QVERIFY2(!directory.entries().empty(), "the example ships no migrations");
        const auto pending = sf::migrate::Generator::pendingOperations(loaded.project, directory);
        QVERIFY2(pending.empty(), "the example's migrations are stale: regenerate them with schemaforge-cli generate");
        for (size_t i = 0; i < directory.entries().size(); ++i) {
            const auto &e = directory.entries()[i];
            const sf::schema::Schema before = directory.replay(i);
            QFile js(QString::fromStdString(e.jsPath));
            QVERIFY2(js.open(QIODevice::ReadOnly), e.jsPath.c_str());
            QCOMPARE(QString::fromUtf8(js.readAll()),
                     QString::fromStdString(sf::migrate::JsWriter::write(e.migration, &before)));
        }
    }
};

QTEST_GUILESS_MAIN(TstExamples)
#include "tst_examples.moc"
