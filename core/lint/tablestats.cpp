// TableStats: live sizes for lint messages.
#include "core/lint/tablestats.h"

#include "core/db/dberror.h"
#include "core/sql/dialect.h"

#include <cstdio>

namespace sf::lint {

namespace {

constexpr long long kExactBelow = 200000; // catalog estimate above this: no COUNT(*)

long long toLong(const std::optional<std::string> &v)
{
    try {
        return v ? std::stoll(*v) : 0;
    } catch (const std::exception &) {
        return 0;
    }
}

} // namespace

const TableSize &TableStats::of(const std::string &table)
{
    if (auto it = m_cache.find(table); it != m_cache.end())
        return it->second;
    TableSize s;
    const sql::Dialect &d = m_conn.sqlDialect();
    try {
        if (const std::string estimate = d.tableSizeQuery(table); !estimate.empty()) {
            const auto r = m_conn.query(estimate);
            if (!r.rows.empty()) {
                s.exists = true;
                s.rows = toLong(r.rows[0][0]);
                s.bytes = toLong(r.rows[0][1]);
                s.estimated = true;
            }
        } else {
            s.exists = !m_conn.query(d.tableExistsQuery(table)).rows.empty();
        }
        if (s.exists && (!s.estimated || s.rows < kExactBelow)) {
            s.rows = toLong(m_conn.scalar("SELECT COUNT(*) FROM " + m_conn.quoteIdentifier(table)));
            s.estimated = false;
        }
    } catch (const db::DbError &) {
        s = TableSize{};
    }
    return m_cache[table] = s;
}

std::string TableStats::describe(const TableSize &s)
{
    char buf[64];
    std::string r;
    if (s.rows >= 1000000)
        std::snprintf(buf, sizeof buf, "%.1f M rows", double(s.rows) / 1e6);
    else if (s.rows >= 10000)
        std::snprintf(buf, sizeof buf, "%.1f k rows", double(s.rows) / 1e3);
    else
        std::snprintf(buf, sizeof buf, "%lld row%s", s.rows, s.rows == 1 ? "" : "s");
    r = (s.estimated ? "~" : "") + std::string(buf);
    if (s.bytes) {
        const double b = double(*s.bytes);
        if (b >= 1024.0 * 1024 * 1024)
            std::snprintf(buf, sizeof buf, "%.1f GB", b / (1024.0 * 1024 * 1024));
        else if (b >= 1024.0 * 1024)
            std::snprintf(buf, sizeof buf, "%.1f MB", b / (1024.0 * 1024));
        else
            std::snprintf(buf, sizeof buf, "%.0f kB", b / 1024.0);
        r += ", " + std::string(buf);
    }
    return r;
}

} // namespace sf::lint
