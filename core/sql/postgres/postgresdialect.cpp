// PostgreSQL quoting, type mapping and capabilities.
#include "core/sql/postgres/postgresdialect.h"

#include <cctype>

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
    c.migrationLock = Capabilities::MigrationLock::AdvisoryTry;
    c.concurrentIndexes = true;
    c.boundedLockTable = true;
    c.namedEnumTypes = true;
    c.dropTriggerNeedsTable = true;
    c.truncatesOnNarrowing = true;
    c.storedFunctions = true;
    c.alterColumnTypeUsing = true;
    return c;
}

std::string PostgresDialect::quoteIdentifier(std::string_view ident) const
{
    return quoteWith(ident, '"');
}

std::string PostgresDialect::quoteLiteral(std::string_view text) const
{
    // standard_conforming_strings is on (PgConnection sets it): only the quote needs doubling.
    return quoteStandardLiteral(text);
}

std::optional<std::string> PostgresDialect::readStringLiteral(std::string_view text, size_t *length) const
{
    if (text.size() < 2 || (text[0] != 'E' && text[0] != 'e') || text[1] != '\'')
        return readStandardLiteral(text, length);
    // E'...': what pg_get_expr prints when standard_conforming_strings is off.
    std::string value;
    for (size_t i = 2; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'') {
            if (i + 1 < text.size() && text[i + 1] == '\'') {
                value += '\'';
                ++i;
                continue;
            }
            if (length)
                *length = i + 1;
            return value;
        }
        if (c != '\\' || i + 1 >= text.size()) {
            value += c;
            continue;
        }
        const char e = text[++i];
        auto digits = [&](int base, size_t maxCount) {
            unsigned v = 0;
            size_t k = 0;
            for (; k < maxCount && i + 1 < text.size(); ++k) {
                const char d = text[i + 1];
                const int x = std::isdigit(static_cast<unsigned char>(d)) ? d - '0'
                              : (base == 16 && std::isxdigit(static_cast<unsigned char>(d)))
                                  ? std::tolower(static_cast<unsigned char>(d)) - 'a' + 10
                                  : -1;
                if (x < 0 || x >= base)
                    break;
                v = v * static_cast<unsigned>(base) + static_cast<unsigned>(x);
                ++i;
            }
            return std::make_pair(v, k);
        };
        switch (e) {
        case 'b':
            value += '\b';
            break;
        case 'f':
            value += '\f';
            break;
        case 'n':
            value += '\n';
            break;
        case 'r':
            value += '\r';
            break;
        case 't':
            value += '\t';
            break;
        case 'x': {
            const auto [v, k] = digits(16, 2);
            value += k ? static_cast<char>(v) : 'x';
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                --i;
                value += static_cast<char>(digits(8, 3).first);
            } else {
                value += e; // \\ and \' and any other character stand for themselves
            }
        }
    }
    return std::nullopt;
}

std::string PostgresDialect::renderType(const design::DataType &t) const
{
    auto len = [&](int dflt) { return "(" + std::to_string(t.length.value_or(dflt)) + ")"; };
    switch (t.kind) {
    case TypeKind::String:
        return t.binary ? "BYTEA" : "VARCHAR" + len(255);
    case TypeKind::Char:
        return "CHAR" + len(255);
    case TypeKind::Text:
        return "TEXT";
    case TypeKind::Integer:
        return "INTEGER";
    case TypeKind::BigInt:
        return "BIGINT";
    case TypeKind::SmallInt:
        return "SMALLINT";
    case TypeKind::TinyInt:
        return "SMALLINT";
    case TypeKind::MediumInt:
        return "INTEGER";
    case TypeKind::Float:
        return "FLOAT";
    case TypeKind::Real:
        return "REAL";
    case TypeKind::Double:
        return "DOUBLE PRECISION";
    case TypeKind::Decimal:
        if (t.precision)
            return "DECIMAL(" + std::to_string(*t.precision) + "," + std::to_string(t.scale.value_or(0)) + ")";
        return "DECIMAL";
    case TypeKind::Boolean:
        return "BOOLEAN";
    case TypeKind::Date:
        return "TIMESTAMP WITH TIME ZONE";
    case TypeKind::DateOnly:
        return "DATE";
    case TypeKind::Time:
        return "TIME";
    case TypeKind::Uuid:
        return "UUID";
    case TypeKind::Json:
        return "JSON";
    case TypeKind::Jsonb:
        return "JSONB";
    case TypeKind::Enum: {
        std::string r = "ENUM(";
        for (size_t i = 0; i < t.enumValues.size(); ++i)
            r += (i ? ", " : "") + quoteLiteral(t.enumValues[i]);
        return r + ")";
    }
    case TypeKind::Blob:
        return "BYTEA";
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
    const std::string target = column.empty() ? "TABLE " + quoteIdentifier(table)
                                              : "COLUMN " + quoteIdentifier(table) + "." + quoteIdentifier(column);
    return "COMMENT ON " + target + " IS " + (comment.empty() ? std::string("NULL") : quoteLiteral(comment));
}

std::string PostgresDialect::sequelizeMetaDdl() const
{
    return "CREATE TABLE IF NOT EXISTS \"SequelizeMeta\" (\"name\" VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY "
           "(\"name\"));";
}

std::string PostgresDialect::schemaForgeMetaDdl() const
{
    return "CREATE TABLE IF NOT EXISTS \"SchemaForgeMeta\" (\"name\" VARCHAR(255) NOT NULL, \"checksum\" VARCHAR(64), "
           "\"applied_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP, \"duration_ms\" INTEGER, "
           "\"tool_version\" VARCHAR(32), PRIMARY KEY (\"name\"));";
}

std::string PostgresDialect::tableExistsQuery(std::string_view table) const
{
    return "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
           "WHERE n.nspname = current_schema() AND c.relkind IN ('r','p') AND c.relname = " +
           quoteLiteral(table);
}

} // namespace sf::sql
