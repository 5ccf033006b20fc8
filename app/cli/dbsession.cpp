#include "app/cli/dbsession.h"

#include "core/db/openconnection.h"
#include "core/project/projectfile.h"
#include "core/sequelize/sequelizeproject.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace sf::cli {

int reportError(const GlobalOptions &global, int exitCode, const std::string &message)
{
    if (global.json) {
        nlohmann::ordered_json j;
        j["ok"] = false;
        j["exitCode"] = exitCode;
        j["error"] = message;
        std::printf("%s\n", j.dump(2).c_str());
    } else {
        std::fprintf(stderr, "error: %s\n", message.c_str());
    }
    return exitCode;
}

QString DbSession::value(const char *option) const
{
    for (const auto &[k, v] : values)
        if (k == QLatin1String(option))
            return v;
    return {};
}

int DbSession::open(const GlobalOptions &global, const QStringList &args, const DbSessionOptions &options)
{
    QString connectionArg, urlArg;
    for (int i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        QString inlineValue;
        bool hasInline = false;
        if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('='))) {
            inlineValue = a.mid(a.indexOf(QLatin1Char('=')) + 1);
            a = a.left(a.indexOf(QLatin1Char('=')));
            hasInline = true;
        }
        const bool takesValue = a == QLatin1String("--connection") || a == QLatin1String("--url") ||
                                a == QLatin1String("--lock-timeout") || options.extraValues.contains(a);
        if (takesValue) {
            QString v = inlineValue;
            if (!hasInline) {
                if (i + 1 >= args.size())
                    return reportError(global, ExitUserError, a.toStdString() + " needs a value");
                v = args.at(++i);
            }
            if (a == QLatin1String("--connection"))
                connectionArg = v;
            else if (a == QLatin1String("--url"))
                urlArg = v;
            else if (a == QLatin1String("--lock-timeout")) {
                bool ok = false;
                lockTimeoutMs = v.toInt(&ok);
                if (!ok || lockTimeoutMs < 0)
                    return reportError(global, ExitUserError, "--lock-timeout needs milliseconds, got \"" + v.toStdString() + "\"");
            } else
                values.emplace_back(a, v);
        } else if (options.extraFlags.contains(a) && !hasInline) {
            flags << a;
        } else {
            return reportError(global, ExitUserError, "unknown option \"" + a.toStdString() + "\"");
        }
    }
    if (!connectionArg.isEmpty() && !urlArg.isEmpty())
        return reportError(global, ExitUserError, "give either --connection or --url, not both");

    const QString projectPath = resolveProjectPath(global);
    if (projectPath.isEmpty())
        return ExitUserError;
    const auto loaded = project::ProjectFile::load(projectPath.toStdString());
    if (!loaded)
        return reportError(global, ExitUserError, loaded.error);
    project = loaded.project;
    projectDir = QFileInfo(projectPath).absolutePath().toStdString();

    std::string url;
    if (!urlArg.isEmpty()) {
        url = urlArg.toStdString();
    } else if (project.connections.empty()) {
        return reportError(global, ExitUserError,
                           "the project has no connection profiles; pass --url URL or add one to \"connections\"");
    } else if (connectionArg.isEmpty()) {
        url = project.connections.front().url;
        connectionName = project.connections.front().name;
    } else {
        for (const auto &p : project.connections)
            if (p.name == connectionArg.toStdString()) {
                url = p.url;
                connectionName = p.name;
            }
        if (connectionName.empty()) {
            std::string names;
            for (const auto &p : project.connections)
                names += (names.empty() ? "" : ", ") + p.name;
            return reportError(global, ExitUserError,
                               "no connection profile \"" + connectionArg.toStdString() + "\" in the project (have: " + names + ")");
        }
    }
    std::string loadError;
    const std::string migrationsDir = (QFileInfo(projectPath).absoluteDir().filePath(
                                           QString::fromStdString(project.migrationsDir())))
                                          .toStdString();
    sources = migrate::MigrationSteps::load(migrationsDir, &loadError);
    if (!loadError.empty())
        return reportError(global, ExitUserError, loadError);

    db::OpenOptions oo;
    oo.projectDir = projectDir;
    auto opened = db::openConnection(url, oo);
    redactedUrl = opened.redactedUrl;
    if (!opened.ok())
        return reportError(global, opened.userError ? ExitUserError : ExitDatabaseError,
                           (connectionName.empty() ? std::string() : "connection \"" + connectionName + "\": ") + opened.error);
    connection = std::move(opened.connection);
    dialect = connection->dialect();
    if (dialect == "mysql" && connection->serverDescription().rfind("MariaDB", 0) == 0)
        dialect = "mariadb";
    steps = migrate::MigrationSteps::plan(sources, dialect);
    const bool anyHandWritten =
        std::any_of(steps.begin(), steps.end(), [](const auto &s) { return !s.handWrittenPath.empty(); });
    if (anyHandWritten) {
        // Node starts only when one of them actually runs (status never starts it).
        std::string urlError;
        const auto resolved = db::resolveConnectionUrl(url, oo, &urlError);
        if (resolved) {
            node::NodeProjectOptions no;
            no.projectDir = sequelize::SequelizeProject::findRoot(projectDir, migrationsDir);
            no.env = connectionName;
            handWritten = std::make_unique<node::NodeMigrationRunner>(no, *resolved);
        }
    }
    return ExitOk;
}

} // namespace sf::cli
