// DataType parsing and printing in Sequelize's spelling.
#include "core/design/datatype.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cstdlib>

namespace sf::design {

namespace {

struct KindName {
    TypeKind kind;
    const char *name;
};

constexpr std::array<KindName, 21> kNames{{
    {TypeKind::String, "STRING"},   {TypeKind::Char, "CHAR"},           {TypeKind::Text, "TEXT"},
    {TypeKind::Integer, "INTEGER"}, {TypeKind::BigInt, "BIGINT"},       {TypeKind::SmallInt, "SMALLINT"},
    {TypeKind::TinyInt, "TINYINT"}, {TypeKind::MediumInt, "MEDIUMINT"}, {TypeKind::Float, "FLOAT"},
    {TypeKind::Real, "REAL"},       {TypeKind::Double, "DOUBLE"},       {TypeKind::Decimal, "DECIMAL"},
    {TypeKind::Boolean, "BOOLEAN"}, {TypeKind::Date, "DATE"},           {TypeKind::DateOnly, "DATEONLY"},
    {TypeKind::Time, "TIME"},       {TypeKind::Uuid, "UUID"},           {TypeKind::Json, "JSON"},
    {TypeKind::Jsonb, "JSONB"},     {TypeKind::Enum, "ENUM"},           {TypeKind::Blob, "BLOB"},
}};

std::string upper(std::string_view s)
{
    std::string r(s);
    for (char &c : r)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return r;
}

size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// Printable form of user text inside a message: control characters escaped, length capped.
std::string quoted(std::string_view s)
{
    std::string r = "\"";
    size_t n = 0;
    for (char c : s) {
        if (++n > 80) {
            r += "...";
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n')
            r += "\\n";
        else if (c == '\t')
            r += "\\t";
        else if (c == '"')
            r += "\\\"";
        else if (u < 0x20 || u == 0x7f) {
            static const char *hex = "0123456789abcdef";
            r += "\\x";
            r += hex[u >> 4];
            r += hex[u & 15];
        } else
            r += c;
    }
    return r + "\"";
}

class Parser
{
public:
    explicit Parser(std::string_view t) : text(t) {}

    std::string_view text;
    size_t pos = 0;
    std::string error;

    void skipSpace()
    {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos])))
            ++pos;
    }
    bool atEnd()
    {
        skipSpace();
        return pos >= text.size();
    }
    bool accept(char c)
    {
        skipSpace();
        if (pos < text.size() && text[pos] == c) {
            ++pos;
            return true;
        }
        return false;
    }
    std::string word()
    {
        skipSpace();
        const size_t start = pos;
        while (pos < text.size() && (std::isalnum(static_cast<unsigned char>(text[pos])) || text[pos] == '_'))
            ++pos;
        return std::string(text.substr(start, pos - start));
    }
    bool fail(std::string msg)
    {
        if (error.empty())
            error = quoted(text) + ": " + std::move(msg);
        return false;
    }
    bool integer(int *out, const char *what)
    {
        skipSpace();
        const size_t start = pos;
        while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])))
            ++pos;
        if (start == pos)
            return fail(std::string(what) + " must be a non-negative integer");
        const std::string digits(text.substr(start, pos - start));
        if (digits.size() > 9)
            return fail(std::string(what) + " " + digits + " is too large");
        *out = std::atoi(digits.c_str());
        return true;
    }
    bool stringLiteral(std::string *out)
    {
        skipSpace();
        if (pos >= text.size() || (text[pos] != '\'' && text[pos] != '"'))
            return fail("expected a quoted string");
        const char q = text[pos++];
        std::string r;
        while (pos < text.size()) {
            const char c = text[pos++];
            if (c == '\\' && pos < text.size()) {
                r += text[pos++];
            } else if (c == q) {
                if (pos < text.size() && text[pos] == q) { // '' inside '...'
                    r += q;
                    ++pos;
                } else {
                    *out = std::move(r);
                    return true;
                }
            } else {
                r += c;
            }
        }
        return fail("unterminated string");
    }
};

std::string escapeLiteral(const std::string &s)
{
    std::string r = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\')
            r += '\\';
        r += c;
    }
    return r + "'";
}

} // namespace

const char *typeKindName(TypeKind k)
{
    for (const auto &kn : kNames)
        if (kn.kind == k)
            return kn.name;
    return "?";
}

std::optional<TypeKind> typeKindFromName(std::string_view name)
{
    for (const auto &kn : kNames)
        if (name == kn.name)
            return kn.kind;
    return std::nullopt;
}

std::vector<std::string> typeNames()
{
    std::vector<std::string> r;
    for (const auto &kn : kNames)
        r.emplace_back(kn.name);
    return r;
}

std::optional<DataType> DataType::parse(std::string_view text, std::string *error)
{
    Parser p(text);
    DataType t;
    auto failed = [&]() -> std::optional<DataType> {
        if (error)
            *error = p.error;
        return std::nullopt;
    };
    if (p.atEnd()) {
        p.error = "the type is empty; write a Sequelize type such as STRING or INTEGER";
        return failed();
    }
    std::string name = p.word();
    if (name == "DataTypes" || name == "Sequelize") { // tolerate DataTypes.STRING
        if (!p.accept('.'))
            return p.fail("expected a type name after " + name), failed();
        name = p.word();
    }
    const auto kind = typeKindFromName(name);
    if (!kind) {
        std::string shown = name;
        if (shown.empty()) {
            p.skipSpace();
            shown = std::string(text.substr(p.pos));
        }
        std::string best;
        size_t bestD = SIZE_MAX;
        const std::string up = upper(name);
        for (const auto &kn : kNames) {
            const size_t d = editDistance(up, kn.name);
            if (d < bestD) {
                bestD = d;
                best = kn.name;
            }
        }
        p.error = quoted(shown) + " is not a type";
        if (!name.empty() && (up == best || (bestD <= 2 && bestD < name.size())))
            p.error += "; did you mean " + best + "?";
        else
            p.error += "; known types: STRING, CHAR, TEXT, INTEGER, BIGINT, SMALLINT, TINYINT, MEDIUMINT, FLOAT, "
                       "REAL, DOUBLE, DECIMAL, BOOLEAN, DATE, DATEONLY, TIME, UUID, JSON, JSONB, ENUM, BLOB";
        return failed();
    }
    t.kind = *kind;
    const std::string kname = name;
    if (p.accept('(')) {
        switch (t.kind) {
        case TypeKind::String:
        case TypeKind::Char:
        case TypeKind::Integer:
        case TypeKind::BigInt:
        case TypeKind::SmallInt:
        case TypeKind::TinyInt:
        case TypeKind::MediumInt:
        case TypeKind::Date: {
            int n = 0;
            if (!p.integer(&n, "the length"))
                return failed();
            if ((t.kind == TypeKind::String || t.kind == TypeKind::Char) && n == 0)
                return p.fail(kname + " length must be at least 1"), failed();
            if (t.kind == TypeKind::Date && n > 6)
                return p.fail("DATE fractional seconds must be 0 to 6"), failed();
            t.length = n;
            break;
        }
        case TypeKind::Float:
        case TypeKind::Real:
        case TypeKind::Double:
        case TypeKind::Decimal: {
            int prec = 0;
            if (!p.integer(&prec, "the precision"))
                return failed();
            if (prec == 0)
                return p.fail("the precision must be at least 1"), failed();
            t.precision = prec;
            if (p.accept(',')) {
                int sc = 0;
                if (!p.integer(&sc, "the scale"))
                    return failed();
                if (sc > prec)
                    return p.fail("the scale " + std::to_string(sc) + " is larger than the precision " +
                                  std::to_string(prec)),
                           failed();
                t.scale = sc;
            }
            break;
        }
        case TypeKind::Text:
        case TypeKind::Blob: {
            std::string v;
            if (!p.stringLiteral(&v))
                return failed();
            for (char &c : v)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (v != "tiny" && v != "medium" && v != "long")
                return p.fail(kname + " size must be 'tiny', 'medium' or 'long'"), failed();
            t.variant = v;
            break;
        }
        case TypeKind::Enum: {
            p.skipSpace();
            if (p.pos < p.text.size() && p.text[p.pos] == ')')
                break;
            do {
                std::string v;
                if (!p.stringLiteral(&v))
                    return failed();
                if (std::find(t.enumValues.begin(), t.enumValues.end(), v) != t.enumValues.end())
                    return p.fail("ENUM value " + quoted(v) + " appears twice"), failed();
                t.enumValues.push_back(std::move(v));
            } while (p.accept(','));
            break;
        }
        default:
            return p.fail(kname + " takes no arguments"), failed();
        }
        if (!p.accept(')'))
            return p.fail("expected ')'"), failed();
    }
    while (p.accept('.')) {
        const std::string mod = p.word();
        if (mod == "UNSIGNED" && (t.isNumeric())) {
            t.isUnsigned = true;
        } else if (mod == "BINARY" && (t.kind == TypeKind::String || t.kind == TypeKind::Char)) {
            t.binary = true;
        } else {
            return p.fail(quoted(mod) + " is not a modifier of " + kname +
                          (t.isNumeric()                                              ? " (UNSIGNED is)"
                           : (t.kind == TypeKind::String || t.kind == TypeKind::Char) ? " (BINARY is)"
                                                                                      : "")),
                   failed();
        }
    }
    if (!p.atEnd())
        return p.fail("unexpected " + quoted(text.substr(p.pos)) + " after the type"), failed();
    return t;
}

std::string DataType::toString() const
{
    std::string s = typeKindName(kind);
    switch (kind) {
    case TypeKind::Float:
    case TypeKind::Real:
    case TypeKind::Double:
    case TypeKind::Decimal:
        if (precision) {
            s += "(" + std::to_string(*precision);
            if (scale)
                s += "," + std::to_string(*scale);
            s += ")";
        }
        break;
    case TypeKind::Text:
    case TypeKind::Blob:
        if (!variant.empty())
            s += "('" + variant + "')";
        break;
    case TypeKind::Enum:
        s += "(";
        for (size_t i = 0; i < enumValues.size(); ++i)
            s += (i ? "," : "") + escapeLiteral(enumValues[i]);
        s += ")";
        if (enumValues.empty())
            s = "ENUM";
        break;
    default:
        if (length)
            s += "(" + std::to_string(*length) + ")";
        break;
    }
    if (binary)
        s += ".BINARY";
    if (isUnsigned)
        s += ".UNSIGNED";
    return s;
}

bool DataType::isInteger() const
{
    return kind == TypeKind::Integer || kind == TypeKind::BigInt || kind == TypeKind::SmallInt ||
           kind == TypeKind::TinyInt || kind == TypeKind::MediumInt;
}

bool DataType::isNumeric() const
{
    return isInteger() || kind == TypeKind::Float || kind == TypeKind::Real || kind == TypeKind::Double ||
           kind == TypeKind::Decimal;
}

bool DataType::isText() const
{
    return kind == TypeKind::String || kind == TypeKind::Char || kind == TypeKind::Text;
}

bool DataType::isDateTime() const
{
    return kind == TypeKind::Date || kind == TypeKind::DateOnly || kind == TypeKind::Time;
}

} // namespace sf::design
