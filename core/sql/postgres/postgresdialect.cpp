// PostgreSQL quoting, type mapping and capabilities.
#include "core/sql/postgres/postgresdialect.h"

namespace sf::sql {

using design::TypeKind;

Capabilities PostgresDialect::capabilities() const
{
    Capabilities c;
    c.transactionalDdl = true;
    c.nativeAlterColumn = true;
    c.renameColumn = true;
    c.dropColumn = true;
    c.identifierLimit = 63;
    return c;
}

std::string PostgresDialect::quoteIdentifier(std::string_view ident) const
{
    std::string r = "\"";
    for (char c : ident) {
        if (c == '"')
            r += '"';
        if (c != '\0')
            r += c;
    }
    return r + "\"";
}

std::string PostgresDialect::quoteLiteral(std::string_view text) const
{
    // standard_conforming_strings is on (the default since 9.1): only the quote needs doubling.
    std::string r = "'";
    for (char c : text) {
        if (c == '\'')
            r += '\'';
        if (c != '\0')
            r += c;
    }
    return r + "'";
}

std::string PostgresDialect::renderType(const design::DataType &t) const
{
    auto len = [&](int dflt) { return "(" + std::to_string(t.length.value_or(dflt)) + ")"; };
    switch (t.kind) {
    case TypeKind::String: return t.binary ? "BYTEA" : "VARCHAR" + len(255);
    case TypeKind::Char: return "CHAR" + len(255);
    case TypeKind::Text: return "TEXT";
    case TypeKind::Integer: return "INTEGER";
    case TypeKind::BigInt: return "BIGINT";
    case TypeKind::SmallInt: return "SMALLINT";
    case TypeKind::TinyInt: return "SMALLINT";
    case TypeKind::MediumInt: return "INTEGER";
    case TypeKind::Float: return "FLOAT";
    case TypeKind::Real: return "REAL";
    case TypeKind::Double: return "DOUBLE PRECISION";
    case TypeKind::Decimal:
        if (t.precision)
            return "DECIMAL(" + std::to_string(*t.precision) + "," + std::to_string(t.scale.value_or(0)) + ")";
        return "DECIMAL";
    case TypeKind::Boolean: return "BOOLEAN";
    case TypeKind::Date: return "TIMESTAMP WITH TIME ZONE";
    case TypeKind::DateOnly: return "DATE";
    case TypeKind::Time: return "TIME";
    case TypeKind::Uuid: return "UUID";
    case TypeKind::Json: return "JSON";
    case TypeKind::Jsonb: return "JSONB";
    case TypeKind::Enum: {
        std::string r = "ENUM(";
        for (size_t i = 0; i < t.enumValues.size(); ++i)
            r += (i ? ", " : "") + quoteLiteral(t.enumValues[i]);
        return r + ")";
    }
    case TypeKind::Blob: return "BYTEA";
    }
    return "TEXT";
}

std::string PostgresDialect::enumTypeName(const std::string &table, const std::string &column)
{
    return "enum_" + table + "_" + column;
}

std::string PostgresDialect::primaryKeyName(const std::string &table)
{
    // PostgreSQL's own choice for an unnamed PRIMARY KEY: <table>_pkey within 63 bytes.
    return (table.size() > 58 ? table.substr(0, 58) : table) + "_pkey";
}

std::string PostgresDialect::columnType(const std::string &table, const schema::Column &c, bool serial) const
{
    if (c.type.kind == TypeKind::Enum)
        return quoteIdentifier(enumTypeName(table, c.name));
    if (serial && c.autoIncrement) {
        if (c.type.kind == TypeKind::BigInt)
            return "BIGSERIAL";
        if (c.type.kind == TypeKind::SmallInt || c.type.kind == TypeKind::TinyInt)
            return "SMALLSERIAL";
        return "SERIAL";
    }
    return renderType(c.type);
}

std::string PostgresDialect::columnDefinition(const std::string &table, const schema::Column &c) const
{
    std::string r = quoteIdentifier(c.name) + " " + columnType(table, c, true);
    if (!c.nullable)
        r += " NOT NULL";
    if (!c.autoIncrement)
        r += defaultClause(c);
    return r;
}

std::string PostgresDialect::createEnum(const std::string &table, const schema::Column &c) const
{
    return "CREATE TYPE " + quoteIdentifier(enumTypeName(table, c.name)) + " AS " + renderType(c.type);
}

std::string PostgresDialect::commentOn(const std::string &table, const std::string &column,
                                       const std::string &comment) const
{
    const std::string target =
        column.empty() ? "TABLE " + quoteIdentifier(table) : "COLUMN " + quoteIdentifier(table) + "." + quoteIdentifier(column);
    return "COMMENT ON " + target + " IS " + (comment.empty() ? std::string("NULL") : quoteLiteral(comment));
}

} // namespace sf::sql
