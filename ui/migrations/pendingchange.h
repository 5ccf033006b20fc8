#pragma once
// PendingChange computes the SQL preview of the pending design change (the operations `generate`
// would write, planned up and down for one dialect) from the recorded schema (replayed migrations)
// and the wanted one (lowered design). It diffs and plans only the tables that differ, with their
// foreign-key neighbours and same-named tables: unchanged tables yield no operation, so the result
// equals the full diff's (tests/ui/tst_pending_change.cpp checks it), while a one-model edit on a
// 1,000-table design costs milliseconds instead of a full diff. Stateless; safe on any thread.

#include "core/ops/operation.h"
#include "core/schema/schema.h"
#include "core/sql/statement.h"

#include <utility>
#include <vector>

namespace sf::sql {
class Dialect;
}

namespace sf::ui {

class PendingChange
{
public:
    struct Result {
        std::vector<ops::Operation> operations;
        sql::Plan up;
        sql::Plan down;
        int tablesCompared = 0; // tables diffed and planned (after the reduction)
        // The schema the operations apply to: the reduced recorded one (what lint replays them on,
        // so a one-model edit is not linted against every table).
        schema::Schema before;
    };

    // Throws diff::DiffError / sql::PlanError like the full diff and planner.
    static Result compute(const schema::Schema &recorded, const schema::Schema &wanted, const sql::Dialect &dialect);
    // The same without the reduction (the reference the reduced result must equal).
    static Result computeFull(const schema::Schema &recorded, const schema::Schema &wanted,
                              const sql::Dialect &dialect);
    // The reduced (recorded, wanted) pair: changed tables and their neighbours, in their original order.
    static std::pair<schema::Schema, schema::Schema> reduce(const schema::Schema &recorded,
                                                            const schema::Schema &wanted);
};

} // namespace sf::ui
