#pragma once
// diff computes the ordered Operations that turn a recorded physical Schema into a wanted one,
// matching tables, columns and constraints by id (by name when an id is empty), so renames become
// RenameTable / RenameColumn and data survives.

#include "core/ops/operation.h"

#include <stdexcept>
#include <vector>

namespace sf::diff {

// Thrown for a change no operation can express (e.g. a new primary key over existing columns).
class DiffError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Order: drop gone or changed raw objects (reverse order) -> remove foreign keys -> remove indexes/uniques -> drop
// tables -> rename tables -> create tables (foreign keys inline only when their target already exists) -> per table:
// rename, change, remove, add, reorder columns, change the table comment -> add indexes/uniques -> add foreign keys ->
// create new or changed raw objects (wanted order). Deterministic (follows the order of the tables in `wanted`, then
// `recorded`). diff(a, a) is empty. Throws DiffError.
std::vector<ops::Operation> diff(const schema::Schema &recorded, const schema::Schema &wanted);

} // namespace sf::diff
