// schemaforge-cli lint [--url URL | --connection NAME] [--migration ID]... [--dialect D] [--json]: the lock
// each pending operation takes, whether it rewrites or scans, and the risky patterns, with live sizes
// when connected. Exit 1 when a finding is an error.
#include "app/cli/dbsession.h"
#include "app/cli/lintrun.h"

#include <cstdio>

namespace sf::cli {
namespace {

int runLint(const GlobalOptions &opts, const QStringList &args)
{
    LintRequest req;
    if (const int rc = req.parse(opts, args); rc != ExitOk)
        return rc;
    LintOutcome out;
    if (const int rc = lintProject(opts, req, &out); rc != ExitOk)
        return rc;
    printFindings(opts, out);
    return lint::Linter::hasErrors(out.result.findings) ? ExitUserError : ExitOk;
}

const CommandRegistrar registrar({"lint", "locks, rewrites and risky patterns of pending operations", runLint});

} // namespace
} // namespace sf::cli
