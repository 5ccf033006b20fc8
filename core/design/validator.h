#pragma once
// validate() checks a Design (or a Project, using its default dialect) for what Sequelize or the
// database would reject or silently change, returning Problems in model/association order.

#include "core/design/design.h"
#include "core/design/problem.h"
#include "core/sql/dialectid.h"

#include <string>
#include <vector>

namespace sf::project {
struct Project;
}

namespace sf::design {

struct ValidationOptions {
    // A dialect name (sql::dialectName): limits and type support checked for it.
    std::string dialect{sql::dialectName(sql::DialectId::Postgres)};
    // Further dialects the design will run on (the project's connection profiles): their identifier
    // length limits and character rules are errors too.
    std::vector<std::string> alsoDialects;
};

std::vector<Problem> validate(const Design &design, const ValidationOptions &options = {});
std::vector<Problem> validate(const project::Project &project);
// The project's default dialect plus the dialects its connection profiles name (their URL schemes).
ValidationOptions validationOptionsFor(const project::Project &project);

// Longest identifier the dialect accepts (postgres 63, mysql 64, sqlite 0 = none).
int identifierLimit(const std::string &dialect);

// Empty when the attribute's default fits its type, else the reason.
std::string defaultValueProblem(const DataType &type, const DefaultValue &value);
// Empty when `dialect` has the type, else what Sequelize turns it into there.
std::string dialectTypeProblem(const DataType &type, const std::string &dialect);

} // namespace sf::design
