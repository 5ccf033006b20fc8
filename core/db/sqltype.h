#pragma once
// SqlType splits a column type as a database prints it ("varchar(255)", "int(10) unsigned",
// "enum('a','b')", "timestamp(3) with time zone") into base name, arguments and trailing words; a value type.

#include "core/design/defaultvalue.h"

#include <string>
#include <vector>

namespace sf::sql {
class Dialect;
}

namespace sf::db {

struct SqlType {
    std::string base;              // lower case, spaces collapsed: "character varying", "double precision"
    std::vector<std::string> args; // raw arguments; quoted ones unquoted ('a' -> a)
    std::string rest;              // lower-case words after the parenthesis: "unsigned", "with time zone"

    // Quoted arguments ('a','b') are read with `literals`' readStringLiteral (the database's catalogue
    // spelling: MySQL's backslash escapes); without one, standard SQL ('' is a quote, \ is itself).
    static SqlType parse(const std::string &text, const sql::Dialect *literals = nullptr);
    int intArg(size_t i, int fallback = 0) const;

    // Normalizes a default expression as the catalogue prints it: 'x'::type -> String x, 42 -> Number,
    // true/false -> Boolean (also 0/1 when `booleanColumn`), NULL -> none, anything else -> Sql.
    // String literals are read by `literals`.readStringLiteral (each database prints them its own way).
    static design::DefaultValue normalizeDefault(std::string expr, bool numericColumn, bool booleanColumn,
                                                 const sql::Dialect &literals);
};

} // namespace sf::db
