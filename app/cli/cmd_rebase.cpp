// schemaforge-cli rebase [ID]: after merging two branches that each generated a migration from the same
// parent, regenerate the later one (ID, or the first fork) on top of the other.
#include "app/cli/dbsession.h"
#include "core/migrate/branches.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {
namespace {

const CommandSpec kSpec{"rebase",
                        "[ID]",
                        "After merging two branches that each generated a migration from the same parent, regenerate\n"
                        "the later one (ID, or the first fork found) on top of the other.",
                        {},
                        1};

int runRebase(const GlobalOptions &opts, const QStringList &args)
{
    ParsedArgs pa;
    if (const int rc = parseCommandLine(opts, kSpec, args, pa); rc >= 0)
        return rc;
    const QString id = pa.positional().value(0);
    usecase::ProjectContext loaded;
    if (const int rc = loadProject(opts, &loaded); rc != ExitOk)
        return rc;
    const std::string &dir = loaded.migrationsDir;
    const auto r = migrate::Branches::rebase(dir, id.toStdString());
    if (!r.ok)
        return reportError(opts, ExitUserError, r.message);
    if (opts.json) {
        nlohmann::ordered_json j;
        j["ok"] = true;
        j["message"] = r.message;
        std::printf("%s\n", j.dump(2).c_str());
    } else {
        std::printf("%s\n", r.message.c_str());
    }
    return ExitOk;
}

const CommandRegistrar
    registrar({"rebase", "regenerate a migration forked by a merge on top of the other branch's [ID]", runRebase});

} // namespace
} // namespace sf::cli
