#pragma once
// MigrationDirectory is a migrations folder read into memory: the <YYYYMMDDHHMMSS>-<slug>.json
// files sorted by id, each with its operations and checksum; replay() folds them into the
// recorded Schema. Errors name the file (and, for replay, the operation).

#include "core/migrate/migrationfile.h"
#include "core/schema/schema.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace sf::migrate {

class DirectoryError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct MigrationEntry {
    std::string id;        // file name without ".json"
    std::string jsonPath;
    std::string jsPath;    // "<id>.js" beside it (may not exist yet)
    std::string checksum;  // hex SHA-256 of the .json bytes
    Migration migration;
};

class MigrationDirectory
{
public:
    // Reads every *.json in dir (a missing folder is an empty list). Throws DirectoryError for a
    // malformed file (naming it and the JSON path), a file name that is not <14 digits>-<slug>.json,
    // an id that differs from the file name, or two files with the same timestamp.
    static MigrationDirectory load(const std::string &dir);

    const std::string &path() const { return m_dir; }
    const std::vector<MigrationEntry> &entries() const { return m_entries; }
    // .js files without a .json twin (hand-written sequelize-cli migrations SchemaForge cannot replay).
    const std::vector<std::string> &untracked() const { return m_untracked; }
    const MigrationEntry *find(const std::string &id) const;

    // The schema after the first `count` migrations (all by default). Throws DirectoryError naming
    // the file, the operation's index and what is missing.
    schema::Schema replay(size_t count = static_cast<size_t>(-1)) const;

private:
    std::string m_dir;
    std::vector<MigrationEntry> m_entries;
    std::vector<std::string> m_untracked;
};

// Shorthand: MigrationDirectory::load(dir).replay().
schema::Schema replay(const std::string &dir);

} // namespace sf::migrate
