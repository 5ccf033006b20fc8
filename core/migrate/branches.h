#pragma once
// Branches finds forks in a migrations folder — a migration whose recorded parent is not the migration
// now before it, because two branches each generated one from the same parent and were merged — and
// rebases such a migration onto the one before it (same operations, new parent, .js rewritten),
// refusing with a clear message where both branches changed the same table or column. Stateless.

#include "core/migrate/migrationfile.h"
#include "core/schema/schema.h"

#include <string>
#include <vector>

namespace sf::migrate {

class MigrationDirectory;

struct Fork {
    std::string id;             // the migration generated on the other branch (the later one)
    std::string recordedParent; // what it was generated on ("" = an empty folder)
    std::string before;         // the migration now before it
    std::string message;        // names both files and what to do
};

struct RebaseResult {
    bool ok = false;
    std::string message;
};

class Branches
{
public:
    // SHA-256 (hex) of the schema's canonical JSON.
    static std::string schemaHash(const schema::Schema &s);
    // The parent a migration generated now in `dir` records.
    static MigrationParent parentFor(const MigrationDirectory &dir);
    // Every fork in the folder, in id order. Files without a recorded parent are not judged.
    static std::vector<Fork> forks(const MigrationDirectory &dir);
    // Rebases migration `id` (or, with "", the first fork) onto the migration before it. Only for a
    // migration no database has applied yet. Never throws.
    static RebaseResult rebase(const std::string &dir, const std::string &id);
};

} // namespace sf::migrate
