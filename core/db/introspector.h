#pragma once
// Introspector reads a live database's physical schema (tables, columns, keys, indexes) into
// sf::schema::Schema with types normalized back to Sequelize DataTypes; stateless, uses the caller's
// Connection on the caller's thread. The history tables SequelizeMeta, SchemaForgeMeta and SchemaForgeJournal are
// excluded.

#include "core/db/connection.h"
#include "core/schema/schema.h"

#include <string>
#include <vector>

namespace sf::db {

struct IntrospectResult {
    schema::Schema schema;             // tables sorted by name, columns in table order
    std::vector<std::string> warnings; // e.g. a type SchemaForge cannot represent, an expression index
};

class Introspector
{
public:
    // The one choice of introspector by connection.dialectId(); throws DbError when a catalogue query fails.
    static IntrospectResult introspect(Connection &connection);
    // True for the tables introspection and drift ignore.
    static bool isHistoryTable(const std::string &name);
};

} // namespace sf::db
