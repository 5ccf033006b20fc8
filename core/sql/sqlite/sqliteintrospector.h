#pragma once
// SqliteIntrospector reads a SQLite database into sf::schema::Schema with a handful of catalogue queries
// (never one query per table); stateless, runs on the caller's Connection and thread.

#include "core/db/introspector.h"

namespace sf::db {

class SqliteIntrospector
{
public:
    static IntrospectResult introspect(Connection &connection);
};

} // namespace sf::db
