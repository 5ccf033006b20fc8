// schemaforge-cli export-models [DIR]: Sequelize model files (models/*.js + index.js) for the design.
#include "app/cli/command.h"
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

int runExportModels(const GlobalOptions &opts, const QStringList &args)
{
    QString dirArg;
    for (const QString &a : args) {
        if (a.startsWith(QLatin1Char('-'))) {
            std::fprintf(stderr, "error: export-models: unknown option %s\n", qPrintable(a));
            return ExitUserError;
        }
        if (!dirArg.isEmpty()) {
            std::fprintf(stderr, "error: export-models takes one folder, got \"%s\" and \"%s\"\n", qPrintable(dirArg), qPrintable(a));
            return ExitUserError;
        }
        dirArg = a;
    }
    const QString projectPath = resolveProjectPath(opts);
    if (projectPath.isEmpty())
        return ExitUserError;
    const project::LoadResult loaded = project::ProjectFile::load(projectPath.toStdString());
    if (!loaded) {
        std::fprintf(stderr, "error: %s\n", loaded.error.c_str());
        return ExitUserError;
    }
    const QDir projectDir = QFileInfo(projectPath).absoluteDir();
    if (dirArg.isEmpty())
        dirArg = QString::fromStdString(loaded.project.modelsDir());
    const QString outDir = QDir::isAbsolutePath(dirArg) ? dirArg : projectDir.filePath(dirArg);
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "error: cannot create the models folder %s; check the path and permissions\n", qPrintable(outDir));
        return ExitUserError;
    }
    const auto files = codegen::writeModelFiles(loaded.project.design);
    for (const auto &f : files) {
        QSaveFile out(QDir(outDir).filePath(QString::fromStdString(f.relativePath)));
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content.data(), static_cast<qint64>(f.content.size())) < 0 || !out.commit()) {
            std::fprintf(stderr, "error: cannot write %s: %s\n", qPrintable(out.fileName()), qPrintable(out.errorString()));
            return ExitUserError;
        }
    }
    if (opts.json) {
        QJsonArray names;
        for (const auto &f : files)
            names.append(QString::fromStdString(f.relativePath));
        const QJsonObject o{{QStringLiteral("folder"), QDir(outDir).absolutePath()}, {QStringLiteral("files"), names}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("Wrote %zu model files to %s:\n", files.size(), qPrintable(QDir::current().relativeFilePath(outDir)));
        for (const auto &f : files)
            std::printf("  %s\n", f.relativePath.c_str());
    }
    return ExitOk;
}

const CommandRegistrar registrar({"export-models", "write Sequelize model files (models/*.js, index.js) for the design",
                                  runExportModels});

} // namespace
} // namespace sf::cli
