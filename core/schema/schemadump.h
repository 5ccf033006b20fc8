#pragma once
// dumpSchema prints a Schema as stable, readable text (one block per table: columns with type,
// nullability, default and auto-increment, then primary key, foreign keys, uniques, indexes, each
// with its id) for golden tests and debugging.

#include "core/schema/schema.h"

#include <string>

namespace sf::schema {

std::string dumpSchema(const Schema &schema);
std::string dumpDefault(const design::DefaultValue &value); // "'draft'", "0", "NOW (js)", "SQL(now())"

} // namespace sf::schema
