#include "core/migrate/history.h"

#include "core/sql/dialect.h"

#include "core/db/dberror.h"
#include "core/design/naming.h"
#include "core/sql/writablecheck.h"
#include "core/util/version.h"

#include <cstdlib>
#include <map>

namespace sf::migrate {

std::string History::sequelizeMetaDdl(const std::string &dialect)
{
    const auto d = sql::makeDialect(dialect);
    return d ? d->sequelizeMetaDdl() : std::string();
}

std::string History::schemaForgeMetaDdl(const std::string &dialect)
{
    const auto d = sql::makeDialect(dialect);
    return d ? d->schemaForgeMetaDdl() : std::string();
}

bool History::tableExists(const std::string &table)
{
    return !m_conn.query(m_conn.sqlDialect().tableExistsQuery(table)).rows.empty();
}

void History::ensureTables()
{
    const sql::Dialect &d = m_conn.sqlDialect();
    if (!tableExists(kSequelizeMeta))
        m_conn.exec(d.sequelizeMetaDdl());
    if (!tableExists(kSchemaForgeMeta))
        m_conn.exec(d.schemaForgeMetaDdl());
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

std::string History::nameLiteral(const std::string &name) const
{
    try {
        sql::WritableCheck::checkValue(name, "the migration name " + design::naming::quote(name));
        return lit(name);
    } catch (const sql::PlanError &e) {
        throw db::DbError(e.what());
    }
}

bool History::isRecorded(const std::string &name, const std::vector<std::string> &before)
{
    std::string sql;
    for (const std::string &s : before)
        sql += s + "; ";
    sql += "SELECT 1 FROM " + q(kSequelizeMeta) + " WHERE " + q("name") + " = " + nameLiteral(name);
    return !m_conn.query(sql).rows.empty();
}

std::string History::recordAppliedSql(const std::string &name, const std::string &checksum, int durationMs) const
{
    const std::string n = nameLiteral(name);
    return "DELETE FROM " + q(kSequelizeMeta) + " WHERE " + q("name") + " = " + n + "; " + "INSERT INTO " +
           q(kSequelizeMeta) + " (" + q("name") + ") VALUES (" + n + "); " + "DELETE FROM " + q(kSchemaForgeMeta) +
           " WHERE " + q("name") + " = " + n + "; " + "INSERT INTO " + q(kSchemaForgeMeta) + " (" + q("name") + ", " +
           q("checksum") + ", " + q("duration_ms") + ", " + q("tool_version") + ") VALUES (" + n + ", " +
           lit(checksum) + ", " + std::to_string(durationMs) + ", " + lit(toolVersion()) + ")";
}

std::string History::recordUndoneSql(const std::string &name) const
{
    const std::string n = nameLiteral(name);
    return "DELETE FROM " + q(kSequelizeMeta) + " WHERE " + q("name") + " = " + n + "; DELETE FROM " +
           q(kSchemaForgeMeta) + " WHERE " + q("name") + " = " + n;
}

void History::recordApplied(const std::string &name, const std::string &checksum, int durationMs)
{
    // One round trip: Connection::exec takes ';'-separated statements on every dialect.
    m_conn.exec(recordAppliedSql(name, checksum, durationMs));
}

void History::recordUndone(const std::string &name)
{
    m_conn.exec(recordUndoneSql(name));
}

} // namespace sf::migrate
