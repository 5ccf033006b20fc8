#pragma once
// DataGuard derives the DataChecks a migration needs in one direction from its operations and the
// schema it starts from: string narrowing that would cut values, NOT NULL on a column holding NULLs,
// a NOT NULL column without default added to a table with rows (the restore of a dropped column
// included), and on undo every dropped table or column that holds data. Stateless.

#include "core/db/connection.h"
#include "core/migrate/datacheck.h"
#include "core/ops/operation.h"
#include "core/schema/schema.h"

#include <string>
#include <vector>

namespace sf::migrate {

class DataGuard
{
public:
    // `operations` is the migration; down = true gives the checks of its down (inverses in reverse
    // order, sourceOperation still indexing `operations`). `dialect` is a planner dialect name
    // ("" or unknown: no checks); `migrationId` names the file in messages. Never throws.
    static std::vector<DataCheck> checks(const std::vector<ops::Operation> &operations, const std::string &dialect,
                                         bool down, const std::string &migrationId);

    // Runs on `connection` the checks of one step: those with atStart when op < 0, else the others of
    // operation `op`. Returns the refusals ("" = none, one line each); LosesData findings go to *loss.
    // A failing count query throws db::DbError when op >= 0 and is skipped up front (op < 0).
    static std::string run(db::Connection &connection, const std::vector<DataCheck> &checks, int op,
                           std::vector<std::string> *loss);
    // PostgreSQL: "" or why one transaction locking about lockEstimate relations overflows the
    // server's lock table (naming migration `id`, the settings, and how to split or raise them).
    static std::string lockCapacityProblem(db::Connection &connection, const std::string &id, int lockEstimate);

    // About how many relations (tables, their indexes and sequences) one transaction running
    // `operations` from `before` locks on PostgreSQL: each holds a lock until commit, and the server's
    // lock table has room for max_locks_per_transaction x (max_connections + max_prepared_transactions).
    static int lockEstimate(const std::vector<ops::Operation> &operations, const schema::Schema &before);
};

} // namespace sf::migrate
