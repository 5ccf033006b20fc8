#pragma once
// lintProject is the use case behind `schemaforge-cli lint` (and the designer): it collects what is
// pending — with a connection, the migrations that database has not applied; offline, the migrations
// asked for by id — plus the design's change that is not generated yet, and lints them from the
// schema the database has (or the migrations before them describe). Never throws.

#include "core/db/connection.h"
#include "core/lint/linter.h"
#include "core/project/project.h"

#include <string>
#include <vector>

namespace sf::lint {

struct ProjectLintOptions {
    std::string dialect;                   // planner dialect; "" = the connection's, else the project's default
    db::Connection *connection = nullptr;  // live database: pending = not applied there, sizes and counts
    std::vector<std::string> migrationIds; // offline: lint these migration files (each from the state before it)
    bool designChange = true;              // also lint the operations `generate` would write now
};

struct ProjectLintResult {
    std::vector<Finding> findings;
    std::vector<std::string> linted; // migration ids linted ("design change" for the ungenerated one)
    std::string dialect;
    std::string error; // "" unless the folder or the history could not be read

    bool ok() const { return error.empty(); }
};

ProjectLintResult lintProject(const project::Project &project, const std::string &migrationsDir,
                              const ProjectLintOptions &options);

} // namespace sf::lint
