#pragma once
// Attribute is one model attribute in Sequelize's vocabulary; optional fields left unset take
// Sequelize's defaults and are not written back to the project file.

#include "core/design/datatype.h"
#include "core/design/defaultvalue.h"

#include <optional>
#include <string>

namespace sf::design {

struct Attribute {
    std::string id;   // stable, never reused
    std::string name; // attribute name (JS side)
    DataType type;
    std::optional<bool> allowNull; // default true
    DefaultValue defaultValue;
    std::optional<bool> primaryKey; // default false
    std::optional<bool> autoIncrement;
    std::optional<std::string> unique; // "true" for unique:true, otherwise a unique group name
    std::optional<std::string> comment;
    std::optional<std::string> field; // column name when it differs from name
    // MySQL/MariaDB only: the column's character set and collation when they differ from the table's.
    std::optional<std::string> charset = {};
    std::optional<std::string> collate = {};

    bool isNullable() const { return allowNull.value_or(true) && !isPrimaryKey(); }
    bool isPrimaryKey() const { return primaryKey.value_or(false); }
    bool isAutoIncrement() const { return autoIncrement.value_or(false); }
    const std::string &columnName() const { return field ? *field : name; }

    friend bool operator==(const Attribute &, const Attribute &) = default;
};

} // namespace sf::design
