#include "core/migrate/history.h"

#include "core/util/version.h"

#include <cstdlib>
#include <map>

namespace sf::migrate {

std::string History::sequelizeMetaDdl(const std::string &dialect)
{
    if (dialect == "mysql" || dialect == "mariadb")
        return "CREATE TABLE IF NOT EXISTS `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY (`name`)) "
               "ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_unicode_ci;";
    if (dialect == "sqlite")
        return "CREATE TABLE IF NOT EXISTS `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY);";
    return "CREATE TABLE IF NOT EXISTS \"SequelizeMeta\" (\"name\" VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY (\"name\"));";
}

std::string History::schemaForgeMetaDdl(const std::string &dialect)
{
    if (dialect == "mysql" || dialect == "mariadb")
        return "CREATE TABLE IF NOT EXISTS `SchemaForgeMeta` (`name` VARCHAR(255) NOT NULL, `checksum` VARCHAR(64), "
               "`applied_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, `duration_ms` INTEGER, "
               "`tool_version` VARCHAR(32), PRIMARY KEY (`name`)) ENGINE=InnoDB;";
    if (dialect == "sqlite")
        return "CREATE TABLE IF NOT EXISTS `SchemaForgeMeta` (`name` VARCHAR(255) NOT NULL PRIMARY KEY, "
               "`checksum` VARCHAR(64), `applied_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, "
               "`duration_ms` INTEGER, `tool_version` VARCHAR(32));";
    return "CREATE TABLE IF NOT EXISTS \"SchemaForgeMeta\" (\"name\" VARCHAR(255) NOT NULL, \"checksum\" VARCHAR(64), "
           "\"applied_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP, \"duration_ms\" INTEGER, "
           "\"tool_version\" VARCHAR(32), PRIMARY KEY (\"name\"));";
}

bool History::tableExists(const std::string &table)
{
    const std::string d = m_conn.dialect();
    std::string sql;
    if (d == "postgres")
        sql = "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = current_schema() AND c.relkind IN ('r','p') AND c.relname = " + lit(table);
    else if (d == "mysql")
        sql = "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = " + lit(table);
    else
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = " + lit(table);
    return !m_conn.query(sql).rows.empty();
}

void History::ensureTables()
{
    const std::string d = m_conn.dialect();
    if (!tableExists(kSequelizeMeta))
        m_conn.exec(sequelizeMetaDdl(d));
    if (!tableExists(kSchemaForgeMeta))
        m_conn.exec(schemaForgeMetaDdl(d));
}

std::vector<HistoryRow> History::read()
{
    std::map<std::string, HistoryRow> rows;
    if (tableExists(kSequelizeMeta)) {
        for (const auto &r : m_conn.query("SELECT " + q("name") + " FROM " + q(kSequelizeMeta)).rows) {
            auto &h = rows[r[0].value_or("")];
            h.name = r[0].value_or("");
            h.inSequelizeMeta = true;
        }
    }
    if (tableExists(kSchemaForgeMeta)) {
        const std::string sql = "SELECT " + q("name") + ", " + q("checksum") + ", " + q("applied_at") + ", " +
                                q("duration_ms") + ", " + q("tool_version") + " FROM " + q(kSchemaForgeMeta);
        for (const auto &r : m_conn.query(sql).rows) {
            auto &h = rows[r[0].value_or("")];
            h.name = r[0].value_or("");
            h.inSchemaForgeMeta = true;
            h.checksum = r[1].value_or("");
            h.appliedAt = r[2].value_or("");
            if (r[3])
                h.durationMs = std::atoi(r[3]->c_str());
            h.toolVersion = r[4].value_or("");
        }
    }
    std::vector<HistoryRow> out;
    out.reserve(rows.size());
    for (auto &[name, row] : rows)
        out.push_back(std::move(row));
    return out;
}

void History::recordApplied(const std::string &name, const std::string &checksum, int durationMs)
{
    // One round trip: Connection::exec takes ';'-separated statements on every dialect.
    m_conn.exec("DELETE FROM " + q(kSequelizeMeta) + " WHERE " + q("name") + " = " + lit(name) + "; " +
                "INSERT INTO " + q(kSequelizeMeta) + " (" + q("name") + ") VALUES (" + lit(name) + "); " +
                "DELETE FROM " + q(kSchemaForgeMeta) + " WHERE " + q("name") + " = " + lit(name) + "; " +
                "INSERT INTO " + q(kSchemaForgeMeta) + " (" + q("name") + ", " + q("checksum") + ", " +
                q("duration_ms") + ", " + q("tool_version") + ") VALUES (" + lit(name) + ", " + lit(checksum) + ", " +
                std::to_string(durationMs) + ", " + lit(toolVersion()) + ")");
}

void History::recordUndone(const std::string &name)
{
    m_conn.exec("DELETE FROM " + q(kSequelizeMeta) + " WHERE " + q("name") + " = " + lit(name) + "; DELETE FROM " +
                q(kSchemaForgeMeta) + " WHERE " + q("name") + " = " + lit(name));
}

} // namespace sf::migrate
