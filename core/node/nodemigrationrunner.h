#pragma once
// NodeMigrationRunner runs hand-written sequelize-cli migrations through node with the project's
// own installed sequelize and a real queryInterface, connected to the same database as SchemaForge
// (passed to node in the environment, never on the command line). On SQLite Sequelize runs with
// foreign keys off, so its table rebuild cannot cascade deletes into child tables.

#include "core/db/connectionurl.h"
#include "core/migrate/handwrittenrunner.h"

#include <nlohmann/json.hpp>

#include <string>

namespace sf::node {

struct NodeProjectOptions {
    std::string projectDir; // the sequelize-cli project root (where .sequelizerc / config/ live)
    std::string env;        // --env; "" = NODE_ENV or development, as sequelize-cli
};

class NodeMigrationRunner : public migrate::HandWrittenRunner
{
public:
    NodeMigrationRunner(NodeProjectOptions options, const db::ConnectionUrl &connection);
    std::string run(const migrate::MigrationStep &step, migrate::Direction direction, std::string *log) override;

    // The Sequelize options object (dialect, host, port, database, username, password, storage) for a
    // connection; holds the password, so it only ever goes into a child's environment.
    static nlohmann::json sequelizeConnection(const db::ConnectionUrl &url);

private:
    NodeProjectOptions m_options;
    std::string m_connectionJson;
};

} // namespace sf::node
