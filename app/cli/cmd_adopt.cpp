// schemaforge-cli adopt: take over an existing sequelize-cli project in place (its migrations folder,
// its models, its database), so both tools work side by side.
#include "app/cli/dbsession.h"
#include "core/sequelize/adopter.h"

#include <QDir>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace {

using namespace sf;

int runAdopt(const cli::GlobalOptions &global, const QStringList &args)
{
    sequelize::AdoptOptions o;
    QString dir;
    for (int i = 0; i < args.size(); ++i) {
        QString a = args.at(i), v;
        const bool inl = a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='));
        if (inl) {
            v = a.mid(a.indexOf(QLatin1Char('=')) + 1);
            a = a.left(a.indexOf(QLatin1Char('=')));
        }
        if (a == QLatin1String("--env") || a == QLatin1String("--url") || a == QLatin1String("--from")) {
            if (!inl) {
                if (i + 1 >= args.size())
                    return cli::reportError(global, cli::ExitUserError, a.toStdString() + " needs a value");
                v = args.at(++i);
            }
            (a == QLatin1String("--env") ? o.env : a == QLatin1String("--url") ? o.url : o.from) = v.toStdString();
        } else if (!a.startsWith(QLatin1String("-")) && dir.isEmpty()) {
            dir = a;
        } else {
            return cli::reportError(global, cli::ExitUserError, "unknown option \"" + a.toStdString() + "\"");
        }
    }
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
        j["checkpoint"] = r.checkpointFile.empty() ? nlohmann::ordered_json(nullptr)
                                                   : nlohmann::ordered_json{{"file", r.checkpointFile}, {"after", r.checkpointAfter}};
        j["models"] = r.models;
        j["links"] = r.links;
        j["migrations"] = nlohmann::ordered_json::array();
        for (const auto &m : r.migrations)
            j["migrations"].push_back({{"file", m.fileName}, {"handWritten", m.handWritten}, {"applied", m.applied},
                                       {"state", m.state}});
        j["applied"] = applied;
        j["pending"] = pending;
        j["problems"] = r.problems;
        std::printf("%s\n", j.dump(2).c_str());
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

const cli::CommandRegistrar registrar(
    {"adopt", "adopt an existing sequelize-cli project in place [DIR] [--env NAME] [--url URL] [--from models|database]",
     runAdopt});

} // namespace
