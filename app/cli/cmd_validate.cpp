// schemaforge-cli validate: problems in the design; exit 1 when any is an error.
#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "core/design/validator.h"
#include "core/project/projectfile.h"
#include "core/sql/dialect.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {
namespace {

const CommandSpec kSpec{
    "validate",
    "[--dialect D]",
    "List the problems of the design (errors and warnings, each with its JSON path and a fix); exit 1 on errors.",
    {{{QStringLiteral("dialect")},
      QStringLiteral("D"),
      QStringLiteral("check the limits of postgres, mysql, mariadb or sqlite (default: the project's)")}}};

int runValidate(const GlobalOptions &opts, const QStringList &args)
{
    ParsedArgs pa;
    if (const int rc = parseCommandLine(opts, kSpec, args, pa); rc >= 0)
        return rc;
    const QString dialect = pa.value(QStringLiteral("dialect"));
    if (!dialect.isEmpty() && !sql::makeDialect(dialect.toStdString()))
        return reportError(opts, CliError{ExitUserError, "dialect",
                                          "validate: unknown dialect \"" + dialect.toStdString() + "\"",
                                          "use postgres, mysql, mariadb or sqlite"});
    const QString path = resolveProjectPath(opts);
    if (path.isEmpty())
        return ExitUserError;
    const auto loaded = project::ProjectFile::load(path.toStdString());
    if (!loaded.ok)
        return reportError(opts, CliError{ExitUserError, "project", loaded.error, ""});
    design::ValidationOptions vo = design::validationOptionsFor(loaded.project);
    if (!dialect.isEmpty()) {
        vo.dialect = dialect.toStdString();
        vo.alsoDialects.clear();
    }
    const auto problems = design::validate(loaded.project.design, vo);
    if (opts.json) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto &p : problems)
            j.push_back({{"severity", design::toString(p.severity)},
                         {"objectId", p.objectId},
                         {"path", p.path},
                         {"message", p.message},
                         {"fix", p.fix}});
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
    } else {
        int errors = 0, warnings = 0;
        for (const auto &p : problems) {
            std::printf("%s: %s: %s", design::toString(p.severity), p.path.c_str(), p.message.c_str());
            if (!p.fix.empty())
                std::printf(" (fix: %s)", p.fix.c_str());
            std::printf("\n");
            errors += p.severity == design::Severity::Error;
            warnings += p.severity == design::Severity::Warning;
        }
        if (problems.empty())
            std::printf("%s: no problems (%s)\n", qPrintable(path), vo.dialect.c_str());
        else
            std::printf("%d error(s), %d warning(s)\n", errors, warnings);
    }
    return design::hasErrors(problems) ? ExitUserError : ExitOk;
}

const CommandRegistrar registrar({"validate", "problems in the design; exit 1 on errors", runValidate});

} // namespace
} // namespace sf::cli
