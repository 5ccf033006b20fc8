#include "app/cli/lintrun.h"

#include "app/cli/commandline.h"
#include "app/cli/dbsession.h"
#include "core/project/projectfile.h"
#include "core/sql/dialectid.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {

const CommandSpec &lintSpec()
{
    static const CommandSpec spec{
        "lint",
        "[--url URL | --connection NAME] [--migration ID]... [--dialect D]",
        "For every pending operation: the lock it takes and for how long, whether it rewrites or scans the\n"
        "table, and the risky patterns, with live row counts and sizes when connected. Exit 1 on errors.",
        {{{QStringLiteral("url")},
          QStringLiteral("URL"),
          QStringLiteral("lint against this database (${VAR} allowed)")},
         {{QStringLiteral("connection")},
          QStringLiteral("NAME"),
          QStringLiteral("lint against this connection profile")},
         {{QStringLiteral("migration")},
          QStringLiteral("ID"),
          QStringLiteral("offline: lint this migration (repeatable)")},
         {{QStringLiteral("dialect")},
          QStringLiteral("D"),
          QStringLiteral("offline: postgres, mysql, mariadb or sqlite")}}};
    return spec;
}

int LintRequest::parse(const GlobalOptions &global, const QStringList &args)
{
    ParsedArgs pa;
    if (const int rc = parseCommandLine(global, lintSpec(), args, pa); rc >= 0)
        return rc;
    dialect = pa.value(QStringLiteral("dialect"));
    // A canonical dialect name only (not the URL spelling postgresql).
    const auto id = sql::dialectIdFromName(dialect.toStdString());
    if (!dialect.isEmpty() && (!id || sql::dialectName(*id) != dialect.toStdString()))
        return reportError(global,
                           CliError{ExitUserError, "dialect", "unknown dialect \"" + dialect.toStdString() + "\"",
                                    "use postgres, mysql, mariadb or sqlite"});
    for (const QString &id : pa.values(QStringLiteral("migration")))
        migrationIds.push_back(id.toStdString());
    for (const char *option : {"url", "connection"})
        if (pa.isSet(QLatin1String(option)))
            connectionArgs << QStringLiteral("--") + QLatin1String(option) << pa.value(QLatin1String(option));
    if (!connectionArgs.isEmpty() && !migrationIds.empty())
        return reportError(global, ExitUserError,
                           "--migration is for offline lint; with a connection every migration it has not "
                           "applied is linted");
    return ExitOk;
}

int lintProject(const GlobalOptions &global, const LintRequest &req, LintOutcome *out)
{
    lint::ProjectLintOptions o;
    o.dialect = req.dialect.toStdString();
    o.migrationIds = req.migrationIds;
    usecase::ProjectContext offline;
    const usecase::ProjectContext *context = &offline;
    DbSession session;
    if (!req.connectionArgs.isEmpty()) {
        if (const int rc = session.open(global, req.connectionArgs, {}); rc != ExitOk)
            return rc;
        context = &session->context();
        o.connection = session->connection();
        out->where = session->redactedUrl();
    } else {
        if (const int rc = loadProject(global, &offline); rc != ExitOk)
            return rc;
        out->where = "offline";
    }
    out->result = lint::lintProject(context->project, context->migrationsDir, o);
    if (!out->result.ok())
        return reportError(global, o.connection ? ExitDatabaseError : ExitUserError, out->result.error);
    return ExitOk;
}

std::string findingsJson(const lint::ProjectLintResult &r, int indent)
{
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const auto &f : r.findings) {
        nlohmann::ordered_json j;
        j["severity"] = lint::toString(f.severity);
        j["rule"] = f.rule;
        j["migration"] =
            f.migrationId.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(f.migrationId);
        j["operation"] = f.operation;
        j["table"] = f.table;
        j["lock"] = f.lock;
        j["rewrites"] = f.rewrites;
        j["scans"] = f.scans;
        j["rows"] = f.rows ? nlohmann::ordered_json(*f.rows) : nlohmann::ordered_json(nullptr);
        j["bytes"] = f.bytes ? nlohmann::ordered_json(*f.bytes) : nlohmann::ordered_json(nullptr);
        j["message"] = f.message;
        j["fix"] = f.fix;
        arr.push_back(j);
    }
    return arr.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void printFindings(const GlobalOptions &global, const LintOutcome &out)
{
    const auto &r = out.result;
    int errors = 0, warnings = 0;
    for (const auto &f : r.findings) {
        errors += f.severity == lint::Severity::Error;
        warnings += f.severity == lint::Severity::Warning;
    }
    if (global.json) {
        nlohmann::ordered_json j;
        j["ok"] = errors == 0;
        j["exitCode"] = errors ? ExitUserError : ExitOk;
        j["dialect"] = r.dialect;
        j["database"] = out.where;
        j["linted"] = r.linted;
        j["errors"] = errors;
        j["warnings"] = warnings;
        j["findings"] = nlohmann::ordered_json::parse(findingsJson(r, -1));
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
        return;
    }
    if (r.linted.empty()) {
        std::printf("nothing pending to lint (%s, %s)\n", r.dialect.c_str(), out.where.c_str());
        return;
    }
    for (const auto &f : r.findings) {
        std::printf("%s [%s] %s\n", lint::toString(f.severity), f.rule.c_str(), f.message.c_str());
        if (!f.fix.empty())
            std::printf("    fix: %s\n", f.fix.c_str());
    }
    std::printf("%zu migration(s)/change(s) linted for %s (%s): %d error(s), %d warning(s)\n", r.linted.size(),
                r.dialect.c_str(), out.where.c_str(), errors, warnings);
}

} // namespace sf::cli
