#pragma once
// RawSqlObject is a database object the design carries as SQL because a Sequelize model cannot
// express it (check constraint, view, trigger and its function, sequence, enum type, partial,
// expression or method index, column of a type Sequelize lacks). Import creates them; migrations
// create them (up) after the tables and drop them (down) first, only on their own database.

#include <string>

namespace sf::design {

struct RawSqlObject {
    std::string id;      // stable, never reused
    std::string kind;    // "check" | "view" | "trigger" | "function" | "index" | "column" | "sequence" | "enum" | ...
    std::string name;    // the object's name in the database
    std::string table;   // owning table ("" for schema-level objects)
    std::string dialect; // a project dialect name (postgres, mysql, sqlite): the database the SQL is written for
    std::string up;      // creates it
    std::string down;    // drops it

    friend bool operator==(const RawSqlObject &, const RawSqlObject &) = default;
};

} // namespace sf::design
