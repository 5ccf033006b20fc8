#pragma once
// inverse and the traits of an Operation: its exact inverse, whether it destroys data, and whether
// it can be reversed at all (only rawSql without a down part cannot).

#include "core/ops/operation.h"

namespace sf::ops {

// Exact inverse: apply(apply(s, op), inverse(op)) == s and inverse(inverse(op)) == op.
Operation inverse(const Operation &op);

// True when running op loses stored data: dropTable, removeColumn, a changeColumn that narrows the
// type (shorter string, smaller integer, fewer enum values, any kind change that is not a widening)
// or makes a nullable column NOT NULL without a default.
bool destroysData(const Operation &op);

// False only for rawSql with an empty down part.
bool isReversible(const Operation &op);

} // namespace sf::ops
