#pragma once
// TableStats reads the live row count and on-disk size of tables (PostgreSQL, MySQL/MariaDB, SQLite),
// caching per table; borrows the Connection. Small tables are counted exactly, large ones estimated
// from the catalog so that lint never scans a big table.

#include "core/db/connection.h"

#include <map>
#include <optional>
#include <string>

namespace sf::lint {

struct TableSize {
    bool exists = false;
    long long rows = 0;
    std::optional<long long> bytes; // table + indexes; unknown on SQLite
    bool estimated = false;         // rows from the catalog, not COUNT(*)
};

class TableStats
{
public:
    explicit TableStats(db::Connection &connection) : m_conn(connection) {}
    const TableSize &of(const std::string &table);
    // "4.2 M rows, 1.3 GB" / "12 rows, 16 kB" / "12 rows"
    static std::string describe(const TableSize &size);

private:
    db::Connection &m_conn;
    std::map<std::string, TableSize> m_cache;
};

} // namespace sf::lint
