// schemaforge-cli import: read a live database into a new project (design + auto-layout), print what
// could not be expressed, write the baseline migration and, with --baseline, mark it applied there.
#include "app/cli/dbsession.h"
#include "core/usecase/importjob.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace {

using namespace sf;

struct ImportArgs {
    QString url;
    QString into;
    QString name; // --name: project name (default: the file's base name)
    bool baseline = false;
    bool noMigration = false;
    bool force = false;
};

const cli::CommandSpec kSpec{
    "import",
    "--url URL [--into FILE] [--baseline] [--no-migration] [--name N] [--force]",
    "Read a live database into a new project (design and auto-layout), report what the design cannot\n"
    "express, write the baseline migration and, with --baseline, mark it applied on that database.",
    {{{QStringLiteral("url")}, QStringLiteral("URL"), QStringLiteral("the database to read (${VAR} allowed)")},
     {{QStringLiteral("into")},
      QStringLiteral("FILE"),
      QStringLiteral("the new project file (default: imported.schemaforge.json)")},
     {{QStringLiteral("name")},
      QStringLiteral("N"),
      QStringLiteral("the project's name (default: the file's base name)")},
     {{QStringLiteral("baseline")}, {}, QStringLiteral("mark the baseline migration as applied on the database")},
     {{QStringLiteral("no-migration")}, {}, QStringLiteral("write the project only, no baseline migration")},
     {{QStringLiteral("force")}, {}, QStringLiteral("replace an existing project file")}}};

int parseArgs(const cli::GlobalOptions &global, const QStringList &args, ImportArgs &out)
{
    cli::ParsedArgs pa;
    if (const int rc = cli::parseCommandLine(global, kSpec, args, pa); rc >= 0)
        return rc;
    out.url = pa.value(QStringLiteral("url"));
    out.into = pa.value(QStringLiteral("into"));
    out.name = pa.value(QStringLiteral("name"));
    out.baseline = pa.isSet(QStringLiteral("baseline"));
    out.noMigration = pa.isSet(QStringLiteral("no-migration"));
    out.force = pa.isSet(QStringLiteral("force"));
    if (out.url.isEmpty())
        return cli::reportError(global,
                                cli::CliError{cli::ExitUserError, "usage",
                                              "import needs --url URL (the database to read)", cli::usageText(kSpec)});
    if (out.into.isEmpty())
        out.into = global.projectPath.isEmpty() ? QStringLiteral("imported.schemaforge.json") : global.projectPath;
    if (!out.into.endsWith(QLatin1String(".schemaforge.json")))
        return cli::reportError(global, cli::CliError{cli::ExitUserError, "usage",
                                                      "--into " + out.into.toStdString() + ": not a project file name",
                                                      "a project file name ends in .schemaforge.json"});
    if (out.baseline && out.noMigration)
        return cli::reportError(global,
                                cli::CliError{cli::ExitUserError, "usage", "--baseline needs the baseline migration",
                                              "drop --no-migration"});
    return cli::ExitOk;
}

nlohmann::ordered_json noteJson(const importer::ImportNote &n)
{
    return {{"severity", n.severity == importer::ImportNote::Severity::Unsupported ? "unsupported" : "info"},
            {"kind", n.kind},
            {"table", n.table},
            {"name", n.name},
            {"message", n.message},
            {"sql", n.sql}};
}

int runImport(const cli::GlobalOptions &global, const QStringList &args)
{
    ImportArgs a;
    if (const int rc = parseArgs(global, args, a); rc != cli::ExitOk)
        return rc;
    const QFileInfo file(a.into);
    const std::string projectPath = file.absoluteFilePath().toStdString();
    if (file.exists() && !a.force)
        return cli::reportError(global, cli::CliError{cli::ExitUserError, "exists", projectPath + " already exists",
                                                      "import writes a new project; pass --force to replace it"});
    usecase::ImportJob job(a.url.toStdString(), file.absolutePath().toStdString());
    usecase::ImportRunOptions ro;
    ro.projectPath = projectPath;
    ro.name = a.name.toStdString();
    ro.writeMigration = !a.noMigration;
    ro.markApplied = a.baseline;
    const usecase::ImportReport r = job.run(ro);
    if (!r.ok)
        return cli::reportError(global, r.databaseError ? cli::ExitDatabaseError : cli::ExitUserError,
                                r.targetInUse ? r.error + " or pass --no-migration" : r.error);
    const auto &p = r.design.project;
    const auto &files = r.files;
    const bool written = !files.migrationId.empty();
    const bool marked = r.marked;
    const auto &fidelity = r.design.differences;
    const auto importMs = r.importMs;
    const std::string &redactedUrl = job.redactedUrl();
    const auto &warnings = job.live()->warnings;

    if (global.json) {
        nlohmann::ordered_json j;
        j["ok"] = true;
        j["exitCode"] = 0;
        j["url"] = redactedUrl;
        j["project"] = projectPath;
        j["tables"] = r.tables;
        j["models"] = p.design.models.size();
        j["associations"] = p.design.associations.size();
        j["importMs"] = importMs;
        j["report"] = nlohmann::ordered_json::array();
        for (const auto &n : r.design.report)
            j["report"].push_back(noteJson(n));
        j["warnings"] = warnings;
        j["differences"] = fidelity;
        j["migration"] = files.migrationId;
        j["baselineApplied"] = marked;
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
        return cli::ExitOk;
    }
    std::printf("Imported %zu table(s) from %s as %zu model(s) and %zu association(s) into %s (%lld ms).\n", r.tables,
                redactedUrl.c_str(), p.design.models.size(), p.design.associations.size(), projectPath.c_str(),
                static_cast<long long>(importMs));
    for (const auto &w : warnings)
        std::printf("  warning: %s\n", w.c_str());
    const int unsupported = r.design.unsupported;
    if (!r.design.report.empty())
        std::printf("Import report (%d object(s) kept as notes only):\n", unsupported);
    for (const auto &n : r.design.report)
        std::printf("  - %s\n", importer::formatNote(n).c_str());
    if (!fidelity.empty()) {
        std::printf("Migrations from this design will differ from the database in %zu place(s):\n", fidelity.size());
        for (const auto &d : fidelity)
            std::printf("  - %s\n", d.c_str());
    }
    if (written)
        std::printf("Wrote baseline migration %s\n", files.jsPath.c_str());
    else if (!a.noMigration)
        std::printf("No baseline migration: the database has no tables.\n");
    if (marked)
        std::printf("Marked %s.js as applied on %s.\n", files.migrationId.c_str(), redactedUrl.c_str());
    return cli::ExitOk;
}

const cli::CommandRegistrar registrar({"import", "design from a live database (--url URL)", runImport});

} // namespace
