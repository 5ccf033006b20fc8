// Issue 18, without a database: generate refuses while validate reports errors; U+2028/U+2029 in
// names and strings are escaped in generated JavaScript (string literals and comments); the project's
// timeout settings round-trip and bad values are refused naming their path; DataGuard derives the
// right checks per direction and dialect.
#include "core/codegen/jsliteral.h"
#include "core/migrate/dataguard.h"
#include "core/migrate/generator.h"
#include "core/migrate/jswriter.h"
#include "core/project/projectfile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sf;

namespace {

const std::string kLs = "\xE2\x80\xA8"; // U+2028 LINE SEPARATOR
const std::string kPs = "\xE2\x80\xA9"; // U+2029 PARAGRAPH SEPARATOR

design::Model model(const std::string &id, const std::string &name)
{
    design::Model m;
    m.id = id;
    m.name = name;
    design::Attribute a;
    a.id = id + "-a";
    a.name = "title";
    a.type = *design::DataType::parse("STRING");
    m.attributes.push_back(a);
    return m;
}

schema::Column column(const std::string &name, const char *type, bool nullable = true)
{
    schema::Column c;
    c.name = name;
    c.type = *design::DataType::parse(type);
    c.nullable = nullable;
    return c;
}

} // namespace

class TstTeamSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generateRefusesAnInvalidDesign()
    {
        QTemporaryDir dir;
        project::Project p;
        p.name = "x";
        p.design.models = {model("m1", "Thing")};
        p.design.models[0].tableName = std::string(70, 't'); // over PostgreSQL's 63 bytes
        auto r = migrate::Generator::generate(p, dir.path().toStdString(), "first");
        QCOMPARE(r.status, migrate::GenerateResult::Status::Refused);
        QVERIFY2(r.message.find("while the design has errors") != std::string::npos, r.message.c_str());
        QVERIFY2(r.message.find("70 bytes long; PostgreSQL allows 63") != std::string::npos, r.message.c_str());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        p.design.models[0].tableName = "SequelizeMeta";
        r = migrate::Generator::generate(p, dir.path().toStdString(), "first");
        QCOMPARE(r.status, migrate::GenerateResult::Status::Refused);
        QVERIFY2(r.message.find("migration history table") != std::string::npos, r.message.c_str());
        p.design.models[0].tableName = "things";
        r = migrate::Generator::generate(p, dir.path().toStdString(), "first");
        QVERIFY2(r.status == migrate::GenerateResult::Status::Written, r.message.c_str());
    }

    void lineSeparatorsAreEscaped()
    {
        QCOMPARE(codegen::jsString("a" + kLs + "b" + kPs + "c"), std::string("'a\\u2028b\\u2029c'"));
        QCOMPARE(codegen::jsComment("x\ny" + kLs), std::string("x\\ny\\u2028"));
        QCOMPARE(codegen::jsString("caf\xC3\xA9"), std::string("'caf\xC3\xA9'")); // other UTF-8 untouched

        // A migration whose table, column, comment and default carry both separators.
        schema::Table t;
        t.name = "odd" + kLs + "table";
        schema::Column c = column("col" + kPs, "STRING");
        c.comment = "line" + kLs + "break";
        c.defaultValue = design::DefaultValue::string("v" + kPs);
        t.columns = {c};
        t.comment = "about" + kLs;
        migrate::Migration m{"20240101000001-odd",
                             {ops::CreateTable{t}, ops::ChangeTableComment{t.name, t.comment, "x" + kPs},
                              ops::ReorderColumns{t.name, {c.name}, {c.name}}}};
        const std::string js = migrate::JsWriter::write(m);
        QVERIFY2(js.find(kLs) == std::string::npos && js.find(kPs) == std::string::npos, js.c_str());
        QVERIFY(js.find("\\u2028") != std::string::npos);
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (!node.isEmpty()) { // where node is installed, it must parse the file
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("m.js"));
            migrate::saveTextFile(path.toStdString(), js);
            QProcess p;
            p.start(node, {QStringLiteral("--check"), path});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
    }

    void timeoutSettingsRoundTrip()
    {
        const std::string text = R"({"format": "schemaforge/1", "name": "t",
            "settings": {"tableLockTimeoutMs": 2500, "statementTimeoutMs": 0}})";
        const auto loaded = project::ProjectFile::loadFromString(text);
        QVERIFY2(loaded.ok, loaded.error.c_str());
        QCOMPARE(loaded.project.settings.tableLockTimeoutMs.value_or(-1), 2500);
        QCOMPARE(loaded.project.settings.statementTimeoutMs.value_or(-1), 0);
        const auto again = project::ProjectFile::loadFromString(project::ProjectFile::saveToString(loaded.project));
        QVERIFY2(again.ok, again.error.c_str());
        QVERIFY(again.project == loaded.project);
        for (const char *bad : {"-1", "1.5", "\"5s\""}) {
            const auto r = project::ProjectFile::loadFromString(
                std::string(R"({"format": "schemaforge/1", "name": "t", "settings": {"tableLockTimeoutMs": )") + bad +
                "}}");
            QVERIFY(!r.ok);
            QVERIFY2(r.error.find("settings.tableLockTimeoutMs") != std::string::npos, r.error.c_str());
        }
    }

    void dataGuardChecksPerDirection()
    {
        const std::vector<ops::Operation> list = {
            ops::ChangeColumn{"people", column("name", "STRING(20)"), column("name", "STRING(8)")},
            ops::AddColumn{"people", column("note", "TEXT"), -1, -1},
            ops::RemoveColumn{"people", column("code", "STRING", false), 1, -1},
        };
        const auto upPg = migrate::DataGuard::checks(list, "postgres", false, "m");
        // up: the narrowing (refused when values are too long); the added column is nullable; the
        // removal was consented to at generate time.
        QCOMPARE(upPg.size(), size_t(1));
        QCOMPARE(upPg[0].kind, migrate::DataCheck::Kind::Refuse);
        QVERIFY2(upPg[0].sql.find("CHAR_LENGTH(\"name\") > 8") != std::string::npos, upPg[0].sql.c_str());
        QVERIFY(migrate::DataGuard::checks(list, "sqlite", false, "m").empty()); // SQLite never truncates
        // down (reverse order): restoring "code" needs a value, dropping "note" loses data, widening back is
        // safe.
        const auto down = migrate::DataGuard::checks(list, "mariadb", true, "m");
        QCOMPARE(down.size(), size_t(2));
        QCOMPARE(down[0].kind, migrate::DataCheck::Kind::Refuse);
        QCOMPARE(down[0].sourceOperation, 2);
        QVERIFY(down[0].atStart);
        QCOMPARE(down[1].kind, migrate::DataCheck::Kind::LosesData);
        QCOMPARE(down[1].sourceOperation, 1);
        QVERIFY(down[1].atStart); // restoring "code" does not change "note"
        QVERIFY2(down[1].sql.find("`note` IS NOT NULL") != std::string::npos, down[1].sql.c_str());
        // A column the down changes before dropping it is counted right before the drop.
        const std::vector<ops::Operation> changed = {
            ops::AddColumn{"people", column("note", "TEXT"), -1, -1},
            ops::ChangeColumn{"people", column("note", "TEXT"), column("note", "STRING(10)")},
        };
        const auto d2 = migrate::DataGuard::checks(changed, "postgres", true, "m");
        QCOMPARE(d2.size(), size_t(1));
        QCOMPARE(d2[0].kind, migrate::DataCheck::Kind::LosesData);
        QVERIFY(!d2[0].atStart);
    }
};

QTEST_GUILESS_MAIN(TstTeamSafety)
#include "tst_team_safety.moc"
