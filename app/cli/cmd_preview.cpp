// schemaforge-cli preview [--dialect D] [--pending | --all | --migration ID] [--down]: print SQL
// without touching a database.
#include "app/cli/command.h"
#include "core/migrate/preview.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {
namespace {

int runPreview(const GlobalOptions &opts, const QStringList &args)
{
    QString dialectName, migrationId;
    enum { Pending, All, One } what = Pending;
    bool down = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--dialect") && i + 1 < args.size())
            dialectName = args.at(++i);
        else if (a.startsWith(QLatin1String("--dialect=")))
            dialectName = a.mid(10);
        else if (a == QLatin1String("--pending"))
            what = Pending;
        else if (a == QLatin1String("--all"))
            what = All;
        else if (a == QLatin1String("--migration") && i + 1 < args.size()) {
            what = One;
            migrationId = args.at(++i);
        } else if (a.startsWith(QLatin1String("--migration="))) {
            what = One;
            migrationId = a.mid(12);
        } else if (a == QLatin1String("--down"))
            down = true;
        else {
            std::fprintf(stderr, "error: preview: unexpected argument %s (usage: preview [--dialect D] "
                                 "[--pending | --all | --migration ID] [--down])\n",
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
    const std::string dname = dialectName.isEmpty() ? loaded.project.defaultDialect() : dialectName.toStdString();
    const auto dialect = sql::makeDialect(dname);
    if (!dialect) {
        std::fprintf(stderr, "error: preview: unknown dialect \"%s\"; use postgres, mysql, mariadb or sqlite\n", dname.c_str());
        return ExitUserError;
    }
    const QDir projectDir = QFileInfo(projectPath).absoluteDir();
    const std::string dir = QDir::cleanPath(projectDir.filePath(QString::fromStdString(loaded.project.migrationsDir()))).toStdString();
    std::vector<migrate::PreviewSection> sections;
    try {
        const auto folder = migrate::MigrationDirectory::load(dir);
        if (what == Pending)
            sections.push_back(migrate::Preview::pending(loaded.project, folder, *dialect, down));
        else if (what == One)
            sections.push_back(migrate::Preview::migration(folder, migrationId.toStdString(), *dialect, down));
        else
            sections = migrate::Preview::all(folder, *dialect, down);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return ExitUserError;
    }
    if (opts.json) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto &s : sections) {
            nlohmann::ordered_json st = nlohmann::ordered_json::array();
            for (const auto &x : s.plan.statements)
                st.push_back({{"sql", x.sql}, {"reverse", x.reverse}, {"comment", x.comment},
                              {"operation", x.sourceOperation}, {"outsideTransaction", x.outsideTransaction()}});
            j.push_back({{"title", s.title}, {"dialect", dname}, {"statements", st}, {"warnings", s.plan.warnings}});
        }
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
        return ExitOk;
    }
    if (what == Pending && sections.front().plan.statements.empty()) {
        std::printf("-- No changes\n");
        return ExitOk;
    }
    std::fputs(migrate::Preview::text(sections).c_str(), stdout);
    return ExitOk;
}

const CommandRegistrar registrar({"preview", "print SQL without touching a database [--dialect D] "
                                             "[--pending | --all | --migration ID] [--down]",
                                  runPreview});

} // namespace
} // namespace sf::cli
