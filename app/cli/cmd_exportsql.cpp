// schemaforge-cli export-sql --dialect D [--output FILE]: the full CREATE script of the design.
#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "core/migrate/preview.h"
#include "core/project/projectfile.h"

#include <QSaveFile>

#include <cstdio>

namespace sf::cli {
namespace {

const CommandSpec kSpec{"export-sql",
                        "[--dialect D] [--output FILE]",
                        "The full CREATE script of the design for one database.",
                        {{{QStringLiteral("dialect")},
                          QStringLiteral("D"),
                          QStringLiteral("postgres, mysql, mariadb or sqlite (default: the project's)")},
                         {{QStringLiteral("output"), QStringLiteral("o")},
                          QStringLiteral("FILE"),
                          QStringLiteral("write to FILE instead of stdout")}}};

int runExportSql(const GlobalOptions &opts, const QStringList &args)
{
    ParsedArgs pa;
    if (const int rc = parseCommandLine(opts, kSpec, args, pa); rc >= 0)
        return rc;
    const QString dialectName = pa.value(QStringLiteral("dialect"));
    const QString output = pa.value(QStringLiteral("output"));
    const QString projectPath = resolveProjectPath(opts);
    if (projectPath.isEmpty())
        return ExitUserError;
    const auto loaded = project::ProjectFile::load(projectPath.toStdString());
    if (!loaded)
        return reportError(opts, CliError{ExitUserError, "project", loaded.error, ""});
    const std::string dname = dialectName.isEmpty() ? loaded.project.defaultDialect() : dialectName.toStdString();
    const auto dialect = sql::makeDialect(dname);
    if (!dialect)
        return reportError(opts, CliError{ExitUserError, "dialect", "export-sql: unknown dialect \"" + dname + "\"",
                                          "use postgres, mysql, mariadb or sqlite"});
    std::string text;
    try {
        text = "-- " + loaded.project.name + ": CREATE script for " + dname + " (SchemaForge)\n" +
               migrate::Preview::text(migrate::Preview::createScript(loaded.project, *dialect));
    } catch (const std::exception &e) {
        return reportError(opts, CliError{ExitUserError, "design", e.what(), ""});
    }
    if (output.isEmpty()) {
        std::fputs(text.c_str(), stdout);
        return ExitOk;
    }
    QSaveFile f(output);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.data(), static_cast<qint64>(text.size())) < 0 || !f.commit()) {
        return reportError(opts, CliError{ExitUserError, "io",
                                          "cannot write " + output.toStdString() + ": " + f.errorString().toStdString(),
                                          "check the path and permissions"});
    }
    std::printf("wrote %s\n", qPrintable(output));
    return ExitOk;
}

const CommandRegistrar registrar({"export-sql", "full CREATE script of the design", runExportSql});

} // namespace
} // namespace sf::cli
