#pragma once
// RawObjects turns what introspection found beyond tables (schema::Extra: checks, views, triggers and
// their functions, partial/expression/method/prefix indexes, prefix primary keys, columns of types
// Sequelize lacks) into the design's raw SQL objects, each with the SQL that creates it (up) and drops
// it (down) on the database it came from, in dependency order (functions, column types, primary keys,
// checks, indexes, views, triggers). What a database cannot add after its tables exist (SQLite checks
// and column types; MySQL column types; PostgreSQL generated columns) is left out and stays a note.
// Pure, no I/O.

#include "core/design/rawsqlobject.h"
#include "core/schema/schema.h"

#include <string>
#include <vector>

namespace sf::importer {

class RawObjects
{
public:
    // One raw object per expressible extra, ids "raw-<kind>-<table>-<name>" made loader-safe and unique.
    static std::vector<design::RawSqlObject> fromExtras(const schema::Schema &physical, const std::string &dialect);
    // True when fromExtras carries this extra (so import reports it as kept, not as a loss).
    static bool carries(const schema::Extra &extra, const std::string &dialect);
};

} // namespace sf::importer
