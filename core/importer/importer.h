#pragma once
// importSchema turns a physical Schema (usually introspected from a live database) into a Design
// whose lowering reproduces that schema, plus a report of every decision and of every object
// Sequelize cannot express (kept as a raw-SQL note on its model, never dropped silently). Pure, no I/O.

#include "core/design/design.h"
#include "core/schema/schema.h"
#include "core/sql/dialectid.h"

#include <string>
#include <vector>

namespace sf::importer {

struct ImportOptions {
    // The project dialect name of the database the schema came from (named in messages).
    std::string dialect{sql::dialectName(sql::DialectId::Postgres)};
    // Identifier limit the migration generator lowers with (sf::migrate::Generator::kIdentifierLimit):
    // an index keeps no explicit name only when lowering derives exactly its name under this limit.
    int identifierLimit = 63;
    // A table whose primary key is exactly two foreign keys becomes a manyToMany through it.
    bool detectManyToMany = true;
    // Tables left out entirely (SequelizeMeta and SchemaForgeMeta always are).
    std::vector<std::string> excludeTables;
};

struct ImportNote {
    enum class Severity {
        Info,       // a decision the user may want to know about (join table, renamed constraint)
        Unsupported // no Sequelize equivalent: kept as a note on the model, not recreated by migrations
    };
    Severity severity = Severity::Info;
    std::string kind;    // "table" | "column" | "primaryKey" | "foreignKey" | "unique" | "index" | "check" | "view" |
                         // "trigger" | ...
    std::string table;   // owning table; empty for schema-level objects
    std::string name;    // the object's name
    std::string message; // one line naming the object and what import did with it
    std::string sql;     // its definition when known

    friend bool operator==(const ImportNote &, const ImportNote &) = default;
};

struct ImportResult {
    design::Design design;
    std::vector<ImportNote> report; // in table order, then schema-level objects

    int unsupportedCount() const;
};

// Deterministic: the same schema always gives the same design, with ids derived from names
// ("m-<table>", "a-<table>-<column>", "as-<table>-<column>", "as-<through>", "i-<table>-<index>").
ImportResult importSchema(const schema::Schema &physical, const ImportOptions &options = {});

// One line per note, "unsupported: check constraint ... (table students): ..." style, for the CLI.
std::string formatNote(const ImportNote &note);

} // namespace sf::importer
