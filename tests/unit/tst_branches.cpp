// Issue 18 section 3: every generated migration records its parent (previous id and schema hash);
// after merging two branches that each generated a migration from the same parent the fork is
// detected (naming both files), generate refuses, rebase regenerates the later one on top of the
// other, and a change both branches made to the same column is refused with a clear message.
#include "core/migrate/branches.h"
#include "core/migrate/directory.h"
#include "core/migrate/generator.h"
#include "core/migrate/migrationsteps.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sf;

namespace {

design::Attribute attr(const std::string &id, const std::string &name, const char *type)
{
    design::Attribute a;
    a.id = id;
    a.name = name;
    a.type = *design::DataType::parse(type);
    return a;
}

project::Project base()
{
    project::Project p;
    p.name = "b";
    design::Model m;
    m.id = "m-post";
    m.name = "Post";
    m.attributes = {attr("a-title", "title", "STRING")};
    p.design.models = {m};
    return p;
}

std::string generate(const project::Project &p, const QString &dir, const char *ts)
{
    migrate::GenerateOptions go;
    go.now = ts;
    const auto r = migrate::Generator::generate(p, dir.toStdString(), "", go);
    if (r.status != migrate::GenerateResult::Status::Written)
        qFatal("generate failed: %s", r.message.c_str());
    return r.id;
}

void copyAll(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &f : QDir(from).entryList(QDir::Files)) {
        QFile::remove(to + QLatin1Char('/') + f);
        QFile::copy(from + QLatin1Char('/') + f, to + QLatin1Char('/') + f);
    }
}

} // namespace

class TstBranches : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parentIsRecorded()
    {
        QTemporaryDir dir;
        const auto p = base();
        const std::string first = generate(p, dir.path(), "20240101000000");
        auto p2 = p;
        p2.design.models[0].attributes.push_back(attr("a-body", "body", "TEXT"));
        const std::string second = generate(p2, dir.path(), "20240102000000");
        QFile f(dir.filePath(QString::fromStdString(second + ".json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        const auto parent = migrate::readMigrationParent(std::string_view(text.constData(), size_t(text.size())), "x");
        QVERIFY(parent);
        QCOMPARE(parent->id, first);
        std::string error;
        const auto sources = migrate::MigrationSteps::load(dir.path().toStdString(), &error);
        QCOMPARE(parent->schemaHash,
                 migrate::Branches::schemaHash(migrate::MigrationSteps::replay(sources, {first}, &error)));
        QVERIFY(migrate::Branches::forks(migrate::MigrationDirectory::load(dir.path().toStdString())).empty());
    }

    void mergedBranchesAreDetectedAndRebased()
    {
        QTemporaryDir root;
        const QString main = root.filePath(QStringLiteral("main")), a = root.filePath(QStringLiteral("a")),
                      b = root.filePath(QStringLiteral("b")), merged = root.filePath(QStringLiteral("merged"));
        auto p = base();
        generate(p, main, "20240101000000");
        copyAll(main, a);
        copyAll(main, b);
        auto pa = p; // branch a: a column
        pa.design.models[0].attributes.push_back(attr("a-body", "body", "TEXT"));
        const std::string ida = generate(pa, a, "20240102000000");
        auto pb = p; // branch b: a new model
        design::Model tag;
        tag.id = "m-tag";
        tag.name = "Tag";
        tag.attributes = {attr("a-tag-name", "name", "STRING")};
        pb.design.models.push_back(tag);
        const std::string idb = generate(pb, b, "20240103000000");
        copyAll(a, merged);
        copyAll(b, merged);

        const auto forks = migrate::Branches::forks(migrate::MigrationDirectory::load(merged.toStdString()));
        QCOMPARE(forks.size(), size_t(1));
        QCOMPARE(forks[0].id, idb);
        QCOMPARE(forks[0].before, ida);
        QVERIFY2(forks[0].message.find(ida) != std::string::npos && forks[0].message.find(idb) != std::string::npos,
                 forks[0].message.c_str());
        QVERIFY(forks[0].message.find("schemaforge-cli rebase " + idb) != std::string::npos);

        auto both = pa; // the merged design
        both.design.models.push_back(tag);
        migrate::GenerateOptions go;
        go.now = "20240104000000";
        auto r = migrate::Generator::generate(both, merged.toStdString(), "", go);
        QCOMPARE(r.status, migrate::GenerateResult::Status::Refused);
        QVERIFY2(r.message.find("forked history") != std::string::npos, r.message.c_str());

        const auto rebased = migrate::Branches::rebase(merged.toStdString(), "");
        QVERIFY2(rebased.ok, rebased.message.c_str());
        QVERIFY(migrate::Branches::forks(migrate::MigrationDirectory::load(merged.toStdString())).empty());
        r = migrate::Generator::generate(both, merged.toStdString(), "", go);
        QCOMPARE(r.status, migrate::GenerateResult::Status::NoChanges); // the merge is fully described
        std::string error;
        const auto steps =
            migrate::MigrationSteps::plan(migrate::MigrationSteps::load(merged.toStdString(), &error), "postgres");
        QCOMPARE(steps.size(), size_t(3));
        for (const auto &s : steps)
            QVERIFY2(s.planError.empty(), s.planError.c_str());
    }

    void sameColumnOnBothBranchesIsRefused()
    {
        QTemporaryDir root;
        const QString main = root.filePath(QStringLiteral("main")), a = root.filePath(QStringLiteral("a")),
                      b = root.filePath(QStringLiteral("b")), merged = root.filePath(QStringLiteral("merged"));
        auto p = base();
        generate(p, main, "20240101000000");
        copyAll(main, a);
        copyAll(main, b);
        auto pa = p;
        pa.design.models[0].attributes[0].type = *design::DataType::parse("STRING(300)");
        generate(pa, a, "20240102000000");
        auto pb = p;
        pb.design.models[0].attributes[0].type = *design::DataType::parse("TEXT");
        const std::string idb = generate(pb, b, "20240103000000");
        copyAll(a, merged);
        copyAll(b, merged);
        const auto r = migrate::Branches::rebase(merged.toStdString(), idb);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.find("both branches changed Posts.title") != std::string::npos, r.message.c_str());
        // nothing was rewritten: still forked
        QCOMPARE(migrate::Branches::forks(migrate::MigrationDirectory::load(merged.toStdString())).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TstBranches)
#include "tst_branches.moc"
