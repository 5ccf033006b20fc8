// MySQL / MariaDB quoting, type mapping and capabilities.
#include "core/sql/mysql/mysqldialect.h"

namespace sf::sql {

using design::TypeKind;

Capabilities MysqlDialect::capabilities() const
{
    Capabilities c;
    c.transactionalDdl = false;
    c.nativeAlterColumn = true;
    c.renameColumn = true;
    c.dropColumn = true;
    c.identifierLimit = 64;
    return c;
}

std::string MysqlDialect::quoteIdentifier(std::string_view ident) const
{
    std::string r = "`";
    for (char c : ident) {
        if (c == '`')
            r += '`';
        if (c != '\0')
            r += c;
    }
    return r + "`";
}

std::string MysqlDialect::quoteLiteral(std::string_view text) const
{
    // Works whatever sql_mode says about backslashes: both the quote and the backslash are escaped.
    std::string r = "'";
    for (char c : text) {
        switch (c) {
        case '\'': r += "''"; break;
        case '\\': r += "\\\\"; break;
        case '\0': r += "\\0"; break;
        default: r += c;
        }
    }
    return r + "'";
}

std::string MysqlDialect::renderType(const design::DataType &t) const
{
    auto len = [&](int dflt) { return "(" + std::to_string(t.length.value_or(dflt)) + ")"; };
    auto ps = [&]() -> std::string {
        if (!t.precision)
            return {};
        return "(" + std::to_string(*t.precision) + "," + std::to_string(t.scale.value_or(0)) + ")";
    };
    auto variant = [&](const char *base) {
        std::string v;
        for (char c : t.variant)
            v += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return (v == "TINY" || v == "MEDIUM" || v == "LONG") ? v + base : std::string(base);
    };
    const std::string unsig = t.isUnsigned ? " UNSIGNED" : "";
    switch (t.kind) {
    case TypeKind::String: return "VARCHAR" + len(255) + (t.binary ? " BINARY" : "");
    case TypeKind::Char: return "CHAR" + len(255) + (t.binary ? " BINARY" : "");
    case TypeKind::Text: return variant("TEXT");
    case TypeKind::Integer: return "INTEGER" + unsig;
    case TypeKind::BigInt: return "BIGINT" + unsig;
    case TypeKind::SmallInt: return "SMALLINT" + unsig;
    case TypeKind::TinyInt: return "TINYINT" + unsig;
    case TypeKind::MediumInt: return "MEDIUMINT" + unsig;
    case TypeKind::Float: return "FLOAT" + ps() + unsig;
    case TypeKind::Real: return "REAL" + unsig;
    case TypeKind::Double: return "DOUBLE PRECISION" + ps() + unsig;
    case TypeKind::Decimal: return "DECIMAL" + ps() + unsig;
    case TypeKind::Boolean: return "TINYINT(1)";
    case TypeKind::Date: return t.length ? "DATETIME" + len(0) : "DATETIME";
    case TypeKind::DateOnly: return "DATE";
    case TypeKind::Time: return "TIME";
    case TypeKind::Uuid: return "CHAR(36) BINARY";
    case TypeKind::Json: return "JSON";
    case TypeKind::Jsonb: return "JSON"; // MariaDB has no JSONB; Sequelize would send it verbatim and fail
    case TypeKind::Enum: {
        std::string r = "ENUM(";
        for (size_t i = 0; i < t.enumValues.size(); ++i)
            r += (i ? ", " : "") + quoteLiteral(t.enumValues[i]);
        return r + ")";
    }
    case TypeKind::Blob: return variant("BLOB");
    }
    return "TEXT";
}

std::string MysqlDialect::columnDefinition(const schema::Column &c) const
{
    std::string r = quoteIdentifier(c.name) + " " + renderType(c.type);
    if (!c.nullable)
        r += " NOT NULL";
    if (c.autoIncrement)
        r += " auto_increment";
    r += defaultClause(c);
    if (!c.comment.empty())
        r += " COMMENT " + quoteLiteral(c.comment);
    return r;
}

} // namespace sf::sql
