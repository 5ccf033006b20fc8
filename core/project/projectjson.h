#pragma once
// projectjson converts between Project and its JSON tree (nlohmann::ordered_json); internal to
// ProjectFile. readProjectJson fills *error with "<json path>: <message>" and returns false on bad input.

#include "core/project/project.h"

#include <nlohmann/json.hpp>

#include <string>

namespace sf::project::json {

bool readProjectJson(const nlohmann::ordered_json &root, Project *out, std::string *error);
nlohmann::ordered_json writeProjectJson(const Project &project);

} // namespace sf::project::json
