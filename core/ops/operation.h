#pragma once
// Operation is the closed set of reversible physical schema changes (a std::variant of small value
// types); destructive operations carry the full definition of what they drop so inverse() is exact.

#include "core/schema/schema.h"

#include <string>
#include <variant>
#include <vector>

namespace sf::ops {

// createTable: the table with its columns, primary key, uniques and indexes; foreign keys carried
// here are created with the table (the differ only inlines keys whose target already exists).
struct CreateTable {
    schema::Table table;
    friend bool operator==(const CreateTable &, const CreateTable &) = default;
};

// dropTable: the full table as it was, so the inverse can recreate it.
struct DropTable {
    schema::Table table;
    friend bool operator==(const DropTable &, const DropTable &) = default;
};

struct RenameTable {
    std::string from;
    std::string to;
    friend bool operator==(const RenameTable &, const RenameTable &) = default;
};

// addColumn: position is the column's index in the table after the add (-1 appends);
// primaryKeyPosition >= 0 makes the column part of the primary key at that index.
struct AddColumn {
    std::string table;
    schema::Column column;
    int position = -1;
    int primaryKeyPosition = -1;
    friend bool operator==(const AddColumn &, const AddColumn &) = default;
};

// removeColumn: the column as it was and where it was (table position, primary-key position).
struct RemoveColumn {
    std::string table;
    schema::Column column;
    int position = -1;
    int primaryKeyPosition = -1;
    friend bool operator==(const RemoveColumn &, const RemoveColumn &) = default;
};

struct RenameColumn {
    std::string table;
    std::string from;
    std::string to;
    friend bool operator==(const RenameColumn &, const RenameColumn &) = default;
};

// changeColumn: type / nullability / default / autoIncrement / comment; from.name == to.name.
struct ChangeColumn {
    std::string table;
    schema::Column from;
    schema::Column to;
    friend bool operator==(const ChangeColumn &, const ChangeColumn &) = default;
};

struct AddIndex {
    std::string table;
    schema::Index index;
    friend bool operator==(const AddIndex &, const AddIndex &) = default;
};

struct RemoveIndex {
    std::string table;
    schema::Index index;
    friend bool operator==(const RemoveIndex &, const RemoveIndex &) = default;
};

struct AddForeignKey {
    std::string table;
    schema::ForeignKey foreignKey;
    friend bool operator==(const AddForeignKey &, const AddForeignKey &) = default;
};

struct RemoveForeignKey {
    std::string table;
    schema::ForeignKey foreignKey;
    friend bool operator==(const RemoveForeignKey &, const RemoveForeignKey &) = default;
};

struct AddUnique {
    std::string table;
    schema::UniqueConstraint unique;
    friend bool operator==(const AddUnique &, const AddUnique &) = default;
};

struct RemoveUnique {
    std::string table;
    schema::UniqueConstraint unique;
    friend bool operator==(const RemoveUnique &, const RemoveUnique &) = default;
};

// rawSql: hand-written escape hatch (replay leaves the tables unchanged), or the creation/removal of
// a design's raw object (see `object`). Empty down = irreversible.
struct RawSql {
    std::string up;
    std::string down;
    // Set when the SQL creates or drops a design's raw object (schema::RawObject): replay then adds
    // the object when it is absent and removes it when present (the inverse swaps up and down).
    std::string object = {};
    // "" runs everywhere; a project dialect name (postgres, mysql, sqlite) runs only there (mysql includes MariaDB).
    std::string dialect = {};
    friend bool operator==(const RawSql &, const RawSql &) = default;
};

// changeTableComment: the table's comment before and after ("" = none). PostgreSQL renders COMMENT ON
// TABLE, MySQL ALTER TABLE ... COMMENT = ...; SQLite keeps no comments, so there it changes the
// recorded schema only (no statement).
struct ChangeTableComment {
    std::string table;
    std::string from;
    std::string to;
    friend bool operator==(const ChangeTableComment &, const ChangeTableComment &) = default;
};

// reorderColumns: the table's column names in order before and after (the same set). Replay
// records the new order so later diffs converge. MySQL moves columns with MODIFY ... FIRST/AFTER;
// SQLite rebuilds the table (rows kept); PostgreSQL cannot reorder columns without recreating the
// table, so it emits no statement there (the physical order stays; drift ignores column order).
struct ReorderColumns {
    std::string table;
    std::vector<std::string> from;
    std::vector<std::string> to;
    friend bool operator==(const ReorderColumns &, const ReorderColumns &) = default;
};

// Kinds are appended (never reordered): JSON names them, a few tests switch on the index.
using Operation = std::variant<CreateTable, DropTable, RenameTable, AddColumn, RemoveColumn, RenameColumn, ChangeColumn,
                               AddIndex, RemoveIndex, AddForeignKey, RemoveForeignKey, AddUnique, RemoveUnique, RawSql,
                               ChangeTableComment, ReorderColumns>;

// The table an operation works on ("" for rawSql; the old name for renameTable).
std::string tableOf(const Operation &op);
// JSON / JS spelling of the kind: "createTable", "removeForeignKey", ...
const char *kindName(const Operation &op);

} // namespace sf::ops
