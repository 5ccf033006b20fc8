#pragma once
// Adopter takes over an existing sequelize-cli project in place: resolves it the way sequelize-cli
// does (node), connects to its database, reads the design (from the live database through the
// importer, or from the model code through node), writes the project file whose migrations folder
// IS the project's, records the checkpoint (the schema the existing migrations produce) and the
// checksums of the applied hand-written migrations. Existing model and migration files are never
// modified. survey() only reads (so a front end can show what it found and be cancelled), write()
// writes what it found. Blocking; never throws; messages never hold a password.

#include "core/migrate/checkpoint.h"
#include "core/project/project.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sf::sequelize {

struct AdoptOptions {
    std::string projectDir;       // the sequelize-cli project root
    std::string env;              // --env
    std::string url;              // --url (holds secrets; memory only)
    std::string from;             // "models", "database" or "" (models when model files and sequelize exist)
    std::string projectFile;      // --project; default <projectDir>/<basename>.schemaforge.json
    bool replaceExisting = false; // overwrite an existing project file (the designer asks first)
};

struct AdoptedMigration {
    std::string fileName; // SequelizeMeta name
    bool handWritten = true;
    bool applied = false;
    std::string state; // Executor state name ("applied", "applied-by-sequelize", "pending", "missing-file", ...)
};

struct AdoptResult {
    bool ok = false;
    int exitCode = 0; // 0, 1 user error, 2 database error
    std::string error;
    std::string projectFile;    // absolute
    std::string migrationsDir;  // absolute
    std::string checkpointFile; // "" when none was needed (no applied migrations)
    std::string checkpointAfter;
    std::string from; // what the design was read from
    std::string env;
    std::string connectionName;
    std::string profileUrl;       // as written (with ${VAR})
    std::string passwordVariable; // the variable the profile reads the password from ("" none)
    std::string redactedUrl;
    std::vector<std::string> models; // "Name (table)"
    std::vector<std::string> links;  // "Source hasMany Target via fk"
    std::vector<AdoptedMigration> migrations;
    std::vector<std::string> problems; // every note: unsupported constructs, model/database disagreements
};

// What survey() found and write() writes. Holds the connection URL (memory only, never printed).
struct AdoptPlan {
    AdoptResult result; // as reported; ok false when the survey failed
    project::Project project;
    std::optional<migrate::Checkpoint> checkpoint;              // none when no migration is covered
    std::vector<std::pair<std::string, std::string>> checksums; // applied by sequelize-cli: name, checksum
    std::string connectionUrl;
    std::string baseDir; // the project file's folder (relative sqlite: paths, .env)
};

class Adopter
{
public:
    // <projectDir>/<basename of projectDir>.schemaforge.json
    static std::string defaultProjectFile(const std::string &projectDir);
    // Resolves, reads the design and the history: runs node and reads the database, writes nothing.
    static AdoptPlan survey(const AdoptOptions &options);
    // Writes the project file, the checkpoint and the checksums of a successful survey.
    static AdoptResult write(const AdoptPlan &plan);
    // survey() then write().
    static AdoptResult adopt(const AdoptOptions &options);
};

} // namespace sf::sequelize
