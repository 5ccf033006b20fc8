// schemaforge-cli check [--url SCRATCH_URL] [--json]: the CI gate. Validate, lint, design and migrations
// in step, and every migration up -> down -> up on a scratch database (a temporary SQLite file unless
// --url names a throwaway PostgreSQL/MySQL database). Exit 0 all passed, 1 a check failed, 2 the
// scratch database could not be used.
#include "app/cli/dbsession.h"
#include "app/cli/lintrun.h"
#include "core/check/projectcheck.h"
#include "core/db/openconnection.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {
namespace {

const CommandSpec kSpec{
    "check",
    "[--url SCRATCH_URL]",
    "The CI gate: validate, lint, design and migrations in step, and every migration up -> down -> up on a\n"
    "scratch database, the schema compared after each step. Exit 0 all passed, 1 a check failed, 2 the\n"
    "scratch database could not be used.",
    {{{QStringLiteral("url")},
      QStringLiteral("SCRATCH_URL"),
      QStringLiteral("a throwaway database (default: a temporary SQLite file); ${VAR} allowed")}}};

int runCheck(const GlobalOptions &opts, const QStringList &args)
{
    ParsedArgs pa;
    if (const int rc = parseCommandLine(opts, kSpec, args, pa); rc >= 0)
        return rc;
    QString url = pa.value(QStringLiteral("url"));
    usecase::ProjectContext loaded;
    if (const int rc = loadProject(opts, &loaded); rc != ExitOk)
        return rc;
    const std::string &dir = loaded.migrationsDir;

    QTemporaryDir scratchDir;
    if (url.isEmpty()) {
        if (!scratchDir.isValid())
            return reportError(opts, ExitDatabaseError,
                               "cannot create a temporary folder for the scratch SQLite database");
        url = QStringLiteral("sqlite:") + scratchDir.filePath(QStringLiteral("check.sqlite"));
    }
    db::OpenOptions oo;
    oo.projectDir = loaded.projectDir;
    auto opened = db::openConnection(url.toStdString(), oo);
    if (!opened.ok())
        return reportError(opts, opened.userError ? ExitUserError : ExitDatabaseError,
                           "scratch database: " + opened.error);
    const std::string dialect(sql::dialectName(opened.connection->dialectId()));
    check::CheckOptions co;
    co.dialect = dialect;
    const auto r = check::checkProject(loaded.project, dir, *opened.connection, co);
    const int rc = r.ok() ? ExitOk : r.databaseError ? ExitDatabaseError : ExitUserError;

    if (opts.json) {
        nlohmann::ordered_json j;
        j["ok"] = r.ok();
        j["exitCode"] = rc;
        j["scratch"] = opened.redactedUrl;
        j["dialect"] = dialect;
        j["steps"] = nlohmann::ordered_json::array();
        for (const auto &s : r.steps)
            j["steps"].push_back({{"name", s.name}, {"ok", s.ok}, {"problems", s.problems}});
        lint::ProjectLintResult lr;
        lr.findings = r.findings;
        j["lint"] = nlohmann::ordered_json::parse(findingsJson(lr, -1));
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
        return rc;
    }
    for (const auto &s : r.steps) {
        std::printf("%-10s %s\n", s.name.c_str(), s.ok ? "ok" : "FAILED");
        for (const auto &p : s.problems)
            std::printf("    %s\n", p.c_str());
    }
    std::printf("%s (scratch %s, %s)\n", r.ok() ? "check passed" : "check failed", opened.redactedUrl.c_str(),
                dialect.c_str());
    return rc;
}

const CommandRegistrar registrar(
    {"check", "CI gate: validate, lint, in step, up-down-up on a scratch database [--url SCRATCH_URL]", runCheck});

} // namespace
} // namespace sf::cli
