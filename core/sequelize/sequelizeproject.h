#pragma once
// SequelizeProject is a sequelize-cli project's layout and connection as sequelize-cli itself resolves
// them (through node: `.sequelizerc` is JavaScript, config may be config.js): paths, the environment,
// the env's connection settings (use_env_variable, --url override). Value type; resolve() blocks on
// node and never throws. The password is held in memory only and never printed.

#include <optional>
#include <string>

namespace sf::sequelize {

struct ResolveOptions {
    std::string projectDir; // root of the sequelize-cli project
    std::string env;        // --env ("" = NODE_ENV, else development)
    std::string url;        // --url: overrides the config like sequelize-cli's --url (holds secrets)
};

struct SequelizeConnection {
    std::string dialect; // Sequelize's dialect option: postgres, mysql, mariadb, sqlite
    std::string host;
    int port = 0;
    std::string database;
    std::string username;
    std::string password; // in memory only
    std::string storage;  // sqlite file (absolute)
};

struct SequelizeProject {
    std::string projectDir;
    std::string env;
    std::string rcFile; // "" when there is no .sequelizerc
    std::string configFile;
    std::string migrationsPath; // absolute
    std::string modelsPath;
    std::string seedersPath;
    bool urlOverride = false;
    bool envMissing = false;      // the config has no section for env
    std::string useEnvVariable;   // the env's use_env_variable, "" if none
    std::string passwordVariable; // an environment variable holding the password, when one does
    std::string sequelizeVersion; // "" when the project has no installed sequelize
    SequelizeConnection connection;

    // Resolves through node; on failure returns nullopt with *error (naming the file and the fix) and
    // *code ("no-node", "config", "rc", "env", ...).
    static std::optional<SequelizeProject> resolve(const ResolveOptions &options, std::string *error,
                                                   std::string *code = nullptr);
    // The project root for a SchemaForge project: the project file's folder if it holds .sequelizerc,
    // config/ or package.json, else the nearest such parent of the migrations folder.
    static std::string findRoot(const std::string &projectFileDir, const std::string &migrationsDir);

    // A URL SchemaForge can open (with the literal password: keep it in memory).
    std::string connectionUrl() const;
    // The same for a project file: the password as a ${VAR} reference (never literal); relative sqlite
    // paths from baseDir. *variable gets the variable the user must set ("" when none is needed).
    std::string profileUrl(const std::string &baseDir, std::string *variable) const;
};

} // namespace sf::sequelize
