#include "core/migrate/drift.h"

#include "core/db/introspector.h"
#include "core/sql/dialect.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

namespace sf::migrate {

namespace {

using schema::Column;
using schema::Table;

std::string upper(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string cols(const std::vector<std::string> &c)
{
    std::string s = "(";
    for (size_t i = 0; i < c.size(); ++i)
        s += (i ? ", " : "") + c[i];
    return s + ")";
}

struct TypeView {
    const sql::Dialect *dialect;
    std::optional<sql::DialectId> family; // MariaDB reads back as MySQL; nullopt: no dialect

    std::string render(const design::DataType &t) const
    {
        if (t.kind == design::TypeKind::Enum) {
            std::string s = "ENUM(";
            for (size_t i = 0; i < t.enumValues.size(); ++i)
                s += (i ? "," : "") + ("'" + t.enumValues[i] + "'");
            return family == sql::DialectId::Sqlite ? "TEXT" : s + ")";
        }
        std::string r = dialect ? dialect->renderType(t) : t.toString();
        if (family == sql::DialectId::Postgres && r.rfind("FLOAT", 0) == 0)
            r = "DOUBLE PRECISION";
        if (family == sql::DialectId::MySql) {
            if (r == "REAL")
                r = "DOUBLE PRECISION";
            if (r == "DECIMAL")
                r = "DECIMAL(10,0)";
        }
        return r;
    }
};

std::string normalizeSql(std::string s)
{
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)) && c != '(' && c != ')' && c != '"' && c != '`')
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (const auto cast = out.find("::"); cast != std::string::npos)
        out.resize(cast);
    if (out == "now" || out == "current_timestamp" || out == "localtimestamp")
        return "now";
    return out;
}

std::string defaultText(const design::DefaultValue &d)
{
    using K = design::DefaultValue::Kind;
    if (!d.isDatabaseDefault())
        return "no default";
    if (d.kind == K::String)
        return "'" + d.text + "'";
    return d.text;
}

bool sameDefault(const design::DefaultValue &a, const design::DefaultValue &b)
{
    using K = design::DefaultValue::Kind;
    const bool da = a.isDatabaseDefault(), db = b.isDatabaseDefault();
    if (!da || !db)
        return da == db;
    auto numeric = [](const design::DefaultValue &d, double *v) {
        if (d.kind == K::Boolean) {
            *v = d.text == "true" ? 1 : 0;
            return true;
        }
        if (d.kind == K::Number || d.kind == K::String) {
            char *end = nullptr;
            *v = std::strtod(d.text.c_str(), &end);
            return !d.text.empty() && end && *end == '\0';
        }
        return false;
    };
    double x = 0, y = 0;
    if (a.kind != K::Sql && b.kind != K::Sql && a.kind != K::String && b.kind != K::String && numeric(a, &x) &&
        numeric(b, &y))
        return x == y;
    if ((a.kind == K::Number || a.kind == K::Boolean || b.kind == K::Number || b.kind == K::Boolean) &&
        numeric(a, &x) && numeric(b, &y))
        return x == y;
    if (a.kind == K::Sql || b.kind == K::Sql)
        return normalizeSql(a.kind == K::String ? "'" + a.text + "'" : a.text) ==
               normalizeSql(b.kind == K::String ? "'" + b.text + "'" : b.text);
    return a.text == b.text;
}

std::string action(const std::string &a, bool restrictIsNoAction)
{
    const std::string u = upper(a);
    if (u.empty() || u == "NO ACTION" || (restrictIsNoAction && u == "RESTRICT"))
        return "NO ACTION";
    return u;
}

// Unique column sets: unique constraints and unique indexes are the same thing to the data.
std::set<std::vector<std::string>> uniqueSets(const Table &t)
{
    std::set<std::vector<std::string>> s;
    for (const auto &u : t.uniques)
        s.insert(u.columns);
    for (const auto &i : t.indexes)
        if (i.unique)
            s.insert(i.columns);
    s.erase(t.primaryKey);
    return s;
}

std::set<std::vector<std::string>> indexSets(const Table &t)
{
    std::set<std::vector<std::string>> s;
    for (const auto &i : t.indexes)
        if (!i.unique)
            s.insert(i.columns);
    return s;
}

} // namespace

const char *Drift::kindName(DriftItem::Kind kind)
{
    using K = DriftItem::Kind;
    switch (kind) {
    case K::MissingTable:
        return "missing-table";
    case K::ExtraTable:
        return "extra-table";
    case K::MissingColumn:
        return "missing-column";
    case K::ExtraColumn:
        return "extra-column";
    case K::Type:
        return "type";
    case K::Nullability:
        return "nullability";
    case K::Default:
        return "default";
    case K::AutoIncrement:
        return "auto-increment";
    case K::PrimaryKey:
        return "primary-key";
    case K::ForeignKey:
        return "foreign-key";
    case K::Unique:
        return "unique";
    case K::Index:
        return "index";
    }
    return "?";
}

std::vector<DriftItem> Drift::compare(const schema::Schema &expected, const schema::Schema &actual,
                                      const std::string &dialect)
{
    using K = DriftItem::Kind;
    std::vector<DriftItem> out;
    const auto dialectObj = sql::makeDialect(dialect);
    const TypeView types{dialectObj.get(),
                         dialectObj ? std::optional(sql::dialectFamily(dialectObj->id())) : std::nullopt};
    const bool restrictNoAction = dialectObj && dialectObj->capabilities().restrictIsNoAction;
    auto add = [&](K kind, const std::string &table, const std::string &object, const std::string &msg) {
        out.push_back({kind, table, object, msg});
    };
    for (const Table &e : expected.tables) {
        if (db::Introspector::isHistoryTable(e.name))
            continue;
        const Table *a = actual.table(e.name);
        if (!a) {
            add(K::MissingTable, e.name, {}, "table \"" + e.name + "\" is missing from the database");
            continue;
        }
        const std::string tq = "\"" + e.name + "\"";
        for (const Column &ec : e.columns) {
            const Column *ac = a->column(ec.name);
            const std::string where = "column " + tq + ".\"" + ec.name + "\"";
            if (!ac) {
                add(K::MissingColumn, e.name, ec.name, where + " is missing from the database");
                continue;
            }
            const std::string et = types.render(ec.type), at = types.render(ac->type);
            if (et != at)
                add(K::Type, e.name, ec.name, where + ": the database has type " + at + ", the migrations say " + et);
            const auto inPk = [](const Table &t, const std::string &c) {
                return std::find(t.primaryKey.begin(), t.primaryKey.end(), c) != t.primaryKey.end();
            };
            const bool en = ec.nullable && !inPk(e, ec.name), an = ac->nullable && !inPk(*a, ac->name);
            if (en != an)
                add(K::Nullability, e.name, ec.name,
                    where + ": the database " + (an ? "allows NULL" : "is NOT NULL") + ", the migrations say " +
                        (en ? "NULL allowed" : "NOT NULL"));
            if (ec.autoIncrement != ac->autoIncrement)
                add(K::AutoIncrement, e.name, ec.name,
                    where + ": the database " +
                        (ac->autoIncrement ? "auto-increments it" : "does not auto-increment it") +
                        ", the migrations say " + (ec.autoIncrement ? "auto-increment" : "no auto-increment"));
            else if (!ec.autoIncrement && !sameDefault(ec.defaultValue, ac->defaultValue))
                add(K::Default, e.name, ec.name,
                    where + ": the database default is " + defaultText(ac->defaultValue) + ", the migrations say " +
                        defaultText(ec.defaultValue));
        }
        for (const Column &ac : a->columns)
            if (!e.column(ac.name))
                add(K::ExtraColumn, e.name, ac.name,
                    "column " + tq + ".\"" + ac.name + "\" exists in the database but not in the migrations");
        if (e.primaryKey != a->primaryKey)
            add(K::PrimaryKey, e.name, {},
                "table " + tq + ": the primary key is " + cols(a->primaryKey) + " in the database, " +
                    cols(e.primaryKey) + " in the migrations");
        std::map<std::vector<std::string>, const schema::ForeignKey *> afk;
        for (const auto &fk : a->foreignKeys)
            afk[fk.columns] = &fk;
        for (const auto &fk : e.foreignKeys) {
            const std::string what =
                "foreign key " + tq + cols(fk.columns) + " -> \"" + fk.refTable + "\"" + cols(fk.refColumns);
            const auto it = afk.find(fk.columns);
            if (it == afk.end()) {
                add(K::ForeignKey, e.name, cols(fk.columns), what + " is missing from the database");
                continue;
            }
            const schema::ForeignKey &x = *it->second;
            if (x.refTable != fk.refTable || x.refColumns != fk.refColumns)
                add(K::ForeignKey, e.name, cols(fk.columns),
                    what + ": the database references \"" + x.refTable + "\"" + cols(x.refColumns));
            if (action(x.onDelete, restrictNoAction) != action(fk.onDelete, restrictNoAction))
                add(K::ForeignKey, e.name, cols(fk.columns),
                    what + ": ON DELETE is " + action(x.onDelete, restrictNoAction) + " in the database, " +
                        action(fk.onDelete, restrictNoAction) + " in the migrations");
            if (action(x.onUpdate, restrictNoAction) != action(fk.onUpdate, restrictNoAction))
                add(K::ForeignKey, e.name, cols(fk.columns),
                    what + ": ON UPDATE is " + action(x.onUpdate, restrictNoAction) + " in the database, " +
                        action(fk.onUpdate, restrictNoAction) + " in the migrations");
            afk.erase(it);
        }
        for (const auto &[c, fk] : afk)
            add(K::ForeignKey, e.name, cols(c),
                "foreign key " + tq + cols(c) + " -> \"" + fk->refTable + "\"" + cols(fk->refColumns) +
                    " exists in the database but not in the migrations");
        const auto eu = uniqueSets(e), au = uniqueSets(*a);
        for (const auto &c : eu)
            if (!au.count(c))
                add(K::Unique, e.name, cols(c), "unique key on " + tq + cols(c) + " is missing from the database");
        for (const auto &c : au)
            if (!eu.count(c))
                add(K::Unique, e.name, cols(c),
                    "unique key on " + tq + cols(c) + " exists in the database but not in the migrations");
        const auto ei = indexSets(e), ai = indexSets(*a);
        for (const auto &c : ei)
            if (!ai.count(c))
                add(K::Index, e.name, cols(c), "index on " + tq + cols(c) + " is missing from the database");
        for (const auto &c : ai)
            if (!ei.count(c))
                add(K::Index, e.name, cols(c),
                    "index on " + tq + cols(c) + " exists in the database but not in the migrations");
    }
    for (const Table &a : actual.tables)
        if (!db::Introspector::isHistoryTable(a.name) && !expected.table(a.name))
            add(K::ExtraTable, a.name, {}, "table \"" + a.name + "\" exists in the database but not in the migrations");
    return out;
}

} // namespace sf::migrate
