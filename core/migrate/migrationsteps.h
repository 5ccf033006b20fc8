#pragma once
// MigrationSteps turns migration files (dialect-neutral operations) into the Executor's planned
// MigrationSteps for one dialect, and replays them into the schema they describe; stateless.

#include "core/migrate/executor.h"
#include "core/ops/operation.h"
#include "core/schema/schema.h"

#include <set>
#include <string>
#include <vector>

namespace sf::sql {
class Dialect;
}

namespace sf::migrate {

// One migration as read from the migrations folder.
struct MigrationSource {
    std::string id;        // file name without extension
    std::string checksum;  // SHA-256 (hex) of the .json file
    std::vector<ops::Operation> operations;
    std::string error;     // non-empty when the file could not be read
};

class MigrationSteps
{
public:
    // Reads every <id>.json in `dir` through MigrationDirectory, sorted by id. A missing folder is an
    // empty list; a malformed folder sets *error (naming the file) and returns nothing.
    static std::vector<MigrationSource> load(const std::string &dir, std::string *error);
    // Plans up and down statements of every source for `dialect`, each from the state its
    // predecessors leave. A source that cannot be planned gets planError; later ones too.
    static std::vector<MigrationStep> plan(const std::vector<MigrationSource> &sources, const std::string &dialect,
                                           bool online = false);
    // The same with a dialect object: pass Connection::sqlDialect() so the statements are quoted the
    // way that session reads them (MySQL's NO_BACKSLASH_ESCAPES). online = true: PostgreSQL indexes
    // CONCURRENTLY and foreign keys NOT VALID + VALIDATE (OnlinePlan).
    static std::vector<MigrationStep> plan(const std::vector<MigrationSource> &sources, const sql::Dialect &dialect,
                                           bool online = false);
    // The schema after replaying the sources whose id is in `ids` (in folder order).
    static schema::Schema replay(const std::vector<MigrationSource> &sources, const std::set<std::string> &ids,
                                 std::string *error);
    // SHA-256 hex digest of `bytes`.
    static std::string checksum(const std::string &bytes);
};

} // namespace sf::migrate
