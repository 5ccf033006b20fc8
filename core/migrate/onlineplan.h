#pragma once
// OnlinePlan rewrites a PostgreSQL migration's up statements into the plans that keep a busy table
// writable: CREATE INDEX CONCURRENTLY (run before the migration's transaction, for tables and columns
// that exist when it starts; a failed build's INVALID index is dropped again) and foreign keys added
// NOT VALID inside the transaction, then validated after it commits (SHARE UPDATE EXCLUSIVE only).
// Stateless; other dialects are left as they are.

#include "core/migrate/executor.h"
#include "core/ops/operation.h"

#include <vector>

namespace sf::migrate {

class OnlinePlan
{
public:
    // `step.up` was planned from `operations` for PostgreSQL.
    static void apply(MigrationStep &step, const std::vector<ops::Operation> &operations);
};

} // namespace sf::migrate
