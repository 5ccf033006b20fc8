// SQLite quoting, type mapping and capabilities.
#include "core/sql/sqlite/sqlitedialect.h"

namespace sf::sql {

using design::TypeKind;

Capabilities SqliteDialect::capabilities() const
{
    Capabilities c;
    c.transactionalDdl = true;
    c.nativeAlterColumn = false;
    c.renameColumn = true; // SQLite 3.25+
    c.dropColumn = true;   // SQLite 3.35+, only for columns outside keys and indexes
    c.identifierLimit = 0;
    c.migrationLock = Capabilities::MigrationLock::WriteTransaction;
    c.enumType = false;
    c.keepsOverlongValues = true;
    c.addCheckToExistingTable = false;
    return c;
}

std::string SqliteDialect::quoteIdentifier(std::string_view ident) const
{
    return quoteWith(ident, '"');
}

std::string SqliteDialect::quoteLiteral(std::string_view text) const
{
    return quoteStandardLiteral(text); // SQLite has no backslash escapes
}

SplitRules SqliteDialect::splitRules() const
{
    SplitRules r;
    r.bracketIdentifiers = true;
    r.triggerBodies = true;
    return r;
}

std::string SqliteDialect::renderType(const design::DataType &t) const
{
    auto len = [&](int dflt) { return "(" + std::to_string(t.length.value_or(dflt)) + ")"; };
    auto ps = [&]() -> std::string {
        if (!t.precision)
            return {};
        return "(" + std::to_string(*t.precision) + "," + std::to_string(t.scale.value_or(0)) + ")";
    };
    std::string v;
    for (char c : t.variant)
        v += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    switch (t.kind) {
    case TypeKind::String:
        return t.binary ? "VARCHAR BINARY" + len(255) : "VARCHAR" + len(255);
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
        return "TINYINT";
    case TypeKind::MediumInt:
        return "MEDIUMINT";
    case TypeKind::Float:
        return "FLOAT" + ps();
    case TypeKind::Real:
        return "REAL";
    case TypeKind::Double:
        return "DOUBLE PRECISION" + ps();
    case TypeKind::Decimal:
        return "DECIMAL" + ps();
    case TypeKind::Boolean:
        return "TINYINT(1)";
    case TypeKind::Date:
        return "DATETIME";
    case TypeKind::DateOnly:
        return "DATE";
    case TypeKind::Time:
        return "TIME";
    case TypeKind::Uuid:
        return "UUID";
    case TypeKind::Json:
        return "JSON";
    case TypeKind::Jsonb:
        return "JSON";
    case TypeKind::Enum:
        return "TEXT"; // as Sequelize: no CHECK
    case TypeKind::Blob:
        return (v == "TINY" || v == "MEDIUM" || v == "LONG") ? v + "BLOB" : "BLOB";
    }
    return "TEXT";
}

std::string SqliteDialect::columnDefinition(const schema::Table &t, const schema::Column &c) const
{
    if (c.autoIncrement && t.primaryKey.size() == 1 && t.primaryKey.front() == c.name)
        return quoteIdentifier(c.name) + " INTEGER PRIMARY KEY AUTOINCREMENT";
    std::string r = quoteIdentifier(c.name) + " " + renderType(c.type);
    if (!c.nullable)
        r += " NOT NULL";
    r += defaultClause(c);
    return r;
}

std::string SqliteDialect::sequelizeMetaDdl() const
{
    return "CREATE TABLE IF NOT EXISTS `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY);";
}

std::string SqliteDialect::schemaForgeMetaDdl() const
{
    return "CREATE TABLE IF NOT EXISTS `SchemaForgeMeta` (`name` VARCHAR(255) NOT NULL PRIMARY KEY, "
           "`checksum` VARCHAR(64), `applied_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, "
           "`duration_ms` INTEGER, `tool_version` VARCHAR(32));";
}

std::string SqliteDialect::tableExistsQuery(std::string_view table) const
{
    return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = " + quoteLiteral(table);
}

} // namespace sf::sql
