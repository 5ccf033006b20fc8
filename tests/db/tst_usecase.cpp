// The use-case layer both front ends call (core/usecase): on every dialect, generate the blog
// example's migration, then status -> migrate -> status/drift -> undo -> status through one
// MigrationSession (asserting the tables after each step), the designer's way of running (one
// migration at a time, cancel, progress), and an ImportJob of the migrated database (design,
// fidelity check, baseline marked applied, so a new session sees nothing pending).
#include "core/schema/lowering.h"
#include "core/usecase/importjob.h"
#include "core/usecase/migrationsession.h"
#include "support/dbtesthelpers.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace sf;

namespace {

// The blog example copied into `dir` without its migrations: the session generates them.
usecase::ProjectContext blogIn(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("blog.schemaforge.json"));
    QFile::copy(test::sourcePath(QStringLiteral("resources/examples/blog/blog.schemaforge.json")), path);
    usecase::ProjectContext context;
    std::string error;
    if (!usecase::ProjectContext::load(path.toStdString(), &context, &error))
        qWarning("%s", error.c_str());
    return context;
}

// The tables the design lowers to.
QStringList tableNames(const project::Project &p)
{
    QStringList out;
    for (const auto &t : schema::lower(p.design).tables)
        out << QString::fromStdString(t.name);
    return out;
}

int count(const std::vector<migrate::StatusEntry> &entries, migrate::MigrationState state)
{
    return int(std::count_if(entries.begin(), entries.end(), [&](const auto &e) { return e.state == state; }));
}

} // namespace

class TstUsecase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsFolderRule()
    {
        project::Project p;
        QCOMPARE(usecase::ProjectContext::migrationsFolder("/p", p), std::string("/p/migrations"));
        QCOMPARE(usecase::ProjectContext::migrationsFolder("/p", p, "db/migrate"), std::string("/p/db/migrate"));
        p.settings.migrationsDir = "../shared/m";
        QCOMPARE(usecase::ProjectContext::migrationsFolder("/p/q", p, "ignored"), std::string("/p/shared/m"));
        QVERIFY(usecase::ProjectContext::migrationsFolder("", p).empty()); // unsaved: no folder
        QVERIFY(usecase::ProjectContext::folderOf(":/examples/blog.schemaforge.json").empty());
    }

    void forwardAndBack_data() { SF_DIALECT_ROWS(); }
    void forwardAndBack()
    {
        SF_MAKE_TARGET(t);
        QTemporaryDir dir;
        usecase::MigrationSession session(blogIn(dir));
        QVERIFY(!session.context().project.design.models.empty());
        QCOMPARE(QString::fromStdString(session.context().migrationsDir),
                 QDir::cleanPath(dir.filePath(QStringLiteral("migrations"))));
        migrate::GenerateOptions go;
        go.now = "20240101000000";
        const auto generated = session.generate("init", go);
        QCOMPARE(int(generated.status), int(migrate::GenerateResult::Status::Written));

        usecase::ConnectOptions co;
        co.url = t.url.toStdString();
        const auto error = session.connect(co);
        QVERIFY2(error.ok(), error.message.c_str());
        auto status = session.status();
        QVERIFY2(status.error.empty(), status.error.c_str());
        QCOMPARE(status.pending, 1);
        const QStringList before = test::allTables(*session.connection());

        // Forward, the CLI's way (one executor run).
        auto run = session.migrate({});
        QVERIFY2(run.result.ok(), run.result.error.c_str());
        QCOMPARE(run.result.done, std::vector<std::string>{generated.id});
        status = session.status();
        QCOMPARE(status.pending, 0);
        QCOMPARE(count(status.entries, migrate::MigrationState::Applied), 1);
        const QStringList designed = tableNames(session.context().project);
        QVERIFY(!designed.isEmpty());
        QStringList tables = test::allTables(*session.connection());
        for (const QString &name : designed)
            QVERIFY2(tables.contains(name) && !before.contains(name), qPrintable(tables.join(',')));
        const auto drift = session.drift();
        QVERIFY2(drift.error.empty(), drift.error.c_str());
        QVERIFY(drift.items.empty());
        QCOMPARE(drift.applied, size_t(1));

        // Backward, the designer's way: one migration at a time, with progress; a set cancel flag stops first.
        std::atomic<bool> cancel{true};
        usecase::RunOptions ro;
        ro.cancel = &cancel;
        auto undone = session.undo(migrate::UndoScope::All, ro);
        QVERIFY(undone.cancelled);
        QCOMPARE(undone.stoppedBefore, generated.id);
        QVERIFY(undone.result.done.empty());
        cancel = false;
        std::vector<std::pair<int, int>> progress;
        ro.progress = [&](int done, int total) { progress.emplace_back(done, total); };
        undone = session.undo(migrate::UndoScope::All, ro);
        QVERIFY2(undone.result.ok(), undone.result.error.c_str());
        QCOMPARE(undone.result.done, std::vector<std::string>{generated.id});
        QCOMPARE(progress, (std::vector<std::pair<int, int>>{{0, 1}, {1, 1}}));
        status = session.status();
        QCOMPARE(status.pending, 1);
        tables = test::allTables(*session.connection());
        for (const QString &name : designed)
            QVERIFY2(!tables.contains(name), qPrintable(tables.join(',')));

        // Forward again stepwise, then import what it made.
        progress.clear();
        run = session.migrate(ro);
        QVERIFY2(run.result.ok(), run.result.error.c_str());
        QCOMPARE(progress.back(), std::make_pair(1, 1));

        usecase::ImportJob job(t.url.toStdString(), dir.path().toStdString());
        std::vector<usecase::ImportJob::Stage> stages;
        job.setProgress([&](usecase::ImportJob::Stage s) { stages.push_back(s); });
        QTemporaryDir into;
        usecase::ImportRunOptions io;
        io.projectPath = into.filePath(QStringLiteral("imported.schemaforge.json")).toStdString();
        io.markApplied = true;
        const auto imported = job.run(io);
        QVERIFY2(imported.ok, imported.error.c_str());
        QCOMPARE(stages.back(), usecase::ImportJob::Stage::Done);
        QCOMPARE(imported.design.project.name, std::string("imported"));
        QCOMPARE(imported.design.project.design.models.size(), session.context().project.design.models.size());
        QVERIFY(!imported.design.project.layout.empty());
        QVERIFY(imported.marked);
        QVERIFY(QFile::exists(QString::fromStdString(imported.files.jsPath)));

        // The imported project's own session: its baseline counts as applied, and it has no drift.
        usecase::ProjectContext importedContext;
        std::string loadError;
        QVERIFY2(usecase::ProjectContext::load(io.projectPath, &importedContext, &loadError), loadError.c_str());
        usecase::MigrationSession again(std::move(importedContext));
        QVERIFY(again.connect(co).ok());
        const auto againStatus = again.status();
        QCOMPARE(againStatus.pending, 0);
        QVERIFY(again.drift().items.empty());
    }

    void missingSqliteFileIsEmpty()
    {
        QTemporaryDir dir;
        usecase::MigrationSession session(blogIn(dir));
        migrate::GenerateOptions go;
        go.now = "20240101000000";
        QCOMPARE(int(session.generate("", go).status), int(migrate::GenerateResult::Status::Written));
        usecase::ConnectOptions co;
        co.url = "sqlite:not-there.sqlite";
        co.createSqliteFile = false;
        QVERIFY(session.connect(co).ok());
        QVERIFY(session.databaseMissing());
        QCOMPARE(session.status().pending, 1);
        QVERIFY(!session.undo(migrate::UndoScope::Last, {}).result.ok());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("not-there.sqlite"))));
    }

    // Two branches each generate a migration from the same parent and are merged: status names the fork.
    void statusNamesForks()
    {
        QTemporaryDir dir, branches;
        const usecase::ProjectContext context = blogIn(dir);
        const QString folder = QString::fromStdString(context.migrationsDir);
        migrate::GenerateOptions go;
        go.now = "20240101000000";
        QCOMPARE(int(migrate::Generator::generate(context.project, context.migrationsDir, "init", go).status),
                 int(migrate::GenerateResult::Status::Written));
        const QStringList parentFiles = QDir(folder).entryList(QDir::Files); // both branches start here
        const auto branch = [&](const QString &name, project::Project p, const char *now) {
            const QString path = branches.filePath(name);
            QDir().mkpath(path);
            for (const QString &f : parentFiles)
                QFile::copy(folder + QLatin1Char('/') + f, path + QLatin1Char('/') + f);
            migrate::GenerateOptions o;
            o.now = now;
            const auto r = migrate::Generator::generate(p, path.toStdString(), name.toStdString(), o);
            if (r.id.empty())
                qWarning("generate on branch %s: %s", qPrintable(name), r.message.c_str());
            for (const QString &f : QDir(path).entryList(QDir::Files))
                QFile::copy(path + QLatin1Char('/') + f, folder + QLatin1Char('/') + f); // the merge
            return r.id;
        };
        project::Project a = context.project;
        design::Attribute body = a.design.models[0].attributes.back();
        body.id = "a-fork-body";
        body.name = "forkBody";
        body.field.reset();
        body.unique.reset();
        body.primaryKey.reset();
        body.autoIncrement.reset();
        body.allowNull = true;
        a.design.models[0].attributes.push_back(body);
        const std::string ida = branch(QStringLiteral("a"), a, "20240102000000");
        project::Project b = context.project;
        design::Model tag;
        tag.id = "m-fork-tag";
        tag.name = "ForkTag";
        tag.attributes = {body};
        b.design.models.push_back(tag);
        const std::string idb = branch(QStringLiteral("b"), b, "20240103000000");
        QVERIFY(!ida.empty() && !idb.empty());

        usecase::MigrationSession session(blogIn(dir));
        usecase::ConnectOptions co;
        co.url = "sqlite:" + dir.filePath(QStringLiteral("forks.sqlite")).toStdString();
        QVERIFY(session.connect(co).ok());
        const auto status = session.status();
        QVERIFY2(status.error.empty(), status.error.c_str());
        QCOMPARE(status.forks.size(), size_t(1));
        QCOMPARE(status.forks[0].id, idb);
        QVERIFY2(status.forks[0].message.find(ida) != std::string::npos, status.forks[0].message.c_str());
        QVERIFY(status.problems >= 1);
    }

    void unknownProfile()
    {
        QTemporaryDir dir;
        usecase::MigrationSession session(blogIn(dir));
        usecase::ConnectOptions co;
        co.profile = "nope";
        const auto error = session.connect(co);
        QVERIFY(!error.ok());
        QVERIFY(error.userError());
    }
};

QTEST_GUILESS_MAIN(TstUsecase)
#include "tst_usecase.moc"
