// MySQL / MariaDB quoting, type mapping and capabilities.
#include "core/sql/mysql/mysqldialect.h"

#include "core/design/naming.h"
#include "core/sql/writablecheck.h"

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
    c.backslashEscapes = !m_sqlMode.noBackslashEscapes;
    c.fourByteUtf8InDefinitions = false;
    c.migrationLock = Capabilities::MigrationLock::NamedWait;
    c.dropIndexNeedsTable = true;
    c.indexNamesPerTable = true;
    c.restrictIsNoAction = true;
    c.characterSets = true;
    return c;
}

std::string MysqlDialect::quoteIdentifier(std::string_view ident) const
{
    return quoteWith(ident, '`');
}

std::string MysqlDialect::quoteLiteral(std::string_view text) const
{
    if (m_sqlMode.noBackslashEscapes)
        return quoteStandardLiteral(text); // a backslash is itself; only the quote is doubled
    WritableCheck::checkValue(text, "the value " + design::naming::quote(text));
    std::string r = "'";
    r.reserve(text.size() + 2);
    for (char c : text) {
        if (c == '\'')
            r += "''";
        else if (c == '\\')
            r += "\\\\";
        else
            r += c;
    }
    return r + "'";
}

std::optional<std::string> MysqlDialect::readStringLiteral(std::string_view text, size_t *length) const
{
    // information_schema (COLUMN_DEFAULT, COLUMN_TYPE) prints with backslash escapes whatever the
    // session's sql_mode: \\ \n \r \0 and '' (MariaDB's append_unescaped); read every MySQL escape.
    if (text.empty() || text.front() != '\'')
        return std::nullopt;
    std::string value;
    for (size_t i = 1; i < text.size(); ++i) {
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
        switch (const char e = text[++i]) {
        case '0':
            value += '\0';
            break;
        case 'b':
            value += '\b';
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
        case 'Z':
            value += '\x1a';
            break;
        case '%':
        case '_':
            value += '\\';
            value += e;
            break; // MySQL keeps the backslash before % and _
        default:
            value += e;
        }
    }
    return std::nullopt;
}

SplitRules MysqlDialect::splitRules() const
{
    SplitRules r;
    r.backslashEscapes = !m_sqlMode.noBackslashEscapes;
    r.hashComments = true;
    return r;
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
    case TypeKind::String:
        return "VARCHAR" + len(255) + (t.binary ? " BINARY" : "");
    case TypeKind::Char:
        return "CHAR" + len(255) + (t.binary ? " BINARY" : "");
    case TypeKind::Text:
        return variant("TEXT");
    case TypeKind::Integer:
        return "INTEGER" + unsig;
    case TypeKind::BigInt:
        return "BIGINT" + unsig;
    case TypeKind::SmallInt:
        return "SMALLINT" + unsig;
    case TypeKind::TinyInt:
        return "TINYINT" + unsig;
    case TypeKind::MediumInt:
        return "MEDIUMINT" + unsig;
    case TypeKind::Float:
        return "FLOAT" + ps() + unsig;
    case TypeKind::Real:
        return "REAL" + unsig;
    case TypeKind::Double:
        return "DOUBLE PRECISION" + ps() + unsig;
    case TypeKind::Decimal:
        return "DECIMAL" + ps() + unsig;
    case TypeKind::Boolean:
        return "TINYINT(1)";
    case TypeKind::Date:
        return t.length ? "DATETIME" + len(0) : "DATETIME";
    case TypeKind::DateOnly:
        return "DATE";
    case TypeKind::Time:
        return "TIME";
    case TypeKind::Uuid:
        return "CHAR(36) BINARY";
    case TypeKind::Json:
        return "JSON";
    case TypeKind::Jsonb:
        return "JSON"; // MariaDB has no JSONB; Sequelize would send it verbatim and fail
    case TypeKind::Enum: {
        std::string r = "ENUM(";
        for (size_t i = 0; i < t.enumValues.size(); ++i)
            r += (i ? ", " : "") + quoteLiteral(t.enumValues[i]);
        return r + ")";
    }
    case TypeKind::Blob:
        return variant("BLOB");
    }
    return "TEXT";
}

std::string MysqlDialect::columnDefinition(const schema::Column &c) const
{
    std::string r = quoteIdentifier(c.name) + " " + renderType(c.type);
    if (!c.charset.empty())
        r += " CHARACTER SET " + quoteLiteral(c.charset);
    if (!c.collation.empty())
        r += " COLLATE " + quoteLiteral(c.collation);
    if (!c.nullable)
        r += " NOT NULL";
    if (c.autoIncrement)
        r += " auto_increment";
    r += defaultClause(c);
    if (!c.comment.empty())
        r += " COMMENT " + quoteLiteral(c.comment);
    return r;
}

std::string MysqlDialect::sequelizeMetaDdl() const
{
    return "CREATE TABLE IF NOT EXISTS `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY (`name`)) "
           "ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_unicode_ci;";
}

std::string MysqlDialect::schemaForgeMetaDdl() const
{
    return "CREATE TABLE IF NOT EXISTS `SchemaForgeMeta` (`name` VARCHAR(255) NOT NULL, `checksum` VARCHAR(64), "
           "`applied_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, `duration_ms` INTEGER, "
           "`tool_version` VARCHAR(32), PRIMARY KEY (`name`)) ENGINE=InnoDB;";
}

// LONGTEXT: a statement (a dropped table's CREATE as a reverse) can pass TEXT's 64 KB.
std::string MysqlDialect::schemaForgeJournalDdl() const
{
    return "CREATE TABLE IF NOT EXISTS `SchemaForgeJournal` (`name` VARCHAR(255) NOT NULL, `direction` VARCHAR(4) "
           "NOT NULL, `idx` INTEGER NOT NULL, `done` INTEGER NOT NULL, `statement` LONGTEXT NOT NULL, `reverse` "
           "LONGTEXT NOT NULL, PRIMARY KEY (`name`, `idx`)) ENGINE=InnoDB;";
}

std::string MysqlDialect::tableExistsQuery(std::string_view table) const
{
    return "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = " +
           quoteLiteral(table);
}

} // namespace sf::sql
