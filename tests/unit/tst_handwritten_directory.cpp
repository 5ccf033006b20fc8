// A migrations folder with hand-written sequelize-cli migrations: they are listed (no .json twin,
// sequelize-cli's file pattern), ordered with SchemaForge's own exactly as umzug orders them (JS string
// comparison of file names), checksummed by their bytes; replay starts at the checkpoint; new files
// follow the folder's style; on SQLite the generated file carries SchemaForge's own rebuild.
#include "core/migrate/checkpoint.h"
#include "core/migrate/directory.h"
#include "core/migrate/folderstyle.h"
#include "core/migrate/jswriter.h"
#include "core/migrate/migrationfile.h"
#include "core/migrate/migrationsteps.h"
#include "support/scratchproject.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sf;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QVERIFY2(test::writeTextFile(path, bytes), qPrintable(path));
}

schema::Table table(const std::string &name, std::vector<std::string> columns)
{
    schema::Table t;
    t.name = name;
    for (const auto &c : columns) {
        schema::Column col;
        col.name = c;
        col.type = *design::DataType::parse(c == "id" ? "INTEGER" : "STRING");
        col.nullable = c != "id";
        col.autoIncrement = c == "id";
        t.columns.push_back(col);
    }
    t.primaryKey = {"id"};
    return t;
}

} // namespace

class TestHandWrittenDirectory : public QObject
{
    Q_OBJECT

private slots:
    void sequelizeFilePattern()
    {
        using D = migrate::MigrationDirectory;
        QVERIFY(D::isSequelizeMigrationFile("20200101000000-a.js"));
        QVERIFY(D::isSequelizeMigrationFile("x.cjs"));
        QVERIFY(D::isSequelizeMigrationFile("x.cts"));
        QVERIFY(D::isSequelizeMigrationFile("x.ts"));
        QVERIFY(!D::isSequelizeMigrationFile("x.d.ts"));
        QVERIFY(!D::isSequelizeMigrationFile("x.mjs"));
        QVERIFY(!D::isSequelizeMigrationFile("x.json"));
        // JavaScript's string order: upper case before lower case, '-' before digits.
        QVERIFY(D::sequelizeLess("B.js", "a.js"));
        QVERIFY(D::sequelizeLess("2020-x.js", "20200101-x.js"));
    }

    void orderedWithOwnAndCheckpoint()
    {
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        write(d.filePath("20200101000000-create-users.js"), "module.exports = { up() {}, down() {} };\n");
        write(d.filePath("20200102000000-add-email.cjs"), "module.exports = {};\n");
        write(d.filePath("20200103000000-types.d.ts"), "export {};\n");
        write(d.filePath("20200104000000-esm.mjs"), "export async function up() {}\n");
        migrate::Migration own{"20200105000000-create-tags", {ops::CreateTable{table("Tags", {"id", "name"})}}};
        write(d.filePath("20200105000000-create-tags.json"), QByteArray::fromStdString(migrate::writeMigration(own)));
        write(d.filePath("20200105000000-create-tags.js"), "module.exports = {};\n");
        write(d.filePath("20200106000000-later.ts"), "export async function up() {}\n");
        migrate::Checkpoint cp;
        cp.after = "20200102000000-add-email.cjs";
        cp.source = "database";
        cp.schema.tables.push_back(table("Users", {"id", "email"}));
        write(d.filePath(migrate::Checkpoint::kFileName), QByteArray::fromStdString(cp.toText()));

        const auto dir = migrate::MigrationDirectory::load(tmp.path().toStdString());
        std::vector<std::string> names;
        for (const auto &item : dir.sequence())
            names.push_back(item.fileName);
        const std::vector<std::string> expected{"20200101000000-create-users.js", "20200102000000-add-email.cjs",
                                                "20200105000000-create-tags.js", "20200106000000-later.ts"};
        QCOMPARE(names, expected);
        QCOMPARE(dir.handWritten().size(), size_t(3));
        QCOMPARE(dir.entries().size(), size_t(1));
        QCOMPARE(dir.ignored().size(), size_t(1));
        QVERIFY(QString::fromStdString(dir.ignored().front()).contains(QLatin1String(".mjs")));
        const QByteArray bytes = "module.exports = { up() {}, down() {} };\n";
        QCOMPARE(dir.handWritten().front().checksum,
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString());
        QVERIFY(dir.checkpoint().has_value());
        QCOMPARE(dir.uncoveredHandWritten(), std::vector<std::string>{"20200106000000-later.ts"});
        // Replay: the checkpoint's Users, then our own Tags.
        const schema::Schema s = dir.replay();
        QCOMPARE(s.tables.size(), size_t(2));
        QVERIFY(s.table("Users") && s.table("Tags"));

        // Steps: hand-written ones carry their file and nothing to plan; ours is planned.
        std::string error;
        const auto sources = migrate::MigrationSteps::load(tmp.path().toStdString(), &error);
        QVERIFY2(error.empty(), error.c_str());
        const auto steps = migrate::MigrationSteps::plan(sources, "sqlite");
        QCOMPARE(steps.size(), size_t(4));
        QCOMPARE(steps[1].fileName, std::string("20200102000000-add-email.cjs"));
        QVERIFY(!steps[1].handWrittenPath.empty());
        QVERIFY(steps[2].handWrittenPath.empty());
        QVERIFY(!steps[2].up.empty());
        QVERIFY(steps[2].planError.empty());
        // Replaying applied ones: an applied hand-written migration after the checkpoint is unknown.
        const auto applied = migrate::MigrationSteps::replay(
            sources, {"20200101000000-create-users", "20200102000000-add-email", "20200105000000-create-tags"}, &error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(applied.tables.size(), size_t(2));
        migrate::MigrationSteps::replay(sources, {"20200106000000-later"}, &error);
        QVERIFY(QString::fromStdString(error).contains(QLatin1String("checkpoint")));
    }

    void folderStyle()
    {
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        d.mkpath("db/migrations");
        const std::string dir = d.filePath("db/migrations").toStdString();
        QCOMPARE(migrate::FolderStyle::detect(dir).extension, std::string(".js"));
        QVERIFY(migrate::FolderStyle::detect(dir).module == migrate::FolderStyle::Module::CommonJs);
        write(d.filePath("package.json"), R"({ "name": "x", "type": "module" })");
        QVERIFY(migrate::FolderStyle::detect(dir).module == migrate::FolderStyle::Module::Esm);
        QCOMPARE(migrate::FolderStyle::detect(dir).extension, std::string(".js"));
        write(d.filePath("db/migrations/20200101000000-a.cjs"), "");
        QCOMPARE(migrate::FolderStyle::detect(dir).extension, std::string(".cjs"));
        write(d.filePath("db/migrations/20200102000000-b.ts"), "");
        write(d.filePath("db/migrations/20200103000000-c.ts"), "");
        QCOMPARE(migrate::FolderStyle::detect(dir).extension, std::string(".ts"));
    }

    void sqliteSafeRebuildInGeneratedFile()
    {
        schema::Schema before;
        before.tables.push_back(table("Posts", {"id", "title"}));
        migrate::Migration rename{"20200101000000-rename-title", {ops::RenameColumn{"Posts", "title", "headline"}}};
        const std::string js = migrate::JsWriter::write(rename, &before);
        QVERIFY2(js.find("getDialect() === 'sqlite'") != std::string::npos, js.c_str());
        QVERIFY(js.find("await sqliteRebuild(queryInterface, Sequelize, [") != std::string::npos);
        QVERIFY(js.find("renameColumn('Posts', 'title', 'headline'") != std::string::npos); // other dialects
        // A type change: queryInterface.changeColumn would rebuild with foreign keys on; ours does not.
        schema::Column from = before.tables[0].columns[1];
        schema::Column to = from;
        to.type = *design::DataType::parse("STRING(100)");
        to.nullable = false;
        migrate::Migration change{"20200101000000-change-title", {ops::ChangeColumn{"Posts", from, to}}};
        const std::string cjs = migrate::JsWriter::write(change, &before);
        QVERIFY2(cjs.find("{ phase: 'before', sql: 'PRAGMA foreign_keys = OFF' }") != std::string::npos, cjs.c_str());
        QVERIFY(cjs.find("{ phase: 'in', sql: 'PRAGMA foreign_key_check', check: true }") != std::string::npos);
        QVERIFY(cjs.find("{ phase: 'after', sql: 'PRAGMA foreign_keys = ON' }") != std::string::npos);
        migrate::Migration create{"20200101000000-create", {ops::CreateTable{table("Tags", {"id", "name"})}}};
        QVERIFY(migrate::JsWriter::write(create, &before).find("sqliteRebuild") == std::string::npos);
        migrate::FolderStyle esm;
        esm.module = migrate::FolderStyle::Module::Esm;
        const std::string e = migrate::JsWriter::write(rename, &before, esm);
        QVERIFY2(e.find("export async function up(queryInterface, Sequelize)") != std::string::npos, e.c_str());
        QVERIFY(e.find("module.exports") == std::string::npos);
        migrate::FolderStyle ts;
        ts.module = migrate::FolderStyle::Module::TypeScript;
        QVERIFY(migrate::JsWriter::write(rename, &before, ts).find("queryInterface: any") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestHandWrittenDirectory)
#include "tst_handwritten_directory.moc"
