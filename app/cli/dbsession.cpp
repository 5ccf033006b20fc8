#include "app/cli/dbsession.h"

#include <optional>

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
    int lockTimeoutMs = 60000;
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

    usecase::ProjectContext context;
    if (const int rc = loadProject(global, &context); rc != ExitOk)
        return rc;
    usecase::ConnectOptions co;
    co.url = urlArg.toStdString();
    co.profile = urlArg.isEmpty() ? connectionArg.toStdString() : std::string();
    co.lockTimeoutMs = lockTimeoutMs;
    co.tableLockTimeoutMs = tableLockArg;
    co.statementTimeoutMs = statementArg;
    session = std::make_unique<usecase::MigrationSession>(std::move(context));
    if (const auto error = session->connect(co); !error.ok()) {
        session.reset();
        return reportSessionError(global, error);
    }
    return ExitOk;
}

int loadProject(const GlobalOptions &global, usecase::ProjectContext *out)
{
    const QString projectPath = resolveProjectPath(global);
    if (projectPath.isEmpty())
        return ExitUserError;
    std::string error;
    if (!usecase::ProjectContext::load(projectPath.toStdString(), out, &error))
        return reportError(global, CliError{ExitUserError, "project", error, ""});
    return ExitOk;
}

int reportSessionError(const GlobalOptions &global, const usecase::SessionError &error)
{
    using K = usecase::SessionError::Kind;
    const char *kind = error.kind == K::Usage        ? "usage"
                       : error.kind == K::Connection ? "connection"
                       : error.kind == K::Migrations ? "migrations"
                                                     : "database-error";
    return reportError(
        global, CliError{error.userError() ? ExitUserError : ExitDatabaseError, kind, error.message, error.hint});
}

int recoveryOption(const GlobalOptions &global, const DbSession &session, migrate::Recovery &recovery)
{
    if (session.has("--resume") && session.has("--rollback"))
        return reportError(global,
                           CliError{ExitUserError, "usage", "give either --resume or --rollback, not both", ""});
    recovery = session.has("--resume")     ? migrate::Recovery::Resume
               : session.has("--rollback") ? migrate::Recovery::Rollback
                                           : migrate::Recovery::None;
    return ExitOk;
}

} // namespace sf::cli
