// schemaforge-cli drift: replay the applied migrations, introspect the database, list every difference.
#include "app/cli/dbsession.h"
#include "core/db/dberror.h"
#include "core/db/introspector.h"
#include "core/migrate/drift.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <set>

namespace {

int runDrift(const sf::cli::GlobalOptions &global, const QStringList &args)
{
    sf::cli::DbSession session;
    sf::cli::DbSessionOptions options;
    options.command = "drift";
    options.description = "Compare the live schema with what the applied migrations describe; exit 3 when they differ.";
    if (const int rc = session.open(global, args, options); rc != sf::cli::ExitOk)
        return rc;
    sf::migrate::Executor executor(*session.connection, {});
    std::string error;
    const auto entries = executor.status(session.steps, &error);
    if (!error.empty())
        return sf::cli::reportError(global, sf::cli::ExitDatabaseError, error);
    std::set<std::string> applied;
    std::vector<std::string> warnings;
    for (const auto &e : entries) {
        if (e.state == sf::migrate::MigrationState::MissingFile)
            warnings.push_back(e.fileName + " is applied but has no migration file; its changes count as drift");
        else if (e.state != sf::migrate::MigrationState::Pending)
            applied.insert(e.id);
    }
    const auto expected = sf::migrate::MigrationSteps::replay(session.sources, applied, &error);
    if (!error.empty())
        return sf::cli::reportError(global, sf::cli::ExitUserError, error);
    sf::db::IntrospectResult actual;
    try {
        actual = sf::db::Introspector::introspect(*session.connection);
    } catch (const sf::db::DbError &e) {
        return sf::cli::reportError(global, sf::cli::ExitDatabaseError, std::string("cannot read the schema: ") + e.what());
    }
    warnings.insert(warnings.end(), actual.warnings.begin(), actual.warnings.end());
    const auto items = sf::migrate::Drift::compare(expected, actual.schema, session.dialect);
    const int rc = items.empty() ? sf::cli::ExitOk : sf::cli::ExitDrift;
    if (global.json) {
        nlohmann::ordered_json j;
        j["ok"] = true;
        j["exitCode"] = rc;
        j["url"] = session.redactedUrl;
        j["drift"] = nlohmann::ordered_json::array();
        for (const auto &i : items)
            j["drift"].push_back({{"kind", sf::migrate::Drift::kindName(i.kind)}, {"table", i.table},
                                  {"object", i.object}, {"message", i.message}});
        j["warnings"] = warnings;
        std::printf("%s\n", j.dump(2).c_str());
        return rc;
    }
    for (const auto &w : warnings)
        std::fprintf(stderr, "warning: %s\n", w.c_str());
    if (items.empty()) {
        std::printf("No drift: %s matches the %zu applied migration(s).\n", session.redactedUrl.c_str(), applied.size());
        return rc;
    }
    std::printf("Drift found in %s (%zu difference(s)):\n", session.redactedUrl.c_str(), items.size());
    for (const auto &i : items)
        std::printf("  - %s\n", i.message.c_str());
    return rc;
}

const sf::cli::CommandRegistrar registrar(
    {"drift", "compare a database with its applied migrations; exit 3 when they differ [--connection NAME | --url URL]",
     runDrift});

} // namespace
