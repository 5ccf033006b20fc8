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

int runSplit(const GlobalOptions &opts, const QStringList &args)
{
    QString id;
    int parts = 2;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--parts") && i + 1 < args.size()) {
            bool ok = false;
            parts = args.at(++i).toInt(&ok);
            if (!ok)
                return reportError(opts, ExitUserError,
                                   "--parts needs a number, got \"" + args.at(i).toStdString() + "\"");
        } else if (!a.startsWith(QLatin1Char('-')) && id.isEmpty()) {
            id = a;
        } else {
            return reportError(opts, ExitUserError,
                               "split: unexpected argument " + a.toStdString() +
                                   " (usage: split ID [--parts N])");
        }
    }
    if (id.isEmpty())
        return reportError(opts, ExitUserError,
                           "split needs the id of the migration to split (usage: split ID [--parts N])");
    const QString projectPath = resolveProjectPath(opts);
    if (projectPath.isEmpty())
        return ExitUserError;
    const auto loaded = project::ProjectFile::load(projectPath.toStdString());
    if (!loaded)
        return reportError(opts, ExitUserError, loaded.error);
    const std::string dir =
        QDir::cleanPath(QFileInfo(projectPath)
                            .absoluteDir()
                            .filePath(QString::fromStdString(loaded.project.migrationsDir())))
            .toStdString();
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

const CommandRegistrar
    registrar({"split", "rewrite one pending migration as N consecutive ones ID [--parts N]", runSplit});

} // namespace
} // namespace sf::cli
