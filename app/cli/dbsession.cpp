#include "app/cli/dbsession.h"

#include "core/db/openconnection.h"
#include "core/project/projectfile.h"
#include "core/sequelize/sequelizeproject.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace sf::cli {

QString DbSession::value(const char *option) const
{
    for (const auto &[k, v] : values)
        if (k == QLatin1String(option))
            return v;
    return {};
}

int DbSession::open(const GlobalOptions &global, const QStringList &args, const DbSessionOptions &options)
{
    CommandSpec spec;
    spec.name = options.command.empty() ? "COMMAND" : options.command;
    spec.synopsis = "[--connection NAME | --url URL] [--lock-timeout MS] [options]";
    spec.description = options.description;
    spec.options = {
        {{QStringLiteral("connection")},
         QStringLiteral("NAME"),
         QStringLiteral("a connection profile of the project (default: the first)")},
        {{QStringLiteral("url")},
         QStringLiteral("URL"),
         QStringLiteral("a database URL instead of a profile (${VAR} allowed)")},
        {{QStringLiteral("lock-timeout")},
         QStringLiteral("MS"),
         QStringLiteral("how long to wait for the migration lock (default 60000)")},
        {{QStringLiteral("table-lock-timeout")},
         QStringLiteral("MS"),
         QStringLiteral("how long a statement waits for a table another session holds (0 = the server's setting)")},
        {{QStringLiteral("statement-timeout")},
         QStringLiteral("MS"),
         QStringLiteral("bound each statement (0 = the server's setting)")}};
    spec.options.insert(spec.options.end(), options.options.begin(), options.options.end());
    for (const QString &f : options.extraFlags)
        spec.options.push_back({{f.mid(2)}, {}, {}});
    for (const QString &v : options.extraValues)
        spec.options.push_back({{v.mid(2)}, QStringLiteral("VALUE"), {}});
    ParsedArgs pa;
    if (const int rc = parseCommandLine(global, spec, args, pa); rc >= 0)
        return rc;
    for (const auto &o : spec.options) {
        const QString name = o.names.front();
        if (name == QLatin1String("connection") || name == QLatin1String("url") ||
            name.endsWith(QLatin1String("timeout")) || !pa.isSet(name))
            continue;
        if (o.valueName.isEmpty())
            flags << QStringLiteral("--") + name;
        else
            values.emplace_back(QStringLiteral("--") + name, pa.value(name));
    }
    const QString connectionArg = pa.value(QStringLiteral("connection"));
    const QString urlArg = pa.value(QStringLiteral("url"));
    if (pa.isSet(QStringLiteral("lock-timeout"))) {
        bool ok = false;
        const QString v = pa.value(QStringLiteral("lock-timeout"));
        lockTimeoutMs = v.toInt(&ok);
        if (!ok || lockTimeoutMs < 0)
            return reportError(global, CliError{ExitUserError, "usage",
                                                "--lock-timeout needs milliseconds, got \"" + v.toStdString() + "\"",
                                                "e.g. --lock-timeout 30000"});
    }
    std::optional<int> tableLockArg, statementArg;
    for (const char *name : {"table-lock-timeout", "statement-timeout"}) {
        const QString option = QLatin1String(name);
        if (!pa.isSet(option))
            continue;
        bool ok = false;
        const QString v = pa.value(option);
        const int ms = v.toInt(&ok);
        if (!ok || ms < 0)
            return reportError(global, CliError{ExitUserError, "usage",
                                                "--" + option.toStdString() +
                                                    " needs milliseconds (0 = the server's own setting), got \"" +
                                                    v.toStdString() + "\"",
                                                ""});
        (option == QLatin1String("table-lock-timeout") ? tableLockArg : statementArg) = ms;
    }
    if (!connectionArg.isEmpty() && !urlArg.isEmpty())
        return reportError(global, CliError{ExitUserError, "usage", "give either --connection or --url, not both", ""});

    const QString projectPath = resolveProjectPath(global);
    if (projectPath.isEmpty())
        return ExitUserError;
    const auto loaded = project::ProjectFile::load(projectPath.toStdString());
    if (!loaded)
        return reportError(global, CliError{ExitUserError, "project", loaded.error, ""});
    project = loaded.project;
    projectDir = QFileInfo(projectPath).absolutePath().toStdString();
    timeouts.tableLockTimeoutMs =
        tableLockArg.value_or(project.settings.tableLockTimeoutMs.value_or(timeouts.tableLockTimeoutMs));
    timeouts.statementTimeoutMs =
        statementArg.value_or(project.settings.statementTimeoutMs.value_or(timeouts.statementTimeoutMs));

    std::string url;
    if (!urlArg.isEmpty()) {
        url = urlArg.toStdString();
    } else if (project.connections.empty()) {
        return reportError(global, CliError{ExitUserError, "connection", "the project has no connection profiles",
                                            "pass --url URL or add one to \"connections\""});
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
            return reportError(global, CliError{ExitUserError, "connection",
                                                "no connection profile \"" + connectionArg.toStdString() +
                                                    "\" in the project (have: " + names + ")",
                                                "pass --connection with one of those names, or --url URL"});
        }
    }
    std::string loadError;
    const std::string migrationsDir =
        (QFileInfo(projectPath).absoluteDir().filePath(QString::fromStdString(project.migrationsDir()))).toStdString();
    sources = migrate::MigrationSteps::load(migrationsDir, &loadError);
    if (!loadError.empty())
        return reportError(global, CliError{ExitUserError, "migrations", loadError, ""});

    db::OpenOptions oo;
    oo.projectDir = projectDir;
    auto opened = db::openConnection(url, oo);
    redactedUrl = opened.redactedUrl;
    if (!opened.ok())
        return reportError(
            global, CliError{opened.userError ? ExitUserError : ExitDatabaseError,
                             opened.userError ? "connection" : "database-error",
                             (connectionName.empty() ? std::string() : "connection \"" + connectionName + "\": ") +
                                 opened.error,
                             ""});
    connection = std::move(opened.connection);
    dialect = sql::dialectName(connection->dialectId());
    steps = migrate::MigrationSteps::plan(sources, connection->sqlDialect());
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
