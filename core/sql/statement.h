#pragma once
// Statement is one SQL statement a dialect planner produced for an operation, with the statement
// that undoes it; Plan is the ordered list of them (never one joined string).

#include <string>
#include <vector>

namespace sf::sql {

struct Statement {
    // Where the executor runs it. SQLite's PRAGMA foreign_keys is a no-op inside a transaction, so
    // the table-rebuild recipe marks it BeforeTransaction / AfterTransaction.
    enum class Phase { InTransaction, BeforeTransaction, AfterTransaction };

    std::string sql;
    // SQL that undoes exactly this statement when run right after it; several statements are joined
    // by ";\n" where one is not enough (a dropped table recreated, a SQLite rebuild back). "" only
    // for an irreversible rawSql (no down). The down plan (planDown) is what rollback runs; this is
    // what a partial failure reports as "undo with".
    std::string reverse;
    std::string comment;      // describe() of the source operation
    int sourceOperation = -1; // index into the planned operation list
    Phase phase = Phase::InTransaction;
    bool expectNoRows = false; // a check (PRAGMA foreign_key_check): any row returned is a failure

    bool outsideTransaction() const { return phase != Phase::InTransaction; }

    friend bool operator==(const Statement &, const Statement &) = default;
};

struct Plan {
    std::vector<Statement> statements;
    std::vector<std::string> warnings; // e.g. a type the dialect lacks

    // "sql;" lines, with "-- comment" lines before each operation's statements when withComments.
    std::string text(bool withComments = true) const;
};

struct Capabilities {
    bool transactionalDdl = false;  // DDL can be rolled back (PostgreSQL, SQLite)
    bool nativeAlterColumn = false; // type/null/default change without a table rebuild
    bool renameColumn = false;
    bool dropColumn = false;
    int identifierLimit = 0; // 0 = no practical limit
    // A backslash escapes inside string literals (MySQL/MariaDB unless the session's sql_mode has
    // NO_BACKSLASH_ESCAPES): quoteLiteral doubles it and the statement splitter skips what follows it.
    bool backslashEscapes = false;
    // Table definitions (defaults, comments, ENUM values, names) keep characters outside the Basic
    // Multilingual Plane. MySQL/MariaDB store them in 3-byte UTF-8 and turn an emoji into '?'.
    bool fourByteUtf8InDefinitions = true;

    // How a migration run keeps a second run out: a session advisory lock polled with a try
    // (PostgreSQL), a named lock the server waits for (MySQL/MariaDB GET_LOCK), or the database's
    // write lock taken per migration (SQLite BEGIN IMMEDIATE).
    enum class MigrationLock { AdvisoryTry, NamedWait, WriteTransaction };
    MigrationLock migrationLock = MigrationLock::WriteTransaction;
    // CREATE INDEX CONCURRENTLY outside the transaction (the online plan), dropped again on failure.
    bool concurrentIndexes = false;
    // One transaction's locks come from a bounded shared table (max_locks_per_transaction).
    bool boundedLockTable = false;
    // ENUM is a named type of its own (CREATE TYPE), not a column attribute.
    bool namedEnumTypes = false;
    // An ENUM type exists at all (SQLite stores TEXT and checks nothing).
    bool enumType = true;
    // DROP TRIGGER / DROP INDEX name the table (DROP TRIGGER t ON tbl; DROP INDEX i ON tbl).
    bool dropTriggerNeedsTable = false;
    bool dropIndexNeedsTable = false;
    // Index names are unique per table (MySQL/MariaDB), not per schema.
    bool indexNamesPerTable = false;
    // Values longer than a narrowed VARCHAR: silently cut (PostgreSQL's USING col::varchar(n)),
    // kept (SQLite never checks lengths); neither: the ALTER fails half-way (MySQL/MariaDB).
    bool truncatesOnNarrowing = false;
    bool keepsOverlongValues = false;
    // Foreign key ON DELETE/UPDATE RESTRICT is read back from the catalogue as NO ACTION's twin.
    bool restrictIsNoAction = false;
    // Triggers, views and functions can be written in the raw SQL of a project (not SQLite's
    // function-less SQL); generated columns with a declared type are PostgreSQL's.
    bool storedFunctions = false;
    // ALTER TABLE ... ADD CONSTRAINT ... CHECK on an existing table (SQLite only at CREATE TABLE).
    bool addCheckToExistingTable = true; // also ALTER TABLE ... ADD PRIMARY KEY
    // Tables and columns have a character set and collation of their own (MySQL/MariaDB).
    bool characterSets = false;
    // ALTER COLUMN ... TYPE t USING expr converts a column in place with an expression.
    bool alterColumnTypeUsing = false;
};

} // namespace sf::sql
