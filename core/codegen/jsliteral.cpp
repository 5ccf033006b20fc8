#include "core/codegen/jsliteral.h"

#include <cctype>
#include <cstdio>

namespace sf::codegen {

namespace {

// U+2028 / U+2029 (E2 80 A8 / E2 80 A9) end a line in JavaScript source outside string literals and,
// before ES2019, inside them too: both are always written as escapes.
bool lineSeparatorAt(const std::string &text, size_t i)
{
    return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
           static_cast<unsigned char>(text[i + 1]) == 0x80 &&
           (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9);
}

} // namespace

std::string jsComment(const std::string &text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (lineSeparatorAt(text, i)) {
            out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
        } else if (text[i] == '\n') {
            out += "\\n";
        } else if (text[i] == '\r') {
            out += "\\r";
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string jsString(const std::string &text)
{
    std::string out = "'";
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (lineSeparatorAt(text, i)) {
            out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\'':
            out += "\\'";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += static_cast<char>(c); // UTF-8 passes through unchanged
            }
        }
    }
    out += "'";
    return out;
}

static bool isIdentifier(const std::string &name)
{
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])))
        return false;
    for (unsigned char c : name) {
        if (!(std::isalnum(c) || c == '_' || c == '$'))
            return false;
    }
    return true;
}

std::string jsKey(const std::string &name)
{
    return isIdentifier(name) ? name : jsString(name);
}

std::string jsMember(const std::string &name)
{
    return isIdentifier(name) ? "." + name : "[" + jsString(name) + "]";
}

static const char *baseName(design::TypeKind k)
{
    using K = design::TypeKind;
    switch (k) {
    case K::String:
        return "STRING";
    case K::Char:
        return "CHAR";
    case K::Text:
        return "TEXT";
    case K::Integer:
        return "INTEGER";
    case K::BigInt:
        return "BIGINT";
    case K::SmallInt:
        return "SMALLINT";
    case K::TinyInt:
        return "TINYINT";
    case K::MediumInt:
        return "MEDIUMINT";
    case K::Float:
        return "FLOAT";
    case K::Real:
        return "REAL";
    case K::Double:
        return "DOUBLE";
    case K::Decimal:
        return "DECIMAL";
    case K::Boolean:
        return "BOOLEAN";
    case K::Date:
        return "DATE";
    case K::DateOnly:
        return "DATEONLY";
    case K::Time:
        return "TIME";
    case K::Uuid:
        return "UUID";
    case K::Json:
        return "JSON";
    case K::Jsonb:
        return "JSONB";
    case K::Enum:
        return "ENUM";
    case K::Blob:
        return "BLOB";
    }
    return "STRING";
}

std::string jsDataType(const design::DataType &type, const std::string &ns)
{
    std::string out = ns + "." + baseName(type.kind);
    if (type.kind == design::TypeKind::Enum) {
        out += "(";
        for (size_t i = 0; i < type.enumValues.size(); ++i)
            out += (i ? ", " : "") + jsString(type.enumValues[i]);
        return out + ")";
    }
    if (!type.variant.empty())
        out += "(" + jsString(type.variant) + ")";
    else if (type.precision && type.scale)
        out += "(" + std::to_string(*type.precision) + ", " + std::to_string(*type.scale) + ")";
    else if (type.precision)
        out += "(" + std::to_string(*type.precision) + ")";
    else if (type.length)
        out += "(" + std::to_string(*type.length) + ")";
    if (type.binary)
        out += ".BINARY";
    if (type.isUnsigned)
        out += ".UNSIGNED";
    return out;
}

std::string jsDefault(const design::DefaultValue &value, const std::string &ns, const std::string &literalFn)
{
    using K = design::DefaultValue::Kind;
    switch (value.kind) {
    case K::None:
        return {};
    case K::String:
        return jsString(value.text);
    case K::Number:
        return value.text;
    case K::Boolean:
        return value.text == "true" ? "true" : "false";
    case K::Now:
        return ns + ".NOW";
    case K::UuidV4:
        return ns + ".UUIDV4";
    case K::Sql:
        return literalFn + "(" + jsString(value.text) + ")";
    }
    return {};
}

} // namespace sf::codegen
