// schemaforge-cli split ID [--parts N]: rewrite one pending migration as N consecutive ones (a migration
// too big for one transaction, e.g. over PostgreSQL's max_locks_per_transaction).
#include "app/cli/dbsession.h"
#include "core/migrate/splitter.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {
namespace {

const CommandSpec kSpec{
    "split",
    "ID [--parts N]",
    "Rewrite one pending migration as N consecutive ones (for a migration too big for one\n"
    "transaction, e.g. over PostgreSQL's max_locks_per_transaction).",
    {{{QStringLiteral("parts")}, QStringLiteral("N"), QStringLiteral("how many migrations (default 2)")}},
    1};

int runSplit(const GlobalOptions &opts, const QStringList &args)
{
    ParsedArgs pa;
    if (const int rc = parseCommandLine(opts, kSpec, args, pa); rc >= 0)
        return rc;
    const QString id = pa.positional().value(0);
    int parts = 2;
    if (pa.isSet(QStringLiteral("parts"))) {
        bool ok = false;
        parts = pa.value(QStringLiteral("parts")).toInt(&ok);
        if (!ok)
            return reportError(opts, CliError{ExitUserError, "usage",
                                              "--parts needs a number, got \"" +
                                                  pa.value(QStringLiteral("parts")).toStdString() + "\"",
                                              usageText(kSpec)});
    }
    if (id.isEmpty())
        return reportError(
            opts, CliError{ExitUserError, "usage", "split needs the id of the migration to split", usageText(kSpec)});
    usecase::ProjectContext loaded;
    if (const int rc = loadProject(opts, &loaded); rc != ExitOk)
        return rc;
    const std::string &dir = loaded.migrationsDir;
    const auto r = migrate::Splitter::split(dir, id.toStdString(), parts);
    if (!r.ok)
        return reportError(opts, ExitUserError, r.message);
    if (opts.json) {
        nlohmann::ordered_json j;
        j["ok"] = true;
        j["ids"] = r.ids;
        std::printf("%s\n", j.dump(2).c_str());
    } else {
        std::printf("%s\n", r.message.c_str());
    }
    return ExitOk;
}

const CommandRegistrar registrar({"split", "rewrite one pending migration as N consecutive ones", runSplit});

} // namespace
} // namespace sf::cli
