// Golden files: for every example project in resources/examples, the generated migration (.json
// and .js) and its up/down SQL plus the CREATE script for PostgreSQL, MySQL and SQLite equal the
// checked-in files in tests/unit/golden/migrations/<example>/. SF_UPDATE_GOLDEN=1 rewrites them.
#include "core/migrate/generator.h"
#include "core/migrate/preview.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sf;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Compares (or, with SF_UPDATE_GOLDEN=1, writes) one golden file; returns "" or the difference.
QString checkGolden(const QString &path, const QString &actual)
{
    if (qEnvironmentVariableIntValue("SF_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write ") + path;
        f.write(actual.toUtf8());
        return {};
    }
    if (!QFile::exists(path))
        return QStringLiteral("missing golden file %1 (run with SF_UPDATE_GOLDEN=1)").arg(path);
    const QString expected = readAll(path);
    if (expected == actual)
        return {};
    const QStringList a = actual.split(QLatin1Char('\n')), e = expected.split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(a.size(), e.size()); ++i)
        if (a.value(i) != e.value(i))
            return QStringLiteral(
                       "%1 differs at line %2:\n  expected: %3\n  actual:   %4 (SF_UPDATE_GOLDEN=1 to accept)")
                .arg(path)
                .arg(i + 1)
                .arg(e.value(i), a.value(i));
    return QStringLiteral("%1 differs").arg(path);
}

} // namespace

class TstSqlGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("projectFile");
        QDir dir(QStringLiteral(SF_SOURCE_DIR "/resources/examples"));
        const auto names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(!names.isEmpty());
        for (const QString &n : names) {
            const auto files = QDir(dir.filePath(n)).entryList({QStringLiteral("*.schemaforge.json")}, QDir::Files);
            if (!files.isEmpty())
                QTest::newRow(qPrintable(n)) << QDir(dir.filePath(n)).filePath(files.first());
        }
    }

    void examples()
    {
        QFETCH(QString, projectFile);
        const QString example = QFileInfo(projectFile).absoluteDir().dirName();
        const QString golden =
            QStringLiteral(SF_SOURCE_DIR "/tests/unit/golden/migrations/") + example + QLatin1Char('/');
        const auto loaded = project::ProjectFile::load(projectFile.toStdString());
        QVERIFY2(loaded.ok, loaded.error.c_str());
        QTemporaryDir tmp;
        migrate::GenerateOptions go;
        go.now = "20240101000000";
        const auto r = migrate::Generator::generate(loaded.project, tmp.path().toStdString(), "", go);
        QVERIFY2(r.status == migrate::GenerateResult::Status::Written, r.message.c_str());
        const QString id = QString::fromStdString(r.id);
        QString diff;
        auto check = [&](const QString &name, const QString &text) {
            const QString d = checkGolden(golden + name, text);
            if (!d.isEmpty())
                diff += d + QLatin1Char('\n');
        };
        check(id + QStringLiteral(".json"), readAll(QString::fromStdString(r.jsonPath)));
        check(id + QStringLiteral(".js"), readAll(QString::fromStdString(r.jsPath)));
        const auto dir = migrate::MigrationDirectory::load(tmp.path().toStdString());
        QCOMPARE(dir.entries().size(), size_t(1));
        for (const char *name : {"postgres", "mysql", "sqlite"}) {
            const auto dialect = sql::makeDialect(name);
            const QString d = QString::fromLatin1(name);
            check(d + QStringLiteral(".up.sql"), QString::fromStdString(migrate::Preview::text(
                                                     {migrate::Preview::migration(dir, r.id, *dialect, false)})));
            check(d + QStringLiteral(".down.sql"), QString::fromStdString(migrate::Preview::text(
                                                       {migrate::Preview::migration(dir, r.id, *dialect, true)})));
            check(d + QStringLiteral(".create.sql"), QString::fromStdString(migrate::Preview::text(
                                                         migrate::Preview::createScript(loaded.project, *dialect))));
        }
        // generating again finds nothing to do
        const auto again = migrate::Generator::generate(loaded.project, tmp.path().toStdString(), "", go);
        QVERIFY2(again.status == migrate::GenerateResult::Status::NoChanges, again.message.c_str());

        // A second migration from scripted edits: rename an attribute and a table, add a column
        // with a quoted default and an index, widen a string, comment a table, move an attribute.
        project::Project edited = loaded.project;
        auto &models = edited.design.models;
        QVERIFY(!models.empty());
        auto &first = models.front();
        if (!first.attributes.empty()) {
            auto &a = first.attributes.front();
            const std::string old = a.name;
            a.name += "Renamed";
            for (auto &ix : first.indexes)
                std::replace(ix.fields.begin(), ix.fields.end(), old, a.name);
        }
        for (auto &a : first.attributes)
            if (a.type.kind == design::TypeKind::String && !a.type.length) {
                a.type.length = 300;
                break;
            }
        design::Attribute nick;
        nick.id = "golden-nickname";
        nick.name = "nickname";
        nick.type = *design::DataType::parse("STRING(40)");
        nick.defaultValue = design::DefaultValue::string("it's");
        first.attributes.push_back(nick);
        design::ModelIndex ix;
        ix.id = "golden-index";
        ix.fields = {"nickname"};
        first.indexes.push_back(ix);
        models.back().tableName = "Renamed" + models.back().name;
        models.back().comment = "Golden: it's renamed";
        if (first.attributes.size() >= 3) // move an existing attribute: reorderColumns
            std::rotate(first.attributes.begin(), first.attributes.begin() + 1, first.attributes.end() - 1);
        go.now = "20240102000000";
        const auto second = migrate::Generator::generate(edited, tmp.path().toStdString(), "golden edits", go);
        QVERIFY2(second.status == migrate::GenerateResult::Status::Written, second.message.c_str());
        const QString id2 = QString::fromStdString(second.id);
        check(id2 + QStringLiteral(".json"), readAll(QString::fromStdString(second.jsonPath)));
        check(id2 + QStringLiteral(".js"), readAll(QString::fromStdString(second.jsPath)));
        const auto dir2 = migrate::MigrationDirectory::load(tmp.path().toStdString());
        for (const char *name : {"postgres", "mysql", "sqlite"}) {
            const auto dialect = sql::makeDialect(name);
            const QString d = QString::fromLatin1(name);
            check(d + QStringLiteral(".edit.up.sql"),
                  QString::fromStdString(
                      migrate::Preview::text({migrate::Preview::migration(dir2, second.id, *dialect, false)})));
            check(d + QStringLiteral(".edit.down.sql"),
                  QString::fromStdString(
                      migrate::Preview::text({migrate::Preview::migration(dir2, second.id, *dialect, true)})));
        }
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TstSqlGolden)
#include "tst_sqlgolden.moc"
