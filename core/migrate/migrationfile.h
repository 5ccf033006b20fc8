#pragma once
// Migration is one migration file's content: its id ("20240101120000-create-students") and its
// ordered, dialect-neutral operations, stored as { "format": "schemaforge-migration/1", "id": ...,
// "operations": [...] }; readMigration / writeMigration convert it, with errors naming the file
// and JSON path.

#include "core/ops/operation.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sf::migrate {

struct Migration {
    static constexpr const char *kFormat = "schemaforge-migration/1";

    std::string id;
    std::vector<ops::Operation> operations;

    friend bool operator==(const Migration &, const Migration &) = default;
};

class MigrationFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Where a generated migration starts: the migration before it ("" for the first) and the SHA-256 of
// the schema the migrations up to it describe. Stored as "parent" so a merge of two branches that
// each generated from the same parent is detected (see Branches).
struct MigrationParent {
    std::string id;
    std::string schemaHash;

    friend bool operator==(const MigrationParent &, const MigrationParent &) = default;
};

// Pretty-printed JSON (2-space indent, trailing newline); stable for version control.
std::string writeMigration(const Migration &m);
std::string writeMigration(const Migration &m, const MigrationParent &parent);
// The "parent" of a migration file's JSON text; nullopt when it has none (hand-written, or written
// before parents were recorded). Throws MigrationFileError for a malformed one.
std::optional<MigrationParent> readMigrationParent(std::string_view text, const std::string &fileName);
// Parses the JSON text of a migration; `fileName` prefixes every error message.
// Throws MigrationFileError.
Migration readMigration(std::string_view text, const std::string &fileName);

// Reads / writes a file (write is atomic). Throw MigrationFileError naming the path.
Migration loadMigrationFile(const std::string &path);
void saveTextFile(const std::string &path, const std::string &text);

} // namespace sf::migrate
