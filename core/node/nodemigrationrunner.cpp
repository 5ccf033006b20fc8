// Hand-written migrations through node.
#include "core/node/nodemigrationrunner.h"

#include "core/migrate/executor.h"
#include "core/node/noderunner.h"

namespace sf::node {

NodeMigrationRunner::NodeMigrationRunner(NodeProjectOptions options, const db::ConnectionUrl &connection)
    : m_options(std::move(options)), m_connectionJson(sequelizeConnection(connection).dump())
{
}

nlohmann::json NodeMigrationRunner::sequelizeConnection(const db::ConnectionUrl &url)
{
    nlohmann::json c;
    if (url.kind == db::ConnectionUrl::Kind::Sqlite) {
        c["dialect"] = url.dialect();
        c["storage"] = url.database;
        return c;
    }
    c["dialect"] = url.dialect(); // MariaDB through Sequelize's mysql dialect, as before
    c["host"] = url.host;
    c["port"] = url.effectivePort();
    c["database"] = url.database;
    if (!url.user.empty())
        c["username"] = url.user;
    if (!url.password.empty())
        c["password"] = url.password;
    return c;
}

std::string NodeMigrationRunner::run(const migrate::MigrationStep &step, migrate::Direction direction, std::string *log)
{
    nlohmann::json req;
    req["command"] = "migrate";
    req["projectDir"] = m_options.projectDir;
    if (!m_options.env.empty())
        req["env"] = m_options.env;
    req["file"] = step.handWrittenPath;
    req["direction"] = direction == migrate::Direction::Up ? "up" : "down";
    NodeOptions no;
    no.workingDirectory = m_options.projectDir;
    no.environment["SF_BRIDGE_CONNECTION"] = m_connectionJson;
    const NodeResult r = NodeRunner::run(req, no);
    if (log)
        *log = r.log;
    if (r.ok)
        return {};
    std::string msg = step.fileName + ": " + r.error;
    if (r.code != "no-node" && r.code != "no-sequelize" && r.code != "load" && !r.log.empty()) {
        // The last lines the project printed (Sequelize logs each SQL statement) show where it stopped.
        std::string tail = r.log.size() > 1500 ? r.log.substr(r.log.size() - 1500) : r.log;
        while (!tail.empty() && (tail.back() == '\n' || tail.back() == ' '))
            tail.pop_back();
        msg += "\n  last output:\n    " + tail;
    }
    return msg;
}

} // namespace sf::node
