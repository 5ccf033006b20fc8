// schemaforge-cli adopt: take over an existing sequelize-cli project in place (its migrations folder,
// its models, its database), so both tools work side by side.
#include "app/cli/dbsession.h"
#include "core/sequelize/adopter.h"

#include <QDir>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace {

using namespace sf;

const cli::CommandSpec kSpec{
    "adopt",
    "[DIR] [--env NAME] [--url URL] [--from models|database]",
    "Take over an existing sequelize-cli project in place: its migrations folder, its models and its\n"
    "database, resolved the way sequelize-cli resolves them (.sequelizerc, config, NODE_ENV). Writes\n"
    "DIR/<name>.schemaforge.json (or --project FILE) and a checkpoint; never writes a password.",
    {{{QStringLiteral("env")},
      QStringLiteral("NAME"),
      QStringLiteral("the config environment (default: NODE_ENV, else development)")},
     {{QStringLiteral("url")},
      QStringLiteral("URL"),
      QStringLiteral("the database, overriding the config like sequelize-cli's --url")},
     {{QStringLiteral("from")},
      QStringLiteral("models|database"),
      QStringLiteral("read the design from the model code or the live database (default: models when installed)")}},
    1};

int runAdopt(const cli::GlobalOptions &global, const QStringList &args)
{
    sequelize::AdoptOptions o;
    cli::ParsedArgs pa;
    if (const int rc = cli::parseCommandLine(global, kSpec, args, pa); rc >= 0)
        return rc;
    const QString dir = pa.positional().value(0);
    o.env = pa.value(QStringLiteral("env")).toStdString();
    o.url = pa.value(QStringLiteral("url")).toStdString();
    o.from = pa.value(QStringLiteral("from")).toStdString();
    o.projectDir = (dir.isEmpty() ? QDir::currentPath() : QDir(dir).absolutePath()).toStdString();
    o.projectFile = global.projectPath.toStdString();
    const sequelize::AdoptResult r = sequelize::Adopter::adopt(o);
    if (!r.ok)
        return cli::reportError(global, r.exitCode ? r.exitCode : cli::ExitUserError, r.error);
    int applied = 0, pending = 0;
    for (const auto &m : r.migrations)
        (m.applied ? applied : pending) += m.state != "missing-file";
    if (global.json) {
        nlohmann::ordered_json j;
        j["ok"] = true;
        j["exitCode"] = 0;
        j["project"] = r.projectFile;
        j["migrationsDir"] = r.migrationsDir;
        j["from"] = r.from;
        j["env"] = r.env;
        j["connection"] = {{"name", r.connectionName}, {"url", r.profileUrl}};
        if (!r.passwordVariable.empty())
            j["connection"]["variable"] = r.passwordVariable;
        j["url"] = r.redactedUrl;
        j["checkpoint"] = r.checkpointFile.empty()
                              ? nlohmann::ordered_json(nullptr)
                              : nlohmann::ordered_json{{"file", r.checkpointFile}, {"after", r.checkpointAfter}};
        j["models"] = r.models;
        j["links"] = r.links;
        j["migrations"] = nlohmann::ordered_json::array();
        for (const auto &m : r.migrations)
            j["migrations"].push_back(
                {{"file", m.fileName}, {"handWritten", m.handWritten}, {"applied", m.applied}, {"state", m.state}});
        j["applied"] = applied;
        j["pending"] = pending;
        j["problems"] = r.problems;
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
        return cli::ExitOk;
    }
    std::printf("Adopted %s (environment \"%s\", %s)\n", r.projectFile.c_str(), r.env.c_str(), r.redactedUrl.c_str());
    std::printf("Design read from the %s; migrations folder %s\n", r.from.c_str(), r.migrationsDir.c_str());
    std::printf("Connection \"%s\": %s\n", r.connectionName.c_str(), r.profileUrl.c_str());
    if (!r.passwordVariable.empty())
        std::printf("  (set %s in the environment or in a .env file beside the project)\n", r.passwordVariable.c_str());
    std::printf("%zu model(s):\n", r.models.size());
    for (const auto &m : r.models)
        std::printf("  %s\n", m.c_str());
    std::printf("%zu link(s):\n", r.links.size());
    for (const auto &l : r.links)
        std::printf("  %s\n", l.c_str());
    std::printf("%zu migration(s), %d applied, %d pending:\n", r.migrations.size(), applied, pending);
    for (const auto &m : r.migrations)
        std::printf("  %-22s %s%s\n", m.state.c_str(), m.fileName.c_str(), m.handWritten ? "" : "  (SchemaForge)");
    if (!r.checkpointFile.empty())
        std::printf("Checkpoint after %s: %s\n", r.checkpointAfter.c_str(), r.checkpointFile.c_str());
    if (r.problems.empty())
        std::printf("No problems.\n");
    else
        std::printf("%zu problem(s):\n", r.problems.size());
    for (const auto &p : r.problems)
        std::printf("  - %s\n", p.c_str());
    return cli::ExitOk;
}

const cli::CommandRegistrar registrar({"adopt", "adopt an existing sequelize-cli project in place", runAdopt});

} // namespace
