#pragma once
// lintrun: what `lint` and `check` share: parsing the lint options, running core's lintProject with
// or without a connection, and printing findings (text or JSON).

#include "app/cli/command.h"
#include "core/lint/projectlint.h"

#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace sf::cli {

struct LintRequest {
    QStringList connectionArgs;            // --url/--connection (and their values): given = lint against that database
    QString dialect;                       // --dialect D
    std::vector<std::string> migrationIds; // --migration ID (repeatable, offline)

    // Returns an exit code after printing the error (0 = ok).
    int parse(const GlobalOptions &global, const QStringList &args);
};

struct LintOutcome {
    lint::ProjectLintResult result;
    std::string where; // redacted URL, or "offline"
};

// Loads the project, connects when asked and lints. Returns an exit code (0 = ok) after printing errors.
int lintProject(const GlobalOptions &global, const LintRequest &request, LintOutcome *out);
// Prints the findings: one line each (severity, where, message, "fix:"), or the JSON document.
void printFindings(const GlobalOptions &global, const LintOutcome &out);
// The findings as JSON (also used inside check's document).
std::string findingsJson(const lint::ProjectLintResult &result, int indent);

} // namespace sf::cli
