#pragma once
// checkProject is the CI gate behind `schemaforge-cli check`: the design validates, lint finds no
// error, the design and the migrations are in step (nothing left to generate), and every migration
// survives up -> down -> up on a scratch database with the schema equal after each round (and equal
// to what the migrations describe). Never throws; borrows the scratch connection, which must be empty.

#include "core/db/connection.h"
#include "core/lint/finding.h"
#include "core/project/project.h"

#include <string>
#include <vector>

namespace sf::check {

struct CheckStep {
    std::string name; // "validate", "lint", "in-step", "round-trip"
    bool ok = true;
    std::vector<std::string> problems; // one line each; empty when ok
};

struct CheckResult {
    std::vector<CheckStep> steps;
    std::vector<lint::Finding> findings; // of the lint step
    std::string dialect;                 // of the scratch database
    bool databaseError = false;          // the scratch database failed us (not the project)

    bool ok() const;
};

struct CheckOptions {
    std::string dialect; // planner dialect of the scratch connection: postgres, mysql, mariadb, sqlite
};

CheckResult checkProject(const project::Project &project, const std::string &migrationsDir, db::Connection &scratch,
                         const CheckOptions &options);

} // namespace sf::check
