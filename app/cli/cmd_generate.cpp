// schemaforge-cli generate [NAME] [--allow-destructive]: write the next migration (.json + .js).
#include "app/cli/command.h"
#include "core/migrate/generator.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {
namespace {

int runGenerate(const GlobalOptions &opts, const QStringList &args)
{
    QString name;
    migrate::GenerateOptions go;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--allow-destructive")) {
            go.allowDestructive = true;
        } else if (a == QLatin1String("--timestamp") && i + 1 < args.size()) {
            go.now = args.at(++i).toStdString(); // YYYYMMDDHHMMSS instead of now (scripts, tests)
        } else if (a.startsWith(QLatin1String("--timestamp="))) {
            go.now = a.mid(12).toStdString();
        } else if (!a.startsWith(QLatin1Char('-')) && name.isEmpty()) {
            name = a;
        } else {
            std::fprintf(stderr, "error: generate: unexpected argument %s (usage: generate [NAME] [--allow-destructive])\n",
                         qPrintable(a));
            return ExitUserError;
        }
    }
    const QString projectPath = resolveProjectPath(opts);
    if (projectPath.isEmpty())
        return ExitUserError;
    const auto loaded = project::ProjectFile::load(projectPath.toStdString());
    if (!loaded) {
        std::fprintf(stderr, "error: %s\n", loaded.error.c_str());
        return ExitUserError;
    }
    const QDir projectDir = QFileInfo(projectPath).absoluteDir();
    const std::string dir = QDir::cleanPath(projectDir.filePath(QString::fromStdString(loaded.project.migrationsDir()))).toStdString();
    const auto r = migrate::Generator::generate(loaded.project, dir, name.toStdString(), go);
    using S = migrate::GenerateResult::Status;
    if (opts.json) {
        nlohmann::ordered_json j;
        j["status"] = r.status == S::Written ? "written" : r.status == S::NoChanges ? "no-changes"
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
        std::fprintf(stderr, "error: %s\n", r.message.c_str());
    }
    return (r.status == S::Written || r.status == S::NoChanges) ? ExitOk : ExitUserError;
}

const CommandRegistrar registrar({"generate", "write the next migration (.json + .js) [NAME] [--allow-destructive]",
                                  runGenerate});

} // namespace
} // namespace sf::cli
