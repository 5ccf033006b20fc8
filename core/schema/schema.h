#pragma once
// Schema is the physical schema: tables, columns, keys and indexes, as a database holds them.
// It is obtained by lowering a design, by replaying migrations or by introspecting a database.
// Objects derived from a design carry ids derived from the design's ids (e.g. "as-3/fk");
// introspected objects have empty ids and are matched by name.

#include "core/design/datatype.h"
#include "core/design/defaultvalue.h"

#include <optional>
#include <string>
#include <vector>

namespace sf::schema {

struct Column {
    std::string id;
    std::string name;
    design::DataType type;
    bool nullable = true;
    design::DefaultValue defaultValue; // only database defaults matter for DDL; NOW/UUIDV4 kept for codegen
    bool autoIncrement = false;
    std::string comment;
    // MySQL/MariaDB (Capabilities::characterSets): the column's character set and collation where they
    // differ from its table's; "" = the table's. Other databases ignore them.
    std::string charset = {};
    std::string collation = {};

    friend bool operator==(const Column &, const Column &) = default;
};

struct ForeignKey {
    std::string id;
    std::string name; // deterministic: <table>_<column>_fkey
    std::vector<std::string> columns;
    std::string refTable; // table name
    std::vector<std::string> refColumns;
    std::string onDelete; // "SET NULL", "CASCADE", "RESTRICT", "NO ACTION", "SET DEFAULT" or ""
    std::string onUpdate;

    friend bool operator==(const ForeignKey &, const ForeignKey &) = default;
};

struct UniqueConstraint {
    std::string id;
    std::string name; // <table>_<columns>_key
    std::vector<std::string> columns;

    friend bool operator==(const UniqueConstraint &, const UniqueConstraint &) = default;
};

struct Index {
    std::string id;
    std::string name; // <table>_<columns>
    std::vector<std::string> columns;
    bool unique = false;

    friend bool operator==(const Index &, const Index &) = default;
};

struct Table {
    std::string id;
    std::string name;
    std::vector<Column> columns;
    std::vector<std::string> primaryKey; // column names, in key order
    std::vector<ForeignKey> foreignKeys;
    std::vector<UniqueConstraint> uniques;
    std::vector<Index> indexes;
    std::string comment;
    // MySQL/MariaDB (Capabilities::characterSets): the table's default character set and collation where
    // they differ from the database's; "" = the database's. Other databases ignore them.
    std::string charset = {};
    std::string collation = {};

    const Column *column(const std::string &name) const;
    Column *column(const std::string &name);
    const Column *columnById(const std::string &id) const;

    friend bool operator==(const Table &, const Table &) = default;
};

// Extra is a database object the physical model has no field for (check constraint, view, trigger,
// partial or expression index, column of a type SchemaForge cannot represent). Introspection may
// report them so that import keeps each one as a note instead of dropping it silently; lowering,
// replay and diff never produce or compare them.
struct Extra {
    std::string kind;  // "check" | "view" | "trigger" | "index" | "column" | "foreignKey" | other
    std::string name;  // object name (for "column": the column name)
    std::string table; // owning table; empty for schema-level objects such as views
    std::string sql;   // definition as the database prints it (or the column's declared type)

    friend bool operator==(const Extra &, const Extra &) = default;
};

// RawObject is a database object a design carries as raw SQL because Sequelize models cannot
// express it (check constraint, view, trigger and its function, partial/expression/method index,
// column of a type Sequelize lacks). Lowering copies the design's; replay of a rawSql operation that
// names it adds or removes it; diff creates new ones after everything else and drops gone ones first.
struct RawObject {
    std::string id;      // stable ("raw-<kind>-<table>-<name>" from import)
    std::string dialect; // a project dialect name (sql::projectDialectName): the only database it runs on
    std::string up;      // creates it
    std::string down;    // drops it

    friend bool operator==(const RawObject &, const RawObject &) = default;
};

struct Schema {
    std::vector<Table> tables;
    std::vector<Extra> extras;              // filled only by introspection when asked for; see Extra
    std::vector<RawObject> rawObjects = {}; // from lowering or replay, in creation (dependency) order

    const Table *table(const std::string &name) const;
    Table *table(const std::string &name);
    const Table *tableById(const std::string &id) const;
    Table *tableById(const std::string &id);

    friend bool operator==(const Schema &, const Schema &) = default;
};

} // namespace sf::schema
