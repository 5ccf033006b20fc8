// schemaforge-cli validate: problems in the design; exit 1 when any is an error.
#include "app/cli/command.h"
#include "core/design/validator.h"
#include "core/project/projectfile.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {
namespace {

int runValidate(const GlobalOptions &opts, const QStringList &args)
{
    QString dialect;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--dialect") && i + 1 < args.size()) {
            dialect = args.at(++i);
        } else if (a.startsWith(QLatin1String("--dialect="))) {
            dialect = a.mid(10);
        } else {
            std::fprintf(stderr, "error: validate: unknown argument %s (usage: validate [--dialect postgres|mysql|sqlite])\n",
                         qPrintable(a));
            return ExitUserError;
        }
    }
    if (!dialect.isEmpty() && dialect != QLatin1String("postgres") && dialect != QLatin1String("mysql") &&
        dialect != QLatin1String("sqlite")) {
        std::fprintf(stderr, "error: validate: unknown dialect \"%s\"; use postgres, mysql or sqlite\n", qPrintable(dialect));
        return ExitUserError;
    }
    const QString path = resolveProjectPath(opts);
    if (path.isEmpty())
        return ExitUserError;
    const auto loaded = project::ProjectFile::load(path.toStdString());
    if (!loaded.ok) {
        if (opts.json) {
            nlohmann::ordered_json j = nlohmann::ordered_json::array();
            j.push_back({{"severity", "error"}, {"objectId", ""}, {"path", ""}, {"message", loaded.error}, {"fix", ""}});
            std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
        } else {
            std::fprintf(stderr, "error: %s\n", loaded.error.c_str());
        }
        return ExitUserError;
    }
    design::ValidationOptions vo = design::validationOptionsFor(loaded.project);
    if (!dialect.isEmpty()) {
        vo.dialect = dialect.toStdString();
        vo.alsoDialects.clear();
    }
    const auto problems = design::validate(loaded.project.design, vo);
    if (opts.json) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto &p : problems)
            j.push_back({{"severity", design::toString(p.severity)}, {"objectId", p.objectId}, {"path", p.path},
                         {"message", p.message}, {"fix", p.fix}});
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

const CommandRegistrar registrar({"validate", "problems in the design; exit 1 on errors [--dialect D]", runValidate});

} // namespace
} // namespace sf::cli
