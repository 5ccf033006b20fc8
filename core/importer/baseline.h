#pragma once
// Baseline finishes an import on disk and in the database: it checks and writes the imported
// project file, writes its baseline migration (generated from the file as written, so it is exactly
// what `generate` compares against) and marks that migration applied on the database it was read
// from. Shared by `schemaforge-cli import` and the GUI's import dialog. Stateless; runs on the
// caller's thread and borrows the caller's Connection; never throws; messages never hold a password.

#include "core/db/connection.h"
#include "core/project/project.h"

#include <string>

namespace sf::importer {

struct BaselineFiles {
    bool ok = false;
    std::string error;         // why writing failed, naming the file or folder
    std::string projectPath;   // absolute
    std::string migrationsDir; // absolute
    std::string migrationId;   // "" when no migration was written (asked not to, or no tables)
    std::string jsonPath;
    std::string jsPath;
};

class Baseline
{
public:
    // The absolute migrations folder of `project` saved at projectPath.
    static std::string migrationsDirFor(const project::Project &project, const std::string &projectPath);
    // "" when a baseline may be written for `project` at projectPath, else why not (the migrations
    // folder already holds migrations).
    static std::string checkTarget(const project::Project &project, const std::string &projectPath);
    // Creates the project's folder, saves the project, and (writeMigration) writes the baseline
    // migration "<timestamp>-baseline" into its migrations folder.
    static BaselineFiles write(const project::Project &project, const std::string &projectPath, bool writeMigration);
    // Records files.migrationId as applied (SequelizeMeta + SchemaForgeMeta with the .json checksum)
    // in one transaction, creating the history tables when missing. "" on success, else the error.
    static std::string markApplied(db::Connection &connection, const BaselineFiles &files);
};

} // namespace sf::importer
