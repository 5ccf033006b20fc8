#pragma once
// lower() turns a Design into the physical Schema Sequelize 6's sync() would create (compared with
// the real sync() by interop_tst_sequelize_cli): implicit ids, timestamps, association foreign keys,
// join tables, uniques, indexes, every object carrying an id derived from the design's ids; the
// design's raw SQL objects as they are.

#include "core/design/design.h"
#include "core/schema/schema.h"

#include <string>

namespace sf::schema {

struct LoweringOptions {
    // Longest identifier the dialect accepts: derived constraint/index names longer than this are cut
    // and end in "_" + 8 hex digits of FNV-1a(full name). 0 = no limit.
    int identifierLimit = 63;

    // postgres 63, mysql/mariadb 64, sqlite 0 (no limit); unknown dialects get 63.
    static LoweringOptions forDialect(const std::string &dialect);
};

Schema lower(const design::Design &design, const LoweringOptions &options = {});

// Deterministic physical names (before the identifier limit is applied):
// foreign key <table>_<column>_fkey, unique <table>_<columns>_key, index snake_case(<table>_<columns>).
std::string foreignKeyName(const std::string &table, const std::string &column, int identifierLimit);
std::string uniqueName(const std::string &table, const std::vector<std::string> &columns, int identifierLimit);
std::string indexName(const std::string &table, const std::vector<std::string> &columns, int identifierLimit);

} // namespace sf::schema
