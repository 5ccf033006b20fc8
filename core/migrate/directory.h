#pragma once
// MigrationDirectory is a migrations folder read into memory: SchemaForge's own
// <YYYYMMDDHHMMSS>-<slug>.json files (each with its operations and checksum), the hand-written
// sequelize-cli migrations beside them (.js/.cjs/.cts/.ts files without a .json twin, known by file
// name = SequelizeMeta name and the checksum of their bytes) and the optional Checkpoint of what the
// hand-written ones produce. sequence() orders all of them exactly as sequelize-cli (umzug) does;
// replay() folds the checkpoint and our own operations into the recorded Schema. Never runs node.
// Errors name the file (and, for replay, the operation).

#include "core/migrate/checkpoint.h"
#include "core/migrate/migrationfile.h"
#include "core/schema/schema.h"

#include <optional>
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
    std::string id; // file name without ".json"
    std::string jsonPath;
    std::string jsPath;   // "<id>.js" beside it (may not exist yet)
    std::string checksum; // hex SHA-256 of the .json bytes
    Migration migration;
    std::string fileName; // "<id>.js" (or the folder style's extension): the SequelizeMeta name
};

// A migration SchemaForge cannot read: run through node, never replayed.
struct HandWrittenEntry {
    std::string id;       // file name without extension
    std::string fileName; // "20200101000000-create-user.js": the SequelizeMeta name
    std::string path;
    std::string checksum; // hex SHA-256 of the file bytes
};

// One member of the ordered history: exactly one of own / handWritten is set.
struct SequenceItem {
    std::string fileName;
    const MigrationEntry *own = nullptr;
    const HandWrittenEntry *handWritten = nullptr;
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
    // Hand-written migrations (files sequelize-cli runs that have no .json twin), in sequence order.
    const std::vector<HandWrittenEntry> &handWritten() const { return m_handWritten; }
    // Files that look like migrations but sequelize-cli 6 ignores (e.g. .mjs), with why.
    const std::vector<std::string> &ignored() const { return m_ignored; }
    // Own and hand-written migrations in sequelize-cli's order (file names compared as JS strings).
    std::vector<SequenceItem> sequence() const;
    const MigrationEntry *find(const std::string &id) const;
    const std::optional<Checkpoint> &checkpoint() const { return m_checkpoint; }
    // True when `fileName` is covered by the checkpoint (sorts at or before its "after").
    bool coveredByCheckpoint(const std::string &fileName) const;
    // Hand-written migrations after the checkpoint (or all, without one): what they change is unknown
    // to replay, so generate warns about them.
    std::vector<std::string> uncoveredHandWritten() const;

    // sequelize-cli's (umzug's) order of two migration file names: JavaScript string comparison.
    static bool sequelizeLess(const std::string &a, const std::string &b);
    // sequelize-cli 6's migration file pattern: /^(?!.*\.d\.ts$).*\.(cjs|js|cts|ts)$/
    static bool isSequelizeMigrationFile(const std::string &fileName);

    // The schema after the first `count` migrations (all by default). Throws DirectoryError naming
    // the file, the operation's index and what is missing.
    schema::Schema replay(size_t count = static_cast<size_t>(-1)) const;

private:
    std::string m_dir;
    std::vector<MigrationEntry> m_entries;
    std::vector<HandWrittenEntry> m_handWritten;
    std::vector<std::string> m_ignored;
    std::optional<Checkpoint> m_checkpoint;
};

// Shorthand: MigrationDirectory::load(dir).replay().
schema::Schema replay(const std::string &dir);

} // namespace sf::migrate
