#pragma once
// schemabuilders makes the physical columns and tables the engine and database tests plan migrations
// from, so each test states only what differs (name, type, nullability, default, auto-increment).

#include "core/design/defaultvalue.h"
#include "core/schema/schema.h"

#include <string>
#include <vector>

namespace sf::test {

// A column of `type` (a Sequelize type such as "STRING(20)" or "DECIMAL(10,2)"; must parse).
schema::Column column(const std::string &name, const char *type, bool nullable = true, bool autoIncrement = false);
schema::Column column(const std::string &name, const char *type, bool nullable, design::DefaultValue def,
                      bool autoIncrement = false);

// A table with an auto-increment INTEGER primary key "id" followed by `columns`.
schema::Table tableWithId(const std::string &name, std::vector<schema::Column> columns);

} // namespace sf::test
