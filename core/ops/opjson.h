#pragma once
// opjson converts Operations (and the schema values they carry) to and from nlohmann::json, the
// form stored in migration files; OperationJsonError names the JSON path of any bad value.

#include "core/ops/operation.h"
#include "core/ops/schemajson.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace sf::ops {

nlohmann::ordered_json toJson(const Operation &op);
// path prefixes error messages, e.g. "operations[2]". Throws OperationJsonError.
Operation operationFromJson(const nlohmann::ordered_json &j, const std::string &path = "operation");

} // namespace sf::ops
