#include "core/db/sqltype.h"

#include "core/sql/dialect.h"

#include <cctype>
#include <cstdlib>

namespace sf::db {

namespace {

std::string lowerCollapse(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ')
                out.push_back(' ');
        } else {
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string trim(std::string s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.pop_back();
    size_t b = 0;
    while (b < s.size() && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    return s.substr(b);
}

bool isNumber(const std::string &s)
{
    if (s.empty())
        return false;
    char *end = nullptr;
    std::strtod(s.c_str(), &end);
    return end && *end == '\0' &&
           (std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '-' || s[0] == '+' || s[0] == '.');
}

} // namespace

SqlType SqlType::parse(const std::string &text, const sql::Dialect *literals)
{
    SqlType t;
    const auto open = text.find('(');
    if (open == std::string::npos) {
        t.base = lowerCollapse(text);
        // "timestamp with time zone": keep as base; callers match on the full text.
        return t;
    }
    t.base = lowerCollapse(text.substr(0, open));
    size_t i = open + 1;
    std::string cur;
    char quote = 0;
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote && i + 1 < text.size() && text[i + 1] == quote) {
                cur.push_back(c);
                ++i;
            } else if (c == quote) {
                quote = 0;
            } else {
                cur.push_back(c);
            }
        } else if (c == '\'' && literals) {
            size_t used = 0;
            const auto value = literals->readStringLiteral(std::string_view(text).substr(i), &used);
            if (!value) { // unterminated: keep the rest as it is
                cur += text.substr(i + 1);
                i = text.size() - 1;
            } else {
                cur += *value;
                i += used - 1;
            }
            quoted = true;
        } else if (c == '\'' || c == '"') {
            quote = c;
            quoted = true;
        } else if (c == ',' || c == ')') {
            t.args.push_back(quoted ? cur : trim(cur));
            cur.clear();
            quoted = false;
            if (c == ')')
                break;
        } else {
            cur.push_back(c);
        }
    }
    t.rest = lowerCollapse(i + 1 < text.size() ? text.substr(i + 1) : std::string());
    return t;
}

int SqlType::intArg(size_t i, int fallback) const
{
    if (i >= args.size() || args[i].empty())
        return fallback;
    return std::atoi(args[i].c_str());
}

design::DefaultValue SqlType::normalizeDefault(std::string expr, bool numericColumn, bool booleanColumn,
                                               const sql::Dialect &literals)
{
    expr = trim(expr);
    while (expr.size() >= 2 && expr.front() == '(' && expr.back() == ')') {
        int depth = 0;
        bool wraps = true;
        for (size_t i = 0; i < expr.size(); ++i) {
            depth += expr[i] == '(' ? 1 : expr[i] == ')' ? -1 : 0;
            if (depth == 0 && i + 1 < expr.size()) {
                wraps = false;
                break;
            }
        }
        if (!wraps)
            break;
        expr = trim(expr.substr(1, expr.size() - 2));
    }
    if (expr.empty() || expr == "NULL" || expr == "null" || expr.rfind("NULL::", 0) == 0)
        return design::DefaultValue::none();
    size_t used = 0;
    if (const auto literal = literals.readStringLiteral(expr, &used)) {
        const std::string &value = *literal;
        const std::string tail = trim(expr.substr(used));
        if (!tail.empty() && tail.rfind("::", 0) != 0)
            return design::DefaultValue::sql(expr);
        if (numericColumn && isNumber(value))
            return design::DefaultValue::number(value);
        if (booleanColumn && (value == "true" || value == "false" || value == "1" || value == "0"))
            return design::DefaultValue::boolean(value == "true" || value == "1");
        return design::DefaultValue::string(value);
    }
    std::string bare = expr;
    if (const auto cast = bare.find("::"); cast != std::string::npos)
        bare = trim(bare.substr(0, cast));
    const std::string lower = lowerCollapse(bare);
    if (lower == "true" || lower == "false")
        return design::DefaultValue::boolean(lower == "true");
    if (isNumber(bare)) {
        if (booleanColumn && (bare == "0" || bare == "1"))
            return design::DefaultValue::boolean(bare == "1");
        return design::DefaultValue::number(bare);
    }
    return design::DefaultValue::sql(expr);
}

} // namespace sf::db
