#pragma once
// Migration is one migration file's content: its id ("20240101120000-create-students") and its
// ordered, dialect-neutral operations, stored as { "format": "schemaforge-migration/1", "id": ...,
// "operations": [...] }; readMigration / writeMigration convert it, with errors naming the file
// and JSON path.

#include "core/ops/operation.h"

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

// Pretty-printed JSON (2-space indent, trailing newline); stable for version control.
std::string writeMigration(const Migration &m);
// Parses the JSON text of a migration; `fileName` prefixes every error message.
// Throws MigrationFileError.
Migration readMigration(std::string_view text, const std::string &fileName);

// Reads / writes a file (write is atomic). Throw MigrationFileError naming the path.
Migration loadMigrationFile(const std::string &path);
void saveTextFile(const std::string &path, const std::string &text);

} // namespace sf::migrate
