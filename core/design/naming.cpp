// Inflection (the rules of the `inflection` package Sequelize uses) and derived names.
#include "core/design/naming.h"

#include "core/design/model.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <unordered_set>
#include <vector>

namespace sf::design::naming {

namespace {

const std::array<const char *, 16> kUncountable{{"equipment", "information", "rice", "money", "species", "series",
                                                 "fish", "sheep", "moose", "deer", "news", "metadata", "jeans",
                                                 "police", "staff", "feedback"}};

// The rules of the `inflection` package (what Sequelize's Utils.pluralize/singularize call), written as
// suffix tests instead of regular expressions: std::regex is far too slow for lowering 1,000 models.
class Word
{
public:
    explicit Word(std::string_view w) : word(w), lower(w)
    {
        for (char &c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    std::string word, lower;

    bool ends(std::string_view suf) const
    {
        return lower.size() >= suf.size() && lower.compare(lower.size() - suf.size(), suf.size(), suf) == 0;
    }
    bool endsAny(std::initializer_list<std::string_view> sufs) const
    {
        for (auto s : sufs)
            if (ends(s))
                return true;
        return false;
    }
    bool is(std::string_view w) const { return lower == w; }
    // The character just before suffix `suf` (0 when none).
    char before(std::string_view suf) const
    {
        return lower.size() > suf.size() ? lower[lower.size() - suf.size() - 1] : 0;
    }
    static bool vowelY(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
    // "consonant or qu" before `suf`: ([^aeiouy]|qu)suf
    bool consonantOrQuBefore(std::string_view suf) const
    {
        const char c = before(suf);
        if (c && !vowelY(c))
            return true;
        return ends(std::string("qu") + std::string(suf));
    }
    std::string replace(size_t drop, std::string_view add) const
    {
        return word.substr(0, word.size() - drop) + std::string(add);
    }
};

bool uncountable(const Word &w)
{
    return w.word.empty() || std::find(kUncountable.begin(), kUncountable.end(), w.lower) != kUncountable.end();
}

} // namespace

std::string pluralize(std::string_view word)
{
    const Word w(word);
    if (uncountable(w))
        return w.word;
    // already plural
    if (w.endsAny({"men",     "people",  "children", "hives",    "tives",    "curves", "series",
                   "movies",  "buses",   "oes",      "shoes",    "octopi",   "viri",   "matrices",
                   "quizzes", "aliases", "canvases", "statuses", "campuses", "xes",    "ches",
                   "sses",    "shes",    "mice",     "lice",     "crises",   "axes",   "testes"}) ||
        w.is("feet") || w.is("teeth") || w.is("geese") || w.is("oxen") || w.is("summonses") || w.is("whereases") ||
        w.is("criteria") || w.is("genera") || w.endsAny({"ta", "ia"}) ||
        w.endsAny({"analyses", "bases", "diagnoses", "parentheses", "prognoses", "synopses", "theses"}) ||
        (w.ends("ves") &&
         (w.before("ves") == 'l' || w.before("ves") == 'r' || (w.before("ves") != 'f' && w.before("ves") != 'o'))) ||
        (w.ends("ies") && w.consonantOrQuBefore("ies")))
        return w.word;
    if (w.ends("man"))
        return w.replace(2, "en");
    if (w.ends("person"))
        return w.replace(4, "ople");
    if (w.ends("child"))
        return w.word + "ren";
    if (w.is("ox"))
        return w.word + "en";
    if (w.is("axis") || w.is("testis") || w.endsAny({"axis", "testis"}))
        return w.replace(2, "es");
    if (w.endsAny({"octopus", "virus"}))
        return w.replace(2, "i");
    if (w.endsAny({"alias", "status", "canvas", "campus"}) || w.is("summons"))
        return w.word + "es";
    if (w.ends("bus"))
        return w.word + "es";
    if (w.endsAny({"buffalo", "tomato", "potato"}))
        return w.word + "es";
    if (w.endsAny({"tum", "ium"}))
        return w.replace(2, "a");
    if (w.ends("sis"))
        return w.replace(3, "ses");
    if (w.ends("fe") && w.before("fe") != 'f')
        return w.replace(2, "ves");
    if (w.ends("f") && (w.before("f") == 'l' || w.before("f") == 'r'))
        return w.replace(1, "ves");
    if (w.ends("hive"))
        return w.word + "s";
    if (w.ends("y") && w.consonantOrQuBefore("y"))
        return w.replace(1, "ies");
    if (w.endsAny({"matrix", "vertix", "index"}))
        return w.replace(2, "ices");
    if (w.ends("ex"))
        return w.replace(2, "ices");
    if (w.endsAny({"x", "ch", "ss", "sh"}))
        return w.word + "es";
    if (w.endsAny({"mouse", "louse"}))
        return w.replace(4, "ice");
    if (w.ends("quiz"))
        return w.word + "zes";
    if (w.is("foot"))
        return w.replace(4, "feet");
    if (w.is("tooth"))
        return w.replace(5, "teeth");
    if (w.is("goose"))
        return w.replace(5, "geese");
    if (w.ends("s"))
        return w.word;
    return w.word + "s";
}

std::string singularize(std::string_view word)
{
    const Word w(word);
    if (uncountable(w))
        return w.word;
    // already singular
    if (w.endsAny({"man",    "person", "child",   "axis",   "testis", "octopus", "virus", "alias", "status", "canvas",
                   "campus", "bus",    "buffalo", "tomato", "potato", "tum",     "ium",   "sis",   "hive",   "x",
                   "ch",     "ss",     "sh",      "ex",     "mouse",  "louse",   "quiz",  "us"}) ||
        w.is("ox") || w.is("summons") || (w.ends("fe") && w.before("fe") != 'f') ||
        (w.ends("f") && (w.before("f") == 'l' || w.before("f") == 'r')) || (w.ends("y") && w.consonantOrQuBefore("y")))
        return w.word;
    if (w.ends("men"))
        return w.replace(2, "an");
    if (w.ends("people"))
        return w.replace(4, "rson");
    if (w.ends("children"))
        return w.replace(3, "");
    if (w.endsAny({"ta", "ia"}))
        return w.replace(1, "um");
    for (std::string_view s : {"analyses", "bases", "diagnoses", "parentheses", "prognoses", "synopses", "theses"})
        if (w.ends(s))
            return w.replace(3, "sis");
    if (w.endsAny({"hives", "tives", "curves"}))
        return w.replace(1, "");
    if (w.ends("ves")) {
        const char c = w.before("ves");
        if (c == 'l' || c == 'r')
            return w.replace(3, "f");
        if (c == 'a')
            return w.replace(1, "");
        if (c != 'f' && c != 'o')
            return w.replace(3, "fe");
    }
    if (w.ends("movies"))
        return w.replace(1, "");
    if (w.ends("ies") && w.consonantOrQuBefore("ies"))
        return w.replace(3, "y");
    if (w.ends("series"))
        return w.word;
    if (w.endsAny({"xes", "ches", "sses", "shes"}) && !w.endsAny({"crises", "axes", "testes"}))
        return w.replace(2, "");
    if (w.endsAny({"mice", "lice"}))
        return w.replace(3, "ouse");
    if (w.ends("buses"))
        return w.replace(2, "");
    if (w.ends("oes"))
        return w.replace(2, "");
    if (w.ends("shoes"))
        return w.replace(1, "");
    if (w.endsAny({"crises", "axes", "testes"}))
        return w.replace(2, "is");
    if (w.endsAny({"octopi", "viri"}))
        return w.replace(1, "us");
    if (w.endsAny({"aliases", "canvases", "statuses", "campuses"}) || w.is("summonses"))
        return w.replace(2, "");
    if (w.is("oxen"))
        return w.replace(2, "");
    if (w.ends("matrices"))
        return w.replace(3, "x");
    if (w.endsAny({"vertices", "indices"}))
        return w.replace(4, "ex");
    if (w.is("feet"))
        return w.replace(4, "foot");
    if (w.is("teeth"))
        return w.replace(5, "tooth");
    if (w.is("geese"))
        return w.replace(5, "goose");
    if (w.ends("quizzes"))
        return w.replace(3, "");
    if (w.ends("databases"))
        return w.replace(1, "");
    if (w.ends("s"))
        return w.replace(1, "");
    return w.word;
}

namespace {

const std::array<const char *, 96> kReserved{{"all",
                                              "alter",
                                              "analyse",
                                              "analyze",
                                              "and",
                                              "any",
                                              "array",
                                              "as",
                                              "asc",
                                              "asymmetric",
                                              "between",
                                              "both",
                                              "by",
                                              "case",
                                              "cast",
                                              "check",
                                              "collate",
                                              "column",
                                              "constraint",
                                              "create",
                                              "cross",
                                              "current_date",
                                              "current_role",
                                              "current_time",
                                              "current_timestamp",
                                              "current_user",
                                              "database",
                                              "default",
                                              "deferrable",
                                              "delete",
                                              "desc",
                                              "distinct",
                                              "do",
                                              "drop",
                                              "else",
                                              "end",
                                              "except",
                                              "exists",
                                              "false",
                                              "fetch",
                                              "for",
                                              "foreign",
                                              "from",
                                              "grant",
                                              "group",
                                              "having",
                                              "in",
                                              "index",
                                              "initially",
                                              "inner",
                                              "insert",
                                              "intersect",
                                              "into",
                                              "is",
                                              "join",
                                              "key",
                                              "lateral",
                                              "leading",
                                              "left",
                                              "like",
                                              "limit",
                                              "localtime",
                                              "localtimestamp",
                                              "natural",
                                              "not",
                                              "null",
                                              "offset",
                                              "on",
                                              "only",
                                              "or",
                                              "order",
                                              "outer",
                                              "placing",
                                              "primary",
                                              "references",
                                              "returning",
                                              "right",
                                              "select",
                                              "session_user",
                                              "some",
                                              "symmetric",
                                              "table",
                                              "then",
                                              "to",
                                              "trailing",
                                              "true",
                                              "union",
                                              "unique",
                                              "update",
                                              "user",
                                              "using",
                                              "values",
                                              "when",
                                              "where",
                                              "window",
                                              "with"}};

} // namespace

std::string lowerCamel(std::string_view s)
{
    std::string r(s);
    if (!r.empty())
        r[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(r[0])));
    return r;
}

std::string snakeCase(std::string_view s)
{
    std::string r;
    r.reserve(s.size() + 8);
    for (char c : s) {
        if (std::isupper(static_cast<unsigned char>(c))) {
            r += '_';
            r += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            r += c;
        }
    }
    if (!r.empty() && r[0] == '_') // inflection.underscore drops one leading '_' (/^_/)
        r.erase(0, 1);
    return r;
}

std::string tableNameFor(const Model &model)
{
    if (model.tableName && !model.tableName->empty())
        return *model.tableName;
    if (model.freezeTableName.value_or(false))
        return model.name;
    const std::string plural = pluralize(model.name);
    return model.isUnderscored() ? snakeCase(plural) : plural;
}

std::string foreignKeyFor(std::string_view modelName, bool underscored)
{
    const std::string key = lowerCamel(singularize(modelName)) + "Id";
    return underscored ? snakeCase(key) : key;
}

std::string foreignKeyFor(const Model &model, bool underscored)
{
    return foreignKeyFor(model.name, underscored);
}

std::string createdAtColumn(bool underscored)
{
    return underscored ? "created_at" : "createdAt";
}
std::string updatedAtColumn(bool underscored)
{
    return underscored ? "updated_at" : "updatedAt";
}
std::string deletedAtColumn(bool underscored)
{
    return underscored ? "deleted_at" : "deletedAt";
}

std::string identifierProblem(std::string_view name)
{
    if (name.empty())
        return "the name is empty";
    if (std::isdigit(static_cast<unsigned char>(name[0])))
        return "it starts with a digit";
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || std::isalnum(u) || c == '_' || c == '$')
            continue;
        std::string shown;
        if (c == '\n')
            shown = "a newline";
        else if (c == '\t')
            shown = "a tab";
        else if (c == ' ')
            shown = "a space";
        else if (u < 0x20 || u == 0x7f) {
            char buf[40];
            std::snprintf(buf, sizeof buf, "control character 0x%02x", u);
            shown = buf;
        } else
            shown = std::string("'") + c + "'";
        return shown + " is not allowed (use letters, digits, '_' and '$')";
    }
    return {};
}

std::string physicalNameProblem(std::string_view name)
{
    if (name.empty())
        return "the name is empty";
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            char buf[40];
            std::snprintf(buf, sizeof buf, "control character 0x%02x is not allowed", u);
            return buf;
        }
    }
    return {};
}

std::string quote(std::string_view s)
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
        else if (c == '\r')
            r += "\\r";
        else if (c == '\t')
            r += "\\t";
        else if (c == '"')
            r += "\\\"";
        else if (c == '\\')
            r += "\\\\";
        else if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", u);
            r += buf;
        } else
            r += c;
    }
    return r + "\"";
}

bool isReservedWord(std::string_view word)
{
    static const std::unordered_set<std::string_view> reserved(kReserved.begin(), kReserved.end());
    if (word.size() > 20)
        return false;
    std::string lower(word);
    for (char &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return reserved.count(lower) > 0;
}

std::string limitIdentifier(const std::string &name, int limit)
{
    if (limit <= 9 || name.size() <= static_cast<size_t>(limit))
        return name;
    uint32_t h = 2166136261u;
    for (char c : name) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    size_t cut = static_cast<size_t>(limit) - 9;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut; // do not split a UTF-8 sequence
    char hex[16];
    std::snprintf(hex, sizeof hex, "_%08x", h);
    return name.substr(0, cut) + hex;
}

} // namespace sf::design::naming
