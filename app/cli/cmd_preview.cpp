// schemaforge-cli preview [--dialect D] [--pending | --all | --migration ID] [--down]: print SQL
// without touching a database.
#include "app/cli/dbsession.h"
#include "core/migrate/preview.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {
namespace {

const CommandSpec kSpec{
    "preview",
    "[--dialect D] [--pending | --all | --migration ID] [--down]",
    "Print the SQL of migrations without touching a database: the pending change of the design (default),\n"
    "every migration, or one.",
    {{{QStringLiteral("dialect")},
      QStringLiteral("D"),
      QStringLiteral("postgres, mysql, mariadb or sqlite (default: the project's)")},
     {{QStringLiteral("pending")}, {}, QStringLiteral("the change the design would generate next (default)")},
     {{QStringLiteral("all")}, {}, QStringLiteral("every migration in the folder")},
     {{QStringLiteral("migration")}, QStringLiteral("ID"), QStringLiteral("one migration")},
     {{QStringLiteral("down")}, {}, QStringLiteral("the down direction")}}};

int runPreview(const GlobalOptions &opts, const QStringList &args)
{
    ParsedArgs pa;
    if (const int rc = parseCommandLine(opts, kSpec, args, pa); rc >= 0)
        return rc;
    if (int(pa.isSet(QStringLiteral("pending"))) + int(pa.isSet(QStringLiteral("all"))) +
            int(pa.isSet(QStringLiteral("migration"))) >
        1)
        return reportError(opts, CliError{ExitUserError, "usage",
                                          "preview: give one of --pending, --all, --migration ID", usageText(kSpec)});
    const QString dialectName = pa.value(QStringLiteral("dialect"));
    const QString migrationId = pa.value(QStringLiteral("migration"));
    enum {
        Pending,
        All,
        One
    } what = pa.isSet(QStringLiteral("all"))         ? All
             : pa.isSet(QStringLiteral("migration")) ? One
                                                     : Pending;
    const bool down = pa.isSet(QStringLiteral("down"));
    usecase::ProjectContext loaded;
    if (const int rc = loadProject(opts, &loaded); rc != ExitOk)
        return rc;
    const std::string dname = dialectName.isEmpty() ? loaded.project.defaultDialect() : dialectName.toStdString();
    const auto dialect = sql::makeDialect(dname);
    if (!dialect)
        return reportError(opts, CliError{ExitUserError, "dialect", "preview: unknown dialect \"" + dname + "\"",
                                          "use postgres, mysql, mariadb or sqlite"});
    const std::string &dir = loaded.migrationsDir;
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
        return reportError(opts, CliError{ExitUserError, "migrations", e.what(), ""});
    }
    if (opts.json) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto &s : sections) {
            nlohmann::ordered_json st = nlohmann::ordered_json::array();
            for (const auto &x : s.plan.statements)
                st.push_back({{"sql", x.sql},
                              {"reverse", x.reverse},
                              {"comment", x.comment},
                              {"operation", x.sourceOperation},
                              {"outsideTransaction", x.outsideTransaction()}});
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

const CommandRegistrar registrar({"preview", "print SQL without touching a database", runPreview});

} // namespace
} // namespace sf::cli
