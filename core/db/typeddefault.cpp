// Binary and typed-numeric column defaults as introspection reads them.
#include "core/db/typeddefault.h"

#include "core/design/validator.h"

#include <cctype>
#include <regex>

namespace sf::db {

namespace {

std::string trim(const std::string &s)
{
    size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a])))
        ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1])))
        --b;
    return s.substr(a, b - a);
}

// "(x)" -> "x" while the outer parentheses wrap the whole text.
std::string unwrap(std::string s)
{
    for (;;) {
        s = trim(s);
        if (s.size() < 2 || s.front() != '(' || s.back() != ')')
            return s;
        int depth = 0;
        for (size_t i = 0; i + 1 < s.size(); ++i) {
            depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
            if (depth == 0)
                return s;
        }
        s = s.substr(1, s.size() - 2);
    }
}

bool isNumber(const std::string &s)
{
    size_t i = s.size() && (s[0] == '-' || s[0] == '+') ? 1 : 0;
    bool digits = false, dot = false;
    for (; i < s.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i])))
            digits = true;
        else if (s[i] == '.' && !dot)
            dot = true;
        else
            return false;
    }
    return digits;
}

} // namespace

std::optional<design::DefaultValue> TypedDefault::binaryDefault(const std::string &expr, const design::DataType &type)
{
    const std::string e = trim(expr);
    if (type.kind != design::TypeKind::Blob || e.empty() || e == "NULL" || e == "null" || e.rfind("NULL::", 0) == 0)
        return std::nullopt;
    return design::DefaultValue::sql(e);
}

std::optional<design::DefaultValue> TypedDefault::typedNumericDefault(const std::string &expr,
                                                                      const design::DataType &type)
{
    if (!type.isNumeric())
        return std::nullopt;
    // Strip casts and parentheses from the outside in: ('0'::bigint), (-1)::integer, '0'::numeric(10,2).
    static const std::regex cast(R"(::\s*"?[A-Za-z_][A-Za-z0-9_ ]*"?(\(\s*\d+(\s*,\s*\d+)?\s*\))?\s*$)");
    std::string e = unwrap(expr);
    for (std::smatch m; std::regex_search(e, m, cast);)
        e = unwrap(e.substr(0, static_cast<size_t>(m.position(0))));
    if (e.size() >= 2 && e.front() == '\'' && e.back() == '\'')
        e = unwrap(e.substr(1, e.size() - 2));
    if (!isNumber(e))
        return std::nullopt;
    return design::DefaultValue::number(e.front() == '+' ? e.substr(1) : e);
}

std::optional<design::DefaultValue> TypedDefault::read(const std::string &expr, const design::DataType &type)
{
    if (auto b = binaryDefault(expr, type))
        return b;
    return typedNumericDefault(expr, type);
}

design::DefaultValue TypedDefault::fitType(design::DefaultValue value, const std::string &expr,
                                           const design::DataType &type, std::string *why)
{
    std::string problem =
        value.kind == design::DefaultValue::Kind::Sql ? std::string() : design::defaultValueProblem(type, value);
    if (why)
        *why = problem;
    if (problem.empty())
        return value;
    // The text, not the value read from it: what the server printed is what it accepts.
    return design::DefaultValue::sql(unwrap(expr));
}

} // namespace sf::db
