// Type-level validation: defaults that do not fit their type, types a dialect lacks.
#include "core/design/naming.h"
#include "core/design/validator.h"
#include "core/sql/dialect.h"

#include <algorithm>
#include <cstdlib>

namespace sf::design {

namespace {

bool isNumber(const std::string &s)
{
    if (s.empty())
        return false;
    char *end = nullptr;
    std::strtod(s.c_str(), &end);
    return end && *end == '\0';
}

} // namespace

int identifierLimit(const std::string &dialect)
{
    const auto id = sql::dialectIdFromName(dialect);
    return sql::capabilitiesOf(id.value_or(sql::DialectId::Postgres)).identifierLimit;
}

std::string defaultValueProblem(const DataType &type, const DefaultValue &value)
{
    using K = DefaultValue::Kind;
    const std::string t = type.toString();
    switch (value.kind) {
    case K::None:
    case K::Sql:
        return {};
    case K::Number:
        if (type.isNumeric() || type.kind == TypeKind::Boolean || type.isText() || type.kind == TypeKind::Json ||
            type.kind == TypeKind::Jsonb)
            return type.kind == TypeKind::Boolean && value.text != "0" && value.text != "1"
                       ? "the number " + value.text + " is not a BOOLEAN value"
                       : std::string();
        return "a number does not fit " + t;
    case K::Boolean:
        if (type.kind == TypeKind::Boolean || type.kind == TypeKind::Json || type.kind == TypeKind::Jsonb)
            return {};
        return "true/false does not fit " + t;
    case K::String:
        if (type.kind == TypeKind::Enum) {
            if (std::find(type.enumValues.begin(), type.enumValues.end(), value.text) == type.enumValues.end())
                return naming::quote(value.text) + " is not one of the ENUM values";
            return {};
        }
        if (type.isNumeric() && !isNumber(value.text))
            return naming::quote(value.text) + " is not a number, so it does not fit " + t;
        if (type.kind == TypeKind::Boolean)
            return naming::quote(value.text) + " does not fit BOOLEAN; use true or false";
        if ((type.kind == TypeKind::String || type.kind == TypeKind::Char) && type.length &&
            value.text.size() > static_cast<size_t>(*type.length))
            return "the default is longer than " + t + " allows";
        return {};
    case K::Now:
        if (type.isDateTime())
            return {};
        return "NOW fits only DATE, DATEONLY or TIME, not " + t;
    case K::UuidV4:
        if (type.kind == TypeKind::Uuid || type.kind == TypeKind::String || type.kind == TypeKind::Char)
            return {};
        return "UUIDV4 fits only UUID (or STRING/CHAR), not " + t;
    }
    return {};
}

std::string dialectTypeProblem(const DataType &type, const std::string &dialect)
{
    const std::string t = type.toString();
    const auto id = sql::dialectIdFromName(dialect);
    if (id && sql::isMySqlFamily(*id)) {
        if (type.kind == TypeKind::Jsonb)
            return "JSONB does not exist on MySQL/MariaDB; it becomes JSON";
        return {};
    }
    if (id == sql::DialectId::Sqlite) {
        if (type.kind == TypeKind::Jsonb)
            return "JSONB does not exist on SQLite; it becomes JSON";
        if (type.kind == TypeKind::Enum)
            return "SQLite has no ENUM; it becomes TEXT and the values are not checked by the database";
        if (type.isUnsigned)
            return "SQLite has no UNSIGNED; it becomes " + std::string(typeKindName(type.kind));
        if (type.kind == TypeKind::Text && !type.variant.empty())
            return "SQLite has no TEXT('" + type.variant + "'); it becomes TEXT";
        return {};
    }
    // postgres
    if (type.binary)
        return "PostgreSQL has no binary strings; " + t + " becomes BYTEA";
    if ((type.kind == TypeKind::Text || type.kind == TypeKind::Blob) && !type.variant.empty())
        return "PostgreSQL has no " + t + "; it becomes " + (type.kind == TypeKind::Text ? "TEXT" : "BYTEA");
    if (type.kind == TypeKind::TinyInt || type.kind == TypeKind::MediumInt)
        return std::string("PostgreSQL has no ") + typeKindName(type.kind) + "; it becomes " +
               (type.kind == TypeKind::TinyInt ? "SMALLINT" : "INTEGER");
    if (type.isUnsigned)
        return "PostgreSQL has no UNSIGNED; " + t + " is stored signed";
    if ((type.kind == TypeKind::Float || type.kind == TypeKind::Double) && type.precision)
        return "PostgreSQL ignores the precision of " + t;
    return {};
}

} // namespace sf::design
