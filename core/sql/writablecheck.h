#pragma once
// WritableCheck refuses, before any SQL is built, an operation holding a value the database cannot
// store as written (a NUL byte anywhere; on MySQL/MariaDB a character outside the Basic Multilingual
// Plane in a table definition), naming where it is: table, column, default, comment, ENUM value,
// index, key, raw SQL. Stateless.

#include "core/ops/operation.h"
#include "core/sql/statement.h"

#include <string>
#include <string_view>

namespace sf::sql {

class WritableCheck
{
public:
    // Throws UnwritableValue ("column "Posts"."title": its default value contains a NUL byte ...").
    static void check(const ops::Operation &op, const Capabilities &capabilities);
    // The same for one value outside an operation (a migration name, a lock name); `where` names it.
    static void checkValue(std::string_view value, const std::string &where);
};

} // namespace sf::sql
