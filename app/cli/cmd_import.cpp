// schemaforge-cli import: read a live database into a new project (design + auto-layout), print what
// could not be expressed, write the baseline migration and, with --baseline, mark it applied there.
#include "app/cli/dbsession.h"
#include "core/db/dberror.h"
#include "core/db/extrasintrospector.h"
#include "core/db/introspector.h"
#include "core/db/openconnection.h"
#include "core/importer/autolayout.h"
#include "core/importer/baseline.h"
#include "core/importer/importer.h"
#include "core/importer/schemacompare.h"
#include "core/migrate/generator.h"
#include "core/project/projectfile.h"
#include "core/schema/lowering.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>

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
    const auto started = std::chrono::steady_clock::now();
    db::OpenOptions oo;
    oo.projectDir = file.absolutePath().toStdString();
    oo.createSqliteFile = false;
    auto opened = db::openConnection(a.url.toStdString(), oo);
    if (!opened.ok())
        return cli::reportError(global, opened.userError ? cli::ExitUserError : cli::ExitDatabaseError, opened.error);
    db::Connection &conn = *opened.connection;
    std::string dialect = conn.dialect();
    db::IntrospectResult live;
    try {
        live = db::Introspector::introspect(conn);
        live.schema.extras = db::ExtrasIntrospector::introspect(conn);
    } catch (const db::DbError &e) {
        return cli::reportError(global, cli::ExitDatabaseError, std::string("cannot read the schema: ") + e.what());
    }
    importer::ImportOptions io;
    io.dialect = dialect;
    io.identifierLimit = migrate::Generator::kIdentifierLimit;
    importer::ImportResult imported = importer::importSchema(live.schema, io);
    const auto importMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();

    project::Project p;
    p.name = a.name.isEmpty() ? file.fileName().chopped(int(std::strlen(".schemaforge.json"))).toStdString()
                              : a.name.toStdString();
    p.settings.defaultDialect = dialect;
    p.design = std::move(imported.design);
    p.layout = importer::autoLayout(p.design);
    // Differences lowering cannot avoid (each also has a note in the report).
    schema::LoweringOptions lo;
    lo.identifierLimit = migrate::Generator::kIdentifierLimit;
    importer::CompareOptions co;
    co.constraintNames = false;
    const auto fidelity = importer::compareSchemas(live.schema, schema::lower(p.design, lo), co);

    if (const std::string why = importer::Baseline::checkTarget(p, projectPath); !a.noMigration && !why.empty())
        return cli::reportError(global, cli::ExitUserError, why + " or pass --no-migration");
    const importer::BaselineFiles files = importer::Baseline::write(p, projectPath, !a.noMigration);
    if (!files.ok)
        return cli::reportError(global, cli::ExitUserError, files.error);
    const bool written = !files.migrationId.empty();
    bool marked = false;
    if (a.baseline && written) {
        if (const std::string error = importer::Baseline::markApplied(conn, files); !error.empty())
            return cli::reportError(global, cli::ExitDatabaseError, error);
        marked = true;
    }

    if (global.json) {
        nlohmann::ordered_json j;
        j["ok"] = true;
        j["exitCode"] = 0;
        j["url"] = opened.redactedUrl;
        j["project"] = projectPath;
        j["tables"] = live.schema.tables.size();
        j["models"] = p.design.models.size();
        j["associations"] = p.design.associations.size();
        j["importMs"] = importMs;
        j["report"] = nlohmann::ordered_json::array();
        for (const auto &n : imported.report)
            j["report"].push_back(noteJson(n));
        j["warnings"] = live.warnings;
        j["differences"] = fidelity;
        j["migration"] = files.migrationId;
        j["baselineApplied"] = marked;
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
        return cli::ExitOk;
    }
    std::printf("Imported %zu table(s) from %s as %zu model(s) and %zu association(s) into %s (%lld ms).\n",
                live.schema.tables.size(), opened.redactedUrl.c_str(), p.design.models.size(),
                p.design.associations.size(), projectPath.c_str(), static_cast<long long>(importMs));
    for (const auto &w : live.warnings)
        std::printf("  warning: %s\n", w.c_str());
    const int unsupported = imported.unsupportedCount();
    if (!imported.report.empty())
        std::printf("Import report (%d object(s) kept as notes only):\n", unsupported);
    for (const auto &n : imported.report)
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
        std::printf("Marked %s.js as applied on %s.\n", files.migrationId.c_str(), opened.redactedUrl.c_str());
    return cli::ExitOk;
}

const cli::CommandRegistrar registrar({"import", "design from a live database (--url URL)", runImport});

} // namespace
