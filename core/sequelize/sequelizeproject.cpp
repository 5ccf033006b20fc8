// Resolving a sequelize-cli project through node.
#include "core/sequelize/sequelizeproject.h"

#include "core/node/noderunner.h"
#include "core/sql/dialectid.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <cctype>

namespace sf::sequelize {

namespace {

std::string str(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return {};
    if (it->is_string())
        return it->get<std::string>();
    if (it->is_number_integer())
        return std::to_string(it->get<long long>());
    return it->dump();
}

std::string pct(const std::string &s)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(s))).toStdString();
}

std::string envSuffix(const std::string &env)
{
    std::string r;
    for (char c : env)
        r += std::isalnum(static_cast<unsigned char>(c))
                 ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                 : '_';
    return r;
}

// The URL scheme of a server connection: postgres, mariadb, else mysql.
std::string urlScheme(const SequelizeConnection &c)
{
    const auto id = sql::dialectIdFromName(c.dialect);
    return std::string(sql::dialectName(
        id == sql::DialectId::Postgres || id == sql::DialectId::MariaDb ? *id : sql::DialectId::MySql));
}

} // namespace

std::optional<SequelizeProject> SequelizeProject::resolve(const ResolveOptions &options, std::string *error,
                                                          std::string *code)
{
    nlohmann::json req;
    req["command"] = "resolve";
    req["projectDir"] = QFileInfo(QString::fromStdString(options.projectDir)).absoluteFilePath().toStdString();
    if (!options.env.empty())
        req["env"] = options.env;
    node::NodeOptions no;
    no.workingDirectory = options.projectDir;
    no.timeoutMs = 60000;
    if (!options.url.empty())
        no.environment["SF_BRIDGE_URL"] = options.url;
    const node::NodeResult r = node::NodeRunner::run(req, no);
    if (!r.ok) {
        if (error)
            *error = r.error;
        if (code)
            *code = r.code;
        return std::nullopt;
    }
    const nlohmann::json &j = r.result["resolved"];
    SequelizeProject p;
    p.projectDir = str(j, "projectDir");
    p.env = str(j, "env");
    p.rcFile = str(j, "rcFile");
    p.configFile = str(j, "configFile");
    p.migrationsPath = str(j, "migrationsPath");
    p.modelsPath = str(j, "modelsPath");
    p.seedersPath = str(j, "seedersPath");
    p.urlOverride = j.value("urlOverride", false);
    p.envMissing = j.value("envMissing", false);
    p.useEnvVariable = str(j, "useEnvVariable");
    p.passwordVariable = str(j, "passwordVariable");
    p.sequelizeVersion = str(j, "sequelizeVersion");
    const nlohmann::json &c = j["config"];
    p.connection.dialect = str(c, "dialect");
    p.connection.host = str(c, "host");
    p.connection.port = std::atoi(str(c, "port").c_str());
    p.connection.database = str(c, "database");
    p.connection.username = str(c, "username");
    p.connection.password = str(c, "password");
    p.connection.storage = str(c, "storage");
    if (p.connection.dialect.empty()) {
        if (error)
            *error = "the configuration of environment \"" + p.env + "\" in " + p.configFile +
                     " names no dialect; add \"dialect\" (postgres, mysql, mariadb or sqlite) or pass --url";
        if (code)
            *code = "config";
        return std::nullopt;
    }
    if (sql::dialectIdFromName(p.connection.dialect) == sql::DialectId::Sqlite && !p.connection.storage.empty() &&
        p.connection.storage != ":memory:")
        p.connection.storage = QDir(QString::fromStdString(p.projectDir))
                                   .absoluteFilePath(QString::fromStdString(p.connection.storage))
                                   .toStdString();
    return p;
}

std::string SequelizeProject::findRoot(const std::string &projectFileDir, const std::string &migrationsDir)
{
    auto looksLikeRoot = [](const QDir &d) {
        return d.exists(QStringLiteral(".sequelizerc")) || d.exists(QStringLiteral("package.json")) ||
               d.exists(QStringLiteral("config/config.json")) || d.exists(QStringLiteral("config/config.js"));
    };
    QDir dir(QString::fromStdString(projectFileDir));
    if (looksLikeRoot(dir))
        return dir.absolutePath().toStdString();
    QDir up(QString::fromStdString(migrationsDir));
    while (up.cdUp())
        if (looksLikeRoot(up))
            return up.absolutePath().toStdString();
    return dir.absolutePath().toStdString();
}

std::string SequelizeProject::connectionUrl() const
{
    const SequelizeConnection &c = connection;
    if (sql::dialectIdFromName(c.dialect) == sql::DialectId::Sqlite)
        return "sqlite:" + (c.storage.empty() ? std::string(":memory:") : c.storage);
    std::string url = urlScheme(c) + "://";
    if (!c.username.empty())
        url += pct(c.username) + (c.password.empty() ? "" : ":" + pct(c.password)) + "@";
    url += c.host.empty() ? std::string("localhost") : c.host;
    if (c.port > 0)
        url += ":" + std::to_string(c.port);
    return url + "/" + pct(c.database);
}

std::string SequelizeProject::profileUrl(const std::string &baseDir, std::string *variable) const
{
    if (variable)
        variable->clear();
    const SequelizeConnection &c = connection;
    if (sql::dialectIdFromName(c.dialect) == sql::DialectId::Sqlite) {
        if (c.storage.empty() || c.storage == ":memory:")
            return "sqlite::memory:";
        return "sqlite:" +
               QDir(QString::fromStdString(baseDir)).relativeFilePath(QString::fromStdString(c.storage)).toStdString();
    }
    if (!useEnvVariable.empty() && !urlOverride) {
        // The whole URL stays in the variable the project already uses.
        if (variable)
            *variable = useEnvVariable;
        return "${" + useEnvVariable + "}";
    }
    std::string url = urlScheme(c) + "://";
    if (!c.username.empty()) {
        url += pct(c.username);
        if (!c.password.empty()) {
            const std::string var =
                !passwordVariable.empty() ? passwordVariable : "SF_" + envSuffix(env) + "_DB_PASSWORD";
            if (variable)
                *variable = var;
            url += ":${" + var + "}";
        }
        url += "@";
    }
    url += c.host.empty() ? std::string("localhost") : c.host;
    if (c.port > 0)
        url += ":" + std::to_string(c.port);
    return url + "/" + pct(c.database);
}

} // namespace sf::sequelize
