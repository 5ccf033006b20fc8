#pragma once
// ExtrasIntrospector lists what a database holds beyond tables, columns, keys and plain indexes
// (check constraints, views, triggers, partial and expression indexes, columns of types SchemaForge
// cannot represent) as schema::Extra, so import can keep each one as a note; stateless, one
// catalogue query per kind on the caller's Connection and thread. Throws DbError when a query fails.

#include "core/db/connection.h"
#include "core/schema/schema.h"

#include <vector>

namespace sf::db {

class ExtrasIntrospector
{
public:
    // Dispatches on connection.dialect(); sorted by table, kind, name. History tables are skipped.
    static std::vector<schema::Extra> introspect(Connection &connection);
};

} // namespace sf::db
