// schemaforge-cli drift: replay the applied migrations, introspect the database, list every difference.
#include "app/cli/dbsession.h"
#include "core/db/dberror.h"
#include "core/db/introspector.h"
#include "core/importer/schemacompare.h"
#include "core/migrate/directory.h"
#include "core/migrate/drift.h"
#include "core/migrate/generator.h"
#include "core/project/projectfile.h"
#include "core/schema/lowering.h"
#include "core/sequelize/modelreader.h"
#include "core/sequelize/sequelizeproject.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <set>

namespace {

// drift --models: the model code (read through node) against the design and the migrations; says
// which side changed. Needs no database.
int runModelsDrift(const sf::cli::GlobalOptions &global)
{
    using namespace sf;
    usecase::ProjectContext loaded;
    if (const int rc = cli::loadProject(global, &loaded); rc != cli::ExitOk)
        return rc;
    const std::string &migrationsDir = loaded.migrationsDir;
    sequelize::ModelReadOptions mo;
    mo.projectDir = sequelize::SequelizeProject::findRoot(loaded.projectDir, migrationsDir);
    mo.modelsPath = loaded.modelsDir;
    mo.dialect = loaded.project.defaultDialect();
    if (!loaded.project.connections.empty())
        mo.env = loaded.project.connections.front().name;
    const sequelize::ModelReadResult models = sequelize::ModelReader::read(mo);
    if (!models.ok)
        return cli::reportError(global, cli::ExitUserError, models.error);
    schema::LoweringOptions lo;
    lo.identifierLimit = migrate::Generator::kIdentifierLimit;
    const schema::Schema fromModels = schema::lower(models.design, lo);
    const schema::Schema fromDesign = schema::lower(loaded.project.design, lo);
    schema::Schema recorded;
    try {
        recorded = migrate::MigrationDirectory::load(migrationsDir).replay();
    } catch (const std::exception &e) {
        return cli::reportError(global, cli::ExitUserError, e.what());
    }
    importer::CompareOptions co;
    co.constraintNames = false;
    const auto modelsVsDesign = importer::compareSchemas(fromDesign, fromModels, co);
    const bool designMatchesMigrations = importer::compareSchemas(recorded, fromDesign, co).empty();
    const bool modelsMatchMigrations = importer::compareSchemas(recorded, fromModels, co).empty();
    std::string side = "none";
    if (!modelsVsDesign.empty())
        side = designMatchesMigrations ? "models" : modelsMatchMigrations ? "design" : "both";
    const int rc = modelsVsDesign.empty() ? cli::ExitOk : cli::ExitDrift;
    const char *what = side == "models" ? "the model code changed (the design and the migrations agree); pull it into "
                                          "the design and generate its migration"
                       : side == "design"
                           ? "the design changed (the model code still matches the migrations); generate "
                             "the migration and export-models"
                           : "both the model code and the design differ from the migrations";
    if (global.json) {
        nlohmann::ordered_json j;
        j["ok"] = true;
        j["exitCode"] = rc;
        j["changed"] = side;
        j["differences"] = modelsVsDesign;
        j["problems"] = models.problems;
        std::printf("%s\n", j.dump(2).c_str());
        return rc;
    }
    for (const auto &p : models.problems)
        std::fprintf(stderr, "note: %s\n", p.c_str());
    if (modelsVsDesign.empty()) {
        std::printf("No drift: the model code in %s matches the design.\n", mo.modelsPath.c_str());
        return rc;
    }
    std::printf("Models and design differ (%zu difference(s)): %s\n", modelsVsDesign.size(), what);
    for (const auto &line : modelsVsDesign)
        std::printf("  - %s\n", line.c_str());
    return rc;
}

int runDrift(const sf::cli::GlobalOptions &global, const QStringList &args)
{
    if (args.contains(QStringLiteral("--models"))) {
        if (args.size() != 1)
            return sf::cli::reportError(global, sf::cli::ExitUserError, "drift --models takes no other option");
        return runModelsDrift(global);
    }
    sf::cli::DbSession session;
    sf::cli::DbSessionOptions options;
    options.command = "drift";
    options.description = "Compare the live schema with what the applied migrations describe; exit 3 when they differ.";
    options.options = {{{QStringLiteral("models")},
                        {},
                        QStringLiteral("compare the project's model code with the design instead (no database)")}};
    if (const int rc = session.open(global, args, options); rc != sf::cli::ExitOk)
        return rc;
    const auto report = session->drift();
    if (!report.error.empty())
        return sf::cli::reportError(global, report.databaseError ? sf::cli::ExitDatabaseError : sf::cli::ExitUserError,
                                    report.error);
    const auto &items = report.items;
    std::vector<std::string> warnings;
    for (const auto &file : report.missingFiles)
        warnings.push_back(file + " is applied but has no migration file; its changes count as drift");
    warnings.insert(warnings.end(), report.warnings.begin(), report.warnings.end());
    const int rc = items.empty() ? sf::cli::ExitOk : sf::cli::ExitDrift;
    if (global.json) {
        nlohmann::ordered_json j;
        j["ok"] = true;
        j["exitCode"] = rc;
        j["url"] = session->redactedUrl();
        j["drift"] = nlohmann::ordered_json::array();
        for (const auto &i : items)
            j["drift"].push_back({{"kind", sf::migrate::Drift::kindName(i.kind)},
                                  {"table", i.table},
                                  {"object", i.object},
                                  {"message", i.message}});
        j["warnings"] = warnings;
        std::printf("%s\n", j.dump(2).c_str());
        return rc;
    }
    for (const auto &w : warnings)
        std::fprintf(stderr, "warning: %s\n", w.c_str());
    if (items.empty()) {
        std::printf("No drift: %s matches the %zu applied migration(s).\n", session->redactedUrl().c_str(),
                    report.applied);
        return rc;
    }
    std::printf("Drift found in %s (%zu difference(s)):\n", session->redactedUrl().c_str(), items.size());
    for (const auto &i : items)
        std::printf("  - %s\n", i.message.c_str());
    return rc;
}

const sf::cli::CommandRegistrar
    registrar({"drift",
               "compare a database with its applied migrations, or --models the model code with the design; exit 3 "
               "when they differ [--connection NAME | --url URL | --models]",
               runDrift});

} // namespace
