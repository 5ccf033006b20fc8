// schemaforge-cli export-models [DIR]: Sequelize model files (models/*.js + index.js) for the design.
#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "core/codegen/modelwriter.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace sf::cli {
namespace {

const CommandSpec kSpec{"export-models",
                        "[DIR]",
                        "Write Sequelize model files (models/*.js and index.js) for the design into DIR\n"
                        "(default: the project's models folder).",
                        {},
                        1};

int runExportModels(const GlobalOptions &opts, const QStringList &args)
{
    ParsedArgs pa;
    if (const int rc = parseCommandLine(opts, kSpec, args, pa); rc >= 0)
        return rc;
    QString dirArg = pa.positional().value(0);
    const QString projectPath = resolveProjectPath(opts);
    if (projectPath.isEmpty())
        return ExitUserError;
    const project::LoadResult loaded = project::ProjectFile::load(projectPath.toStdString());
    if (!loaded)
        return reportError(opts, CliError{ExitUserError, "project", loaded.error, ""});
    const QDir projectDir = QFileInfo(projectPath).absoluteDir();
    if (dirArg.isEmpty())
        dirArg = QString::fromStdString(loaded.project.modelsDir());
    const QString outDir = QDir::isAbsolutePath(dirArg) ? dirArg : projectDir.filePath(dirArg);
    if (!QDir().mkpath(outDir))
        return reportError(opts,
                           CliError{ExitUserError, "io", "cannot create the models folder " + outDir.toStdString(),
                                    "check the path and permissions"});
    const auto files = codegen::writeModelFiles(loaded.project.design);
    for (const auto &f : files) {
        QSaveFile out(QDir(outDir).filePath(QString::fromStdString(f.relativePath)));
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content.data(), static_cast<qint64>(f.content.size())) < 0 ||
            !out.commit()) {
            return reportError(
                opts, CliError{ExitUserError, "io",
                               "cannot write " + out.fileName().toStdString() + ": " + out.errorString().toStdString(),
                               "check the path and permissions"});
        }
    }
    if (opts.json) {
        QJsonArray names;
        for (const auto &f : files)
            names.append(QString::fromStdString(f.relativePath));
        const QJsonObject o{{QStringLiteral("folder"), QDir(outDir).absolutePath()}, {QStringLiteral("files"), names}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("Wrote %zu model files to %s:\n", files.size(),
                    qPrintable(QDir::current().relativeFilePath(outDir)));
        for (const auto &f : files)
            std::printf("  %s\n", f.relativePath.c_str());
    }
    return ExitOk;
}

const CommandRegistrar registrar({"export-models", "write Sequelize model files (models/*.js, index.js) for the design",
                                  runExportModels});

} // namespace
} // namespace sf::cli
