#include "core/usecase/projectcontext.h"

#include "core/project/projectfile.h"

#include <QDir>
#include <QFileInfo>

namespace sf::usecase {

namespace {

std::string under(const std::string &dir, const std::string &folder)
{
    return QDir::cleanPath(QDir(QString::fromStdString(dir)).absoluteFilePath(QString::fromStdString(folder)))
        .toStdString();
}

} // namespace

std::string ProjectContext::migrationsFolder(const std::string &projectDir, const project::Project &project,
                                             const std::string &defaultFolder)
{
    if (projectDir.empty())
        return {};
    return under(projectDir,
                 project.settings.migrationsDir.value_or(defaultFolder.empty() ? "migrations" : defaultFolder));
}

std::string ProjectContext::folderOf(const std::string &projectFile)
{
    // A project opened from the resources (an example) has no folder of its own on disk.
    if (projectFile.empty() || projectFile.front() == ':')
        return {};
    return QFileInfo(QString::fromStdString(projectFile)).absolutePath().toStdString();
}

bool ProjectContext::load(const std::string &projectFile, ProjectContext *out, std::string *error,
                          const std::string &defaultFolder)
{
    auto loaded = project::ProjectFile::load(projectFile);
    if (!loaded) {
        *error = loaded.error;
        return false;
    }
    *out = of(std::move(loaded.project),
              QFileInfo(QString::fromStdString(projectFile)).absoluteFilePath().toStdString(), defaultFolder);
    return true;
}

ProjectContext ProjectContext::of(project::Project project, const std::string &projectFile,
                                  const std::string &defaultFolder)
{
    ProjectContext c;
    c.projectFile = projectFile;
    c.projectDir = folderOf(projectFile);
    c.migrationsDir = migrationsFolder(c.projectDir, project, defaultFolder);
    c.modelsDir = c.projectDir.empty() ? std::string() : under(c.projectDir, project.modelsDir());
    c.project = std::move(project);
    return c;
}

} // namespace sf::usecase
