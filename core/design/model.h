#pragma once
// Model is one Sequelize model: its attributes, indexes and table options.

#include "core/design/attribute.h"
#include "core/design/modelindex.h"

#include <optional>
#include <string>
#include <vector>

namespace sf::design {

struct Model {
    std::string id;
    std::string name;                     // PascalCase model name, e.g. "Student"
    std::optional<std::string> tableName; // default: pluralized name (or name when freezeTableName)
    std::optional<bool> freezeTableName;
    std::optional<bool> timestamps;  // default true
    std::optional<bool> paranoid;    // default false
    std::optional<bool> underscored; // default false
    // true: the table has no primary key at all, so lowering adds no implicit "id" (Sequelize:
    // Model.removeAttribute('id')); import sets it for a table without one.
    std::optional<bool> noPrimaryKey = {};
    std::optional<std::string> comment;
    // MySQL/MariaDB only (Sequelize's charset / collate options): the table's default character set
    // and collation when they differ from the database's.
    std::optional<std::string> charset = {};
    std::optional<std::string> collate = {};
    std::optional<std::string> note; // raw-SQL note (import keeps what Sequelize cannot express)
    std::vector<Attribute> attributes;
    std::vector<ModelIndex> indexes;

    bool hasTimestamps() const { return timestamps.value_or(true); }
    bool isParanoid() const { return paranoid.value_or(false); }
    bool isUnderscored() const { return underscored.value_or(false); }
    const Attribute *attributeById(const std::string &id) const;
    Attribute *attributeById(const std::string &id);
    const Attribute *attributeByName(const std::string &name) const;
    std::vector<const Attribute *> primaryKeyAttributes() const; // in attribute order; empty: implicit id

    friend bool operator==(const Model &, const Model &) = default;
};

} // namespace sf::design
