// Name-based comparison of two physical schemas, ignoring ids.
#include "core/importer/schemacompare.h"

#include "core/schema/schemadump.h"

#include <algorithm>
#include <map>

namespace sf::importer {

namespace {

std::string list(const std::vector<std::string> &v)
{
    std::string s = "(";
    for (const auto &x : v)
        s += (s.size() > 1 ? ", " : "") + x;
    return s + ")";
}

std::string describe(const schema::Column &c)
{
    std::string s = c.type.toString() + (c.nullable ? "" : " NOT NULL");
    design::DefaultValue def = c.defaultValue;
    if (def.kind == design::DefaultValue::Kind::Number)
        def.text = canonicalNumber(def.text);
    if (def.isDatabaseDefault())
        s += " DEFAULT " + schema::dumpDefault(def);
    if (c.autoIncrement)
        s += " AUTOINCREMENT";
    if (!c.comment.empty())
        s += " COMMENT '" + c.comment + "'";
    if (!c.charset.empty())
        s += " CHARACTER SET " + c.charset;
    if (!c.collation.empty())
        s += " COLLATE " + c.collation;
    return s;
}

std::string describe(const schema::ForeignKey &fk, bool withName)
{
    return (withName ? fk.name + " " : std::string()) + list(fk.columns) + " -> " + fk.refTable + list(fk.refColumns) +
           " ON DELETE " + fk.onDelete + " ON UPDATE " + fk.onUpdate;
}

std::string describe(const schema::UniqueConstraint &u, bool withName)
{
    return (withName ? u.name + " " : std::string()) + "UNIQUE " + list(u.columns);
}

std::string describe(const schema::Index &i, bool withName)
{
    return (withName ? i.name + " " : std::string()) + (i.unique ? "UNIQUE INDEX " : "INDEX ") + list(i.columns);
}

// Compares two lists of described objects as multisets.
template <typename T>
void compareSets(const std::string &where, const std::string &what, const std::vector<T> &a, const std::vector<T> &b,
                 bool withName, std::vector<std::string> &out)
{
    std::vector<std::string> da, db;
    for (const auto &x : a)
        da.push_back(describe(x, withName));
    for (const auto &x : b)
        db.push_back(describe(x, withName));
    std::sort(da.begin(), da.end());
    std::sort(db.begin(), db.end());
    std::vector<std::string> onlyA, onlyB;
    std::set_difference(da.begin(), da.end(), db.begin(), db.end(), std::back_inserter(onlyA));
    std::set_difference(db.begin(), db.end(), da.begin(), da.end(), std::back_inserter(onlyB));
    for (const auto &x : onlyA)
        out.push_back(where + ": " + what + " " + x + " expected but missing");
    for (const auto &x : onlyB)
        out.push_back(where + ": " + what + " " + x + " not expected");
}

void compareTables(const schema::Table &e, const schema::Table &a, const CompareOptions &o,
                   std::vector<std::string> &out)
{
    const std::string where = "table " + e.name;
    for (const auto &c : e.columns) {
        const schema::Column *other = a.column(c.name);
        if (!other)
            out.push_back(where + ": column " + c.name + " missing");
        else if (describe(c) != describe(*other))
            out.push_back(where + ": column " + c.name + " is " + describe(*other) + ", expected " + describe(c));
    }
    for (const auto &c : a.columns)
        if (!e.column(c.name))
            out.push_back(where + ": column " + c.name + " not expected");
    if (o.columnOrder) {
        std::vector<std::string> ne, na;
        for (const auto &c : e.columns)
            ne.push_back(c.name);
        for (const auto &c : a.columns)
            na.push_back(c.name);
        if (ne != na)
            out.push_back(where + ": column order " + list(na) + ", expected " + list(ne));
    }
    if (e.primaryKey != a.primaryKey)
        out.push_back(where + ": primary key " + list(a.primaryKey) + ", expected " + list(e.primaryKey));
    if (e.comment != a.comment)
        out.push_back(where + ": comment '" + a.comment + "', expected '" + e.comment + "'");
    if (e.charset != a.charset || e.collation != a.collation)
        out.push_back(where + ": character set '" + a.charset + "' collation '" + a.collation + "', expected '" +
                      e.charset + "' collation '" + e.collation + "'");
    compareSets(where, "foreign key", e.foreignKeys, a.foreignKeys, o.constraintNames, out);
    compareSets(where, "unique", e.uniques, a.uniques, o.constraintNames, out);
    compareSets(where, "index", e.indexes, a.indexes, o.constraintNames, out);
}

std::string describe(const schema::Extra &x)
{
    std::string sql;
    bool space = false;
    for (const char c : x.sql) { // whitespace runs as one space: servers re-indent definitions
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !sql.empty();
            continue;
        }
        if (space)
            sql += ' ';
        space = false;
        sql += c;
    }
    return x.kind + " " + x.name + (x.table.empty() ? std::string() : " on " + x.table) + ": " + sql;
}

template <typename Ignored>
void compareExtras(const std::vector<schema::Extra> &e, const std::vector<schema::Extra> &a, const Ignored &ignored,
                   std::vector<std::string> &out)
{
    std::vector<std::string> de, da;
    for (const auto &x : e)
        if (!ignored(x.table))
            de.push_back(describe(x));
    for (const auto &x : a)
        if (!ignored(x.table))
            da.push_back(describe(x));
    std::sort(de.begin(), de.end());
    std::sort(da.begin(), da.end());
    std::vector<std::string> onlyE, onlyA;
    std::set_difference(de.begin(), de.end(), da.begin(), da.end(), std::back_inserter(onlyE));
    std::set_difference(da.begin(), da.end(), de.begin(), de.end(), std::back_inserter(onlyA));
    for (const auto &x : onlyE)
        out.push_back(x + " expected but missing");
    for (const auto &x : onlyA)
        out.push_back(x + " not expected");
}

} // namespace

std::string canonicalNumber(const std::string &text)
{
    std::string t = text;
    if (!t.empty() && t.front() == '+')
        t.erase(0, 1);
    const bool negative = !t.empty() && t.front() == '-';
    std::string digits = negative ? t.substr(1) : t;
    if (digits.empty() || digits.find_first_not_of("0123456789.") != std::string::npos ||
        std::count(digits.begin(), digits.end(), '.') > 1)
        return text;
    if (digits.find('.') != std::string::npos) {
        while (digits.back() == '0')
            digits.pop_back();
        if (digits.back() == '.')
            digits.pop_back();
    }
    while (digits.size() > 1 && digits.front() == '0' && digits[1] != '.')
        digits.erase(0, 1);
    if (digits.empty() || digits.front() == '.')
        digits = "0" + digits;
    return (negative && digits != "0" ? "-" : "") + digits;
}

std::vector<std::string> compareSchemas(const schema::Schema &expected, const schema::Schema &actual,
                                        const CompareOptions &options)
{
    auto ignored = [&](const std::string &name) {
        const auto &v = options.ignoreTables;
        return name == "SequelizeMeta" || name == "SchemaForgeMeta" || std::find(v.begin(), v.end(), name) != v.end();
    };
    std::vector<std::string> out;
    std::map<std::string, const schema::Table *> names;
    for (const auto &t : actual.tables)
        if (!ignored(t.name))
            names[t.name] = &t;
    for (const auto &t : expected.tables) {
        if (ignored(t.name))
            continue;
        const auto it = names.find(t.name);
        if (it == names.end()) {
            out.push_back("table " + t.name + " missing");
            continue;
        }
        compareTables(t, *it->second, options, out);
        names.erase(it);
    }
    for (const auto &[name, t] : names)
        out.push_back("table " + name + " not expected");
    if (options.extras)
        compareExtras(expected.extras, actual.extras, ignored, out);
    return out;
}

} // namespace sf::importer
