#pragma once
// Generator writes the next migration: replay the migrations folder (recorded), lower the design
// (wanted), diff them, and write <UTC YYYYMMDDHHMMSS>-<slug>.json and .js; it reports "No changes"
// when there are none and refuses data-losing operations unless allowed, naming each one.

#include "core/migrate/directory.h"
#include "core/project/project.h"

#include <string>
#include <vector>

namespace sf::migrate {

struct GenerateOptions {
    bool allowDestructive = false;
    std::string now; // "YYYYMMDDHHMMSS" to use instead of the current UTC time (tests)
};

struct GenerateResult {
    enum class Status { Written, NoChanges, Refused, Error };
    Status status = Status::Error;
    std::string message; // "No changes", the refusal (one line per loss) or the error
    std::string id;      // of the written migration
    std::string jsonPath;
    std::string jsPath;
    std::vector<ops::Operation> operations;
    std::vector<std::string> destructive; // describe() of each data-losing operation
    std::vector<std::string> warnings;    // e.g. hand-written migrations the checkpoint does not cover
};

class Generator
{
public:
    // Identifier limit used for derived names in migrations: PostgreSQL's 63 fits every dialect.
    static constexpr int kIdentifierLimit = 63;

    // Never throws: problems come back as Status::Error with a message naming the file.
    static GenerateResult generate(const project::Project &project, const std::string &dir, const std::string &name,
                                   const GenerateOptions &options = {});

    // The operations generate would write (recorded = dir replayed). Throws DirectoryError / DiffError.
    static std::vector<ops::Operation> pendingOperations(const project::Project &project,
                                                         const MigrationDirectory &dir);

    // "create-students", "add-email-to-users", "rename-title-in-posts", ..., or "update-schema".
    static std::string slugFor(const std::vector<ops::Operation> &operations);
    // A user-given name as a file-name slug: lower-case words joined by '-'.
    static std::string slugify(const std::string &name);
    // Current UTC time as YYYYMMDDHHMMSS.
    static std::string utcTimestamp();
};

} // namespace sf::migrate
