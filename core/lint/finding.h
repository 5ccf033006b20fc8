#pragma once
// Finding is one lint result for one pending operation: the lock it takes on which table, whether it
// rewrites or scans the table, the risk (with live row count and size when a connection was given)
// and the safer plan. A plain value type shared by the CLI (lint, check) and the designer.

#include <optional>
#include <string>

namespace sf::lint {

enum class Severity { Error, Warning, Info };
const char *toString(Severity s); // "error", "warning", "info"

struct Finding {
    Severity severity = Severity::Info;
    std::string rule;        // "lock", "not-null-without-default", "type-rewrite", "index-not-concurrent",
                             // "foreign-key-not-valid", "unique-on-rows", "rename", "drop-column", "drop-table",
                             // "narrowing", "set-not-null", "raw-sql"
    std::string migrationId; // "" for the design's change that is not generated yet
    int operation = -1;      // index in the migration's operations
    std::string table;
    std::string lock;               // "ACCESS EXCLUSIVE", "SHARE", "ALGORITHM=COPY", "table rebuild", ...
    bool rewrites = false;          // every row is copied
    bool scans = false;             // every row is read (validation, index build)
    std::optional<long long> rows;  // live row count of `table` (with a connection)
    std::optional<long long> bytes; // live size of `table` with its indexes
    std::string message;            // one sentence: what, which lock, on how much data
    std::string fix;                // the safer plan, "" when none
};

} // namespace sf::lint
