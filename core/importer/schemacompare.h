#pragma once
// compareSchemas lists, one readable line each, how two physical Schemas differ when objects are
// matched by name and ids are ignored: the check behind import's promise that lowering the imported
// design gives back the database it came from. Pure; empty result means equal.

#include "core/schema/schema.h"

#include <string>
#include <vector>

namespace sf::importer {

struct CompareOptions {
    bool columnOrder = false;              // also compare the order of columns (the differ never does)
    bool constraintNames = true;           // foreign keys, uniques and indexes must have the same names;
                                           // false: matched by their columns instead
    std::vector<std::string> ignoreTables; // e.g. SequelizeMeta, SchemaForgeMeta (always ignored)
    bool extras = false;                   // also compare Schema::extras (checks, views, triggers, functions,
                                           // sequences, enums, partial/expression/method indexes) by kind, table,
                                           // name and normalised definition
};

// A numeric default as one spelling: "0.00" -> "0", "1.50" -> "1.5", "+3" -> "3" (servers print
// DECIMAL defaults with their scale; the project file keeps JSON numbers). Other text is unchanged.
std::string canonicalNumber(const std::string &text);

std::vector<std::string> compareSchemas(const schema::Schema &expected, const schema::Schema &actual,
                                        const CompareOptions &options = {});

} // namespace sf::importer
