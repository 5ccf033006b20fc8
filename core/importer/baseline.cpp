// Baseline: write an imported project and its baseline migration, mark it applied.
#include "core/importer/baseline.h"

#include "core/usecase/projectcontext.h"

#include "core/db/dberror.h"
#include "core/migrate/generator.h"
#include "core/migrate/history.h"
#include "core/migrate/migrationsteps.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sf::importer {

std::string Baseline::migrationsDirFor(const project::Project &project, const std::string &projectPath)
{
    return usecase::ProjectContext::migrationsFolder(usecase::ProjectContext::folderOf(projectPath), project);
}

std::string Baseline::checkTarget(const project::Project &project, const std::string &projectPath)
{
    const QDir dir(QString::fromStdString(migrationsDirFor(project, projectPath)));
    if (dir.exists() && !dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.js")}, QDir::Files).isEmpty())
        return dir.path().toStdString() + " already holds migrations; import into a new folder";
    return {};
}

BaselineFiles Baseline::write(const project::Project &project, const std::string &projectPath, bool writeMigration)
{
    BaselineFiles out;
    const QFileInfo file(QString::fromStdString(projectPath));
    out.projectPath = file.absoluteFilePath().toStdString();
    out.migrationsDir = migrationsDirFor(project, projectPath);
    if (writeMigration) {
        if (std::string why = checkTarget(project, projectPath); !why.empty()) {
            out.error = std::move(why);
            return out;
        }
    }
    if (!QDir().mkpath(file.absolutePath())) {
        out.error = "cannot create the folder " + file.absolutePath().toStdString();
        return out;
    }
    if (const auto saved = project::ProjectFile::save(project, out.projectPath); !saved) {
        out.error = saved.error;
        return out;
    }
    if (writeMigration) {
        // From the file as written, so the baseline is exactly what `generate` will compare against.
        const auto reloaded = project::ProjectFile::load(out.projectPath);
        if (!reloaded) {
            out.error = "the written project does not load back: " + reloaded.error;
            return out;
        }
        migrate::GenerateOptions go;
        go.allowDestructive = false;
        const auto gen = migrate::Generator::generate(reloaded.project, out.migrationsDir, "baseline", go);
        if (gen.status == migrate::GenerateResult::Status::Error ||
            gen.status == migrate::GenerateResult::Status::Refused) {
            out.error = "project written, but the baseline migration failed: " + gen.message;
            return out;
        }
        if (gen.status == migrate::GenerateResult::Status::Written) {
            out.migrationId = gen.id;
            out.jsonPath = gen.jsonPath;
            out.jsPath = gen.jsPath;
        }
    }
    out.ok = true;
    return out;
}

std::string Baseline::markApplied(db::Connection &connection, const BaselineFiles &files)
{
    if (files.migrationId.empty())
        return "there is no baseline migration to mark applied";
    QFile json(QString::fromStdString(files.jsonPath));
    if (!json.open(QIODevice::ReadOnly))
        return "cannot read " + files.jsonPath;
    const std::string checksum = migrate::MigrationSteps::checksum(json.readAll().toStdString());
    try {
        migrate::History history(connection);
        history.ensureTables();
        connection.begin();
        history.recordApplied(files.migrationId + ".js", checksum, 0);
        connection.commit();
    } catch (const db::DbError &e) {
        try {
            connection.rollback();
        } catch (const db::DbError &) {
            // The connection is gone: nothing was committed.
        }
        return "project and migration written, but marking the baseline applied failed: " + std::string(e.what());
    }
    return {};
}

} // namespace sf::importer
