#pragma once
// TypedDefault reads two kinds of column default that the generic literal reading gets wrong, kept
// apart from it (SqlType::normalizeDefault) on purpose: a binary column's default, which must stay the
// exact expression the server printed ('\x'::bytea is the empty value, not the text "x"), and a
// numeric default the server prints with a cast or parentheses ('0'::bigint, (-1)::integer, (0)),
// which is the plain number. Pure.

#include "core/design/datatype.h"
#include "core/design/defaultvalue.h"

#include <optional>
#include <string>

namespace sf::db {

class TypedDefault
{
public:
    // The default of a BLOB/bytea column as the raw SQL expression it is (nullopt for NULL / none or a
    // column that is not binary).
    static std::optional<design::DefaultValue> binaryDefault(const std::string &expr, const design::DataType &type);
    // The number a numeric column's default holds when it is a number under casts, quotes and
    // parentheses; nullopt when it is anything else (an expression, a function call).
    static std::optional<design::DefaultValue> typedNumericDefault(const std::string &expr,
                                                                   const design::DataType &type);
    // Both, in that order: what the introspectors call before the generic reading.
    static std::optional<design::DefaultValue> read(const std::string &expr, const design::DataType &type);
    // `value` (what `expr` was read as) when it fits `type`; otherwise the raw SQL default `expr`
    // exactly as the server printed it (outer parentheses aside), so a default the database accepts but
    // the design's types refuse (SQLite's DATETIME DEFAULT 0) is kept, re-created and stable in a diff.
    // *why (when given) is set to the reason in that case and cleared otherwise.
    static design::DefaultValue fitType(design::DefaultValue value, const std::string &expr,
                                        const design::DataType &type, std::string *why = nullptr);
};

} // namespace sf::db
