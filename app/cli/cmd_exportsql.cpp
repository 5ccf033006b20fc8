// schemaforge-cli export-sql --dialect D [--output FILE]: the full CREATE script of the design.
#include "app/cli/command.h"
#include "core/migrate/preview.h"
#include "core/project/projectfile.h"

#include <QSaveFile>

#include <cstdio>

namespace sf::cli {
namespace {

int runExportSql(const GlobalOptions &opts, const QStringList &args)
{
    QString dialectName, output;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--dialect") && i + 1 < args.size())
            dialectName = args.at(++i);
        else if (a.startsWith(QLatin1String("--dialect=")))
            dialectName = a.mid(10);
        else if ((a == QLatin1String("--output") || a == QLatin1String("-o")) && i + 1 < args.size())
            output = args.at(++i);
        else {
            std::fprintf(stderr, "error: export-sql: unexpected argument %s (usage: export-sql --dialect D [--output FILE])\n",
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
        std::fprintf(stderr, "error: export-sql: unknown dialect \"%s\"; use postgres, mysql, mariadb or sqlite\n", dname.c_str());
        return ExitUserError;
    }
    std::string text;
    try {
        text = "-- " + loaded.project.name + ": CREATE script for " + dname + " (SchemaForge)\n" +
               migrate::Preview::text(migrate::Preview::createScript(loaded.project, *dialect));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return ExitUserError;
    }
    if (output.isEmpty()) {
        std::fputs(text.c_str(), stdout);
        return ExitOk;
    }
    QSaveFile f(output);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.data(), static_cast<qint64>(text.size())) < 0 || !f.commit()) {
        std::fprintf(stderr, "error: cannot write %s: %s\n", qPrintable(output), qPrintable(f.errorString()));
        return ExitUserError;
    }
    std::printf("wrote %s\n", qPrintable(output));
    return ExitOk;
}

const CommandRegistrar registrar({"export-sql", "full CREATE script of the design --dialect D [--output FILE]", runExportSql});

} // namespace
} // namespace sf::cli
