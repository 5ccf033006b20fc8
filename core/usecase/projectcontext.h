#pragma once
// ProjectContext is a project with the folders it works in, resolved by the one rule both front ends
// use: the project's own settings.migrationsDir, else the caller's default folder ("migrations", or
// the designer's Preferences), relative to the folder of the project file. Plain data; any thread.

#include "core/project/project.h"

#include <string>

namespace sf::usecase {

class ProjectContext
{
public:
    project::Project project;
    std::string projectFile;   // absolute path of the .schemaforge.json ("" for an unsaved project)
    std::string projectDir;    // absolute folder of projectFile
    std::string migrationsDir; // absolute, cleaned
    std::string modelsDir;     // absolute, cleaned

    // The one migrations-folder rule: projectDir / (settings.migrationsDir or defaultFolder), cleaned.
    // Empty when projectDir is empty (an unsaved project has no migrations folder).
    static std::string migrationsFolder(const std::string &projectDir, const project::Project &project,
                                        const std::string &defaultFolder = "migrations");
    // The folder of a project file, absolute; empty for "" or a Qt resource path (":/...").
    static std::string folderOf(const std::string &projectFile);
    // Reads projectFile and resolves its folders. On failure returns false and sets *error.
    static bool load(const std::string &projectFile, ProjectContext *out, std::string *error,
                     const std::string &defaultFolder = "migrations");
    // A project already in memory (the designer's document) saved at projectFile.
    static ProjectContext of(project::Project project, const std::string &projectFile,
                             const std::string &defaultFolder = "migrations");
};

} // namespace sf::usecase
