// Inflection (the rules of the `inflection` package Sequelize uses) and derived names.
#include "core/design/naming.h"

#include "core/design/model.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <regex>
#include <vector>

namespace sf::design::naming {

namespace {

struct Rule {
    std::regex re;
    const char *replacement; // nullptr: the word already has the wanted form; keep it
};

std::vector<Rule> makeRules(std::initializer_list<std::pair<const char *, const char *>> list)
{
    std::vector<Rule> r;
    for (const auto &[pattern, rep] : list)
        r.push_back({std::regex(pattern, std::regex::ECMAScript | std::regex::icase), rep});
    return r;
}

const std::array<const char *, 16> kUncountable{{"equipment", "information", "rice", "money", "species",
                                                 "series", "fish", "sheep", "moose", "deer", "news",
                                                 "metadata", "jeans", "police", "staff", "feedback"}};

std::string applyRules(std::string_view word, const std::vector<Rule> &rules)
{
    std::string w(word);
    std::string lower = w;
    for (char &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (w.empty() || std::find(kUncountable.begin(), kUncountable.end(), lower) != kUncountable.end())
        return w;
    for (const auto &rule : rules) {
        if (std::regex_search(w, rule.re)) {
            if (rule.replacement)
                w = std::regex_replace(w, rule.re, rule.replacement, std::regex_constants::format_first_only);
            return w;
        }
    }
    return w;
}

const std::vector<Rule> &pluralRules()
{
    static const std::vector<Rule> rules = makeRules({
        {"(m)en$", nullptr}, {"(pe)ople$", nullptr}, {"(child)ren$", nullptr}, {"([ti])a$", nullptr},
        {"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$", nullptr}, {"(hive)s$", nullptr},
        {"(tive)s$", nullptr}, {"(curve)s$", nullptr}, {"([lr])ves$", nullptr}, {"([^fo])ves$", nullptr},
        {"([^aeiouy]|qu)ies$", nullptr}, {"(s)eries$", nullptr}, {"(m)ovies$", nullptr},
        {"(x|ch|ss|sh)es$", nullptr}, {"([m|l])ice$", nullptr}, {"(bus)es$", nullptr}, {"(o)es$", nullptr},
        {"(shoe)s$", nullptr}, {"(cris|ax|test)es$", nullptr}, {"(octop|vir)i$", nullptr},
        {"(alias|canvas|status|campus)es$", nullptr}, {"^(summons)es$", nullptr}, {"^(ox)en", nullptr},
        {"(matr)ices$", nullptr}, {"^feet$", nullptr}, {"^teeth$", nullptr}, {"^geese$", nullptr},
        {"(quiz)zes$", nullptr},
        {"^(whereas)es$", nullptr}, {"^(criteri)a$", nullptr}, {"^genera$", nullptr},
        {"(m)an$", "$1en"}, {"(pe)rson$", "$1ople"}, {"(child)$", "$1ren"}, {"^(ox)$", "$1en"},
        {"(ax|test)is$", "$1es"}, {"(octop|vir)us$", "$1i"}, {"(alias|status|canvas|campus)$", "$1es"},
        {"^(summons)$", "$1es"}, {"(bu)s$", "$1ses"}, {"(buffal|tomat|potat)o$", "$1oes"},
        {"([ti])um$", "$1a"}, {"sis$", "ses"}, {"(?:([^f])fe|([lr])f)$", "$1$2ves"}, {"(hive)$", "$1s"},
        {"([^aeiouy]|qu)y$", "$1ies"}, {"(matr|vert|ind)ix|ex$", "$1ices"}, {"(x|ch|ss|sh)$", "$1es"},
        {"([m|l])ouse$", "$1ice"}, {"(quiz)$", "$1zes"}, {"^foot$", "feet"}, {"^tooth$", "teeth"},
        {"^goose$", "geese"}, {"s$", "s"}, {"$", "s"},
    });
    return rules;
}

const std::vector<Rule> &singularRules()
{
    static const std::vector<Rule> rules = makeRules({
        {"(m)an$", nullptr}, {"(pe)rson$", nullptr}, {"(child)$", nullptr}, {"^(ox)$", nullptr},
        {"(ax|test)is$", nullptr}, {"(octop|vir)us$", nullptr}, {"(alias|status|canvas|campus)$", nullptr},
        {"^(summons)$", nullptr}, {"(bu)s$", nullptr}, {"(buffal|tomat|potat)o$", nullptr},
        {"([ti])um$", nullptr}, {"sis$", nullptr}, {"(?:([^f])fe|([lr])f)$", nullptr}, {"(hive)$", nullptr},
        {"([^aeiouy]|qu)y$", nullptr}, {"(x|ch|ss|sh)$", nullptr}, {"(matr|vert|ind)ix|ex$", nullptr},
        {"([m|l])ouse$", nullptr}, {"(quiz)$", nullptr}, {"ss$", nullptr}, {"us$", nullptr},
        {"(m)en$", "$1an"}, {"(pe)ople$", "$1rson"}, {"(child)ren$", "$1"}, {"([ti])a$", "$1um"},
        {"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$", "$1$2sis"}, {"(hive)s$", "$1"},
        {"(tive)s$", "$1"}, {"(curve)s$", "$1"}, {"([lr])ves$", "$1f"}, {"([a])ves$", "$1ve"},
        {"([^fo])ves$", "$1fe"}, {"(m)ovies$", "$1ovie"}, {"([^aeiouy]|qu)ies$", "$1y"},
        {"(s)eries$", "$1eries"}, {"(x|ch|ss|sh)es$", "$1"}, {"([m|l])ice$", "$1ouse"}, {"(bus)es$", "$1"},
        {"(o)es$", "$1"}, {"(shoe)s$", "$1"}, {"(cris|ax|test)es$", "$1is"}, {"(octop|vir)i$", "$1us"},
        {"(alias|canvas|status|campus)es$", "$1"}, {"^(summons)es$", "$1"}, {"^(ox)en", "$1"},
        {"(matr)ices$", "$1ix"}, {"(vert|ind)ices$", "$1ex"}, {"^feet$", "foot"}, {"^teeth$", "tooth"},
        {"^geese$", "goose"}, {"(quiz)zes$", "$1"}, {"(database)s$", "$1"}, {"s$", ""},
    });
    return rules;
}

const std::array<const char *, 96> kReserved{{
    "all", "alter", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "between",
    "both", "by", "case", "cast", "check", "collate", "column", "constraint", "create", "cross",
    "current_date", "current_role", "current_time", "current_timestamp", "current_user", "database",
    "default", "deferrable", "delete", "desc", "distinct", "do", "drop", "else", "end", "except", "exists",
    "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "index", "initially",
    "inner", "insert", "intersect", "into", "is", "join", "key", "lateral", "leading", "left", "like",
    "limit", "localtime", "localtimestamp", "natural", "not", "null", "offset", "on", "only", "or",
    "order", "outer", "placing", "primary", "references", "returning", "right", "select",
    "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique",
    "update", "user", "using", "values", "when", "where", "window", "with"}};

} // namespace

std::string pluralize(std::string_view word) { return applyRules(word, pluralRules()); }
std::string singularize(std::string_view word) { return applyRules(word, singularRules()); }

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
    if (!r.empty() && r[0] == '_' && !s.empty() && s[0] != '_')
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

std::string foreignKeyFor(const Model &model, bool underscored) { return foreignKeyFor(model.name, underscored); }

std::string createdAtColumn(bool underscored) { return underscored ? "created_at" : "createdAt"; }
std::string updatedAtColumn(bool underscored) { return underscored ? "updated_at" : "updatedAt"; }
std::string deletedAtColumn(bool underscored) { return underscored ? "deleted_at" : "deletedAt"; }

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
        if (c == '\n') shown = "a newline";
        else if (c == '\t') shown = "a tab";
        else if (c == ' ') shown = "a space";
        else if (u < 0x20 || u == 0x7f) {
            char buf[40];
            std::snprintf(buf, sizeof buf, "control character 0x%02x", u);
            shown = buf;
        } else shown = std::string("'") + c + "'";
        return shown + " is not allowed (use letters, digits, '_' and '$')";
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
        if (c == '\n') r += "\\n";
        else if (c == '\r') r += "\\r";
        else if (c == '\t') r += "\\t";
        else if (c == '"') r += "\\\"";
        else if (c == '\\') r += "\\\\";
        else if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", u);
            r += buf;
        } else r += c;
    }
    return r + "\"";
}

bool isReservedWord(std::string_view word)
{
    std::string lower(word);
    for (char &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::find(kReserved.begin(), kReserved.end(), lower) != kReserved.end();
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
