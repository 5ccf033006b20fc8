// schemaforge-cli generate [NAME] [--allow-destructive]: write the next migration (.json + .js).
#include "app/cli/dbsession.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {
namespace {

const CommandSpec kSpec{
    "generate",
    "[NAME] [--allow-destructive] [--timestamp YYYYMMDDHHMMSS]",
    "Write the next migration (.json + .js) from the difference between the design and the migrations\n"
    "folder; prints \"No changes\" when there is none. NAME becomes the file's slug.",
    {{{QStringLiteral("allow-destructive")}, {}, QStringLiteral("write a migration that drops tables or columns")},
     {{QStringLiteral("timestamp")},
      QStringLiteral("YYYYMMDDHHMMSS"),
      QStringLiteral("use this id timestamp instead of now (scripts, tests)")}},
    1};

int runGenerate(const GlobalOptions &opts, const QStringList &args)
{
    ParsedArgs pa;
    if (const int rc = parseCommandLine(opts, kSpec, args, pa); rc >= 0)
        return rc;
    const QString name = pa.positional().value(0);
    migrate::GenerateOptions go;
    go.allowDestructive = pa.isSet(QStringLiteral("allow-destructive"));
    if (pa.isSet(QStringLiteral("timestamp")))
        go.now = pa.value(QStringLiteral("timestamp")).toStdString();
    usecase::ProjectContext loaded;
    if (const int rc = loadProject(opts, &loaded); rc != ExitOk)
        return rc;
    const auto r = usecase::MigrationSession(std::move(loaded)).generate(name.toStdString(), go);
    using S = migrate::GenerateResult::Status;
    if (opts.json) {
        nlohmann::ordered_json j;
        j["status"] = r.status == S::Written     ? "written"
                      : r.status == S::NoChanges ? "no-changes"
                      : r.status == S::Refused   ? "refused"
                                                 : "error";
        j["message"] = r.message;
        if (r.status == S::Written) {
            j["id"] = r.id;
            j["json"] = r.jsonPath;
            j["js"] = r.jsPath;
        }
        j["destructive"] = r.destructive;
        j["warnings"] = r.warnings;
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
    } else if (r.status == S::Written || r.status == S::NoChanges) {
        for (const auto &w : r.warnings)
            std::fprintf(stderr, "warning: %s\n", w.c_str());
        std::printf("%s\n", r.message.c_str());
    } else {
        return reportError(opts,
                           CliError{ExitUserError, r.status == S::Refused ? "refused" : "generate", r.message, ""});
    }
    return (r.status == S::Written || r.status == S::NoChanges) ? ExitOk : ExitUserError;
}

const CommandRegistrar registrar({"generate", "write the next migration (.json + .js)", runGenerate});

} // namespace
} // namespace sf::cli
