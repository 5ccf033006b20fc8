#pragma once
// schemajson converts the schema values operations carry (Table, Column, ForeignKey,
// UniqueConstraint, Index, DefaultValue) to and from nlohmann::json; OperationJsonError names the
// JSON path of any bad value.

#include "core/schema/schema.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace sf::ops {

class OperationJsonError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

nlohmann::ordered_json toJson(const schema::Table &t);
schema::Table tableFromJson(const nlohmann::ordered_json &j, const std::string &path = "table");
nlohmann::ordered_json toJson(const schema::Column &c);
schema::Column columnFromJson(const nlohmann::ordered_json &j, const std::string &path = "column");
nlohmann::ordered_json toJson(const schema::ForeignKey &fk);
schema::ForeignKey fkFromJson(const nlohmann::ordered_json &j, const std::string &path);
nlohmann::ordered_json toJson(const schema::UniqueConstraint &u);
schema::UniqueConstraint uniqueFromJson(const nlohmann::ordered_json &j, const std::string &path);
nlohmann::ordered_json toJson(const schema::Index &ix);
schema::Index indexFromJson(const nlohmann::ordered_json &j, const std::string &path);
nlohmann::ordered_json toJson(const design::DefaultValue &d);
design::DefaultValue defaultFromJson(const nlohmann::ordered_json &j, const std::string &path);

} // namespace sf::ops
