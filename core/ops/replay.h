#pragma once
// replay applies one Operation to a physical Schema in place; ReplayError (a std::runtime_error)
// is thrown with a message naming the missing or clashing table/column, and the schema is then
// left unchanged.

#include "core/ops/operation.h"

#include <stdexcept>
#include <string>

namespace sf::ops {

class ReplayError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Applies op to s. Throws ReplayError (s unchanged) when op references a missing table, column,
// constraint or index, or would create one that already exists.
void apply(schema::Schema &s, const Operation &op);

// Non-throwing form: returns "" on success, else the error message (s unchanged).
std::string tryApply(schema::Schema &s, const Operation &op);

} // namespace sf::ops
