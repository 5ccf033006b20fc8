#pragma once
// History reads and writes a database's migration history: SequelizeMeta exactly as sequelize-cli
// keeps it (one row per applied `<id>.js`) plus SchemaForgeMeta (checksum, applied_at, duration,
// tool version). Borrows the caller's Connection; same thread; throws db::DbError on failure.

#include "core/db/connection.h"

#include <optional>
#include <string>
#include <vector>

namespace sf::migrate {

struct HistoryRow {
    std::string name;             // "<id>.js", as in SequelizeMeta
    bool inSequelizeMeta = false; // the row that decides "applied" (both tools agree on it)
    bool inSchemaForgeMeta = false;
    std::string checksum;  // from SchemaForgeMeta, "" when applied by sequelize-cli only
    std::string appliedAt; // as the server prints it
    std::optional<int> durationMs;
    std::string toolVersion;
};

class History
{
public:
    explicit History(db::Connection &connection) : m_conn(connection) {}

    static constexpr const char *kSequelizeMeta = "SequelizeMeta";
    static constexpr const char *kSchemaForgeMeta = "SchemaForgeMeta";

    // The CREATE TABLE IF NOT EXISTS statements, SequelizeMeta byte for byte as sequelize-cli emits it.
    static std::string sequelizeMetaDdl(const std::string &dialect);
    static std::string schemaForgeMetaDdl(const std::string &dialect);

    bool tableExists(const std::string &table);
    void ensureTables();
    // Every row of both tables joined by name, sorted by name; empty when the tables do not exist.
    std::vector<HistoryRow> read();
    // True when SequelizeMeta has the row `name` (the row that decides "applied"). `before` (session
    // settings) is sent first in the same round trip: only on a connection whose query() takes
    // ';'-separated statements (PostgreSQL).
    bool isRecorded(const std::string &name, const std::vector<std::string> &before = {});
    // Both rows, inside whatever transaction the caller has open. A name no SQL can carry (a NUL
    // byte) is a DbError naming it.
    void recordApplied(const std::string &name, const std::string &checksum, int durationMs);
    void recordUndone(const std::string &name);
    // The statements recordApplied / recordUndone run (';'-separated).
    std::string recordAppliedSql(const std::string &name, const std::string &checksum, int durationMs) const;
    std::string recordUndoneSql(const std::string &name) const;

private:
    std::string q(const std::string &ident) const { return m_conn.quoteIdentifier(ident); }
    std::string lit(const std::string &v) const { return m_conn.quoteLiteral(v); }
    // The migration name as a literal; DbError (naming it) instead of sql::UnwritableValue.
    std::string nameLiteral(const std::string &name) const;

    db::Connection &m_conn;
};

} // namespace sf::migrate
