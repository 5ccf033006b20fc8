#pragma once
// Checkpoint is the schema a folder's hand-written migrations produce, captured once at adopt time
// (introspected from the database the project's sequelize-cli migrated, or lowered from its model
// code), with the SequelizeMeta name of the last migration it covers. It lives in the migrations
// folder as `schemaforge.checkpoint.json` (neither sequelize-cli nor SchemaForge takes it for a
// migration):
//     { "format": "schemaforge-checkpoint/1", "after": "20240101000000-add-email.js",
//       "source": "database", "tables": [ <createTable table objects, as in migration files> ] }
// Replay starts from it: migrations named up to and including "after" are covered by it.

#include "core/schema/schema.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace sf::migrate {

struct Checkpoint {
    static constexpr const char *kFormat = "schemaforge-checkpoint/1";
    static constexpr const char *kFileName = "schemaforge.checkpoint.json";

    std::string after;  // SequelizeMeta name of the last migration it covers
    std::string source; // "database" or "models": where the schema came from
    schema::Schema schema;

    // Text of the file: pretty-printed JSON with a trailing newline, stable key order.
    std::string toText() const;
    // Parses the file's text; throws std::runtime_error naming `fileName` and the JSON path.
    static Checkpoint fromText(std::string_view text, const std::string &fileName);
};

} // namespace sf::migrate
