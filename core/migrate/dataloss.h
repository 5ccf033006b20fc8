#pragma once
// DataLoss lists what a run of migrations would destroy (dropped tables, removed or narrowed columns,
// irreversible raw SQL), in the order the run would do it, with each table and column named as it is
// in the live database before the run (later renames inside the run are traced back). Stateless.

#include "core/migrate/executor.h"
#include "core/migrate/migrationsteps.h"

#include <string>
#include <vector>

namespace sf::migrate {

struct DataLossItem {
    std::string migrationId;
    std::string table;           // live name before the run ("" for raw SQL)
    std::string column;          // "" when the whole table is dropped
    std::string description;     // ops::describe of the operation that loses the data
    bool existsBeforeRun = true; // false when the run itself creates the table/column first
};

class DataLoss
{
public:
    // `ids` in the order they would run: pending ids oldest first for Up, applied ids newest first for
    // Down (each undone by the inverse of its operations, last operation first).
    static std::vector<DataLossItem> collect(const std::vector<MigrationSource> &sources,
                                             const std::vector<std::string> &ids, Direction direction);
};

} // namespace sf::migrate
