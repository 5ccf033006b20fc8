#pragma once
// jsliteral renders values as JavaScript source: single-quoted strings, Sequelize DataTypes
// expressions and identifier-safe property access, shared by the model and migration writers.

#include "core/design/datatype.h"
#include "core/design/defaultvalue.h"

#include <string>

namespace sf::codegen {

// 'text' with backslash, quote, newline, U+2028/U+2029 and non-printables escaped.
std::string jsString(const std::string &text);
// `text` safe inside a // comment: newlines and U+2028/U+2029 written as \n, \u2028, \u2029.
std::string jsComment(const std::string &text);
// `name` when it is a plain JS identifier, otherwise 'name' (for object keys).
std::string jsKey(const std::string &name);
// .name or ['name'] for member access.
std::string jsMember(const std::string &name);
// e.g. "DataTypes.STRING(20)", "DataTypes.DECIMAL(10, 2)", "DataTypes.ENUM('a', 'b')"; ns is the
// object that holds the types ("DataTypes" in models, "Sequelize" in migrations).
std::string jsDataType(const design::DataType &type, const std::string &ns);
// defaultValue expression, or "" when none: 'draft', 0, true, DataTypes.NOW, DataTypes.UUIDV4,
// sequelize.literal('...') (literalFn names the literal function: "sequelize.literal" or
// "Sequelize.literal").
std::string jsDefault(const design::DefaultValue &value, const std::string &ns, const std::string &literalFn);

} // namespace sf::codegen
