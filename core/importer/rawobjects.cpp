// Extras -> raw SQL objects with up/down per dialect, in dependency order.
#include "core/importer/rawobjects.h"

#include "core/importer/importnames.h"
#include "core/sql/dialect.h"

#include <algorithm>
#include <set>

namespace sf::importer {

namespace {

// The dialect of a raw object's name (postgres, mysql, sqlite); PostgreSQL for anything else.
sql::DialectId idOf(const std::string &dialect)
{
    return sql::dialectIdFromName(dialect).value_or(sql::DialectId::Postgres);
}

std::string quoted(const std::string &name, const std::string &dialect)
{
    // Not quoteIdentifier: a catalogue name is taken as it is, even one no SQL text could carry.
    const char q = idOf(dialect) == sql::DialectId::MySql ? '`' : '"';
    std::string s(1, q);
    for (const char c : name)
        s += c == q ? std::string(2, q) : std::string(1, c);
    return s + q;
}

// Creation order: what others refer to first.
int rank(const std::string &kind)
{
    static const char *order[] = {"function", "column", "primaryKey", "check", "index", "view", "trigger"};
    for (int i = 0; i < 7; ++i)
        if (kind == order[i])
            return i;
    return 7;
}

bool isGenerated(const schema::Extra &x)
{
    return x.sql.find(" GENERATED ALWAYS AS ") != std::string::npos;
}

// The declared type of a "column" extra: its definition after the quoted column name.
std::string declaredType(const schema::Extra &x)
{
    if (x.sql.size() < 2)
        return {};
    const size_t close = x.sql.find(x.sql.front(), 1);
    return close == std::string::npos ? std::string() : x.sql.substr(close + 2);
}

} // namespace

bool RawObjects::carries(const schema::Extra &x, const std::string &dialect)
{
    if (x.kind == "view" || x.kind == "trigger" || x.kind == "index")
        return true;
    if (x.kind == "primaryKey") // only where a key can be added to an existing table
        return sql::capabilitiesOf(idOf(dialect)).addCheckToExistingTable;
    const sql::Capabilities &can = sql::capabilitiesOf(idOf(dialect));
    if (x.kind == "function")
        return can.storedFunctions;
    if (x.kind == "check") // SQLite cannot add a check to an existing table
        return can.addCheckToExistingTable;
    if (x.kind == "column") // ALTER COLUMN ... TYPE USING only on PostgreSQL; a generated column cannot be converted
        return can.alterColumnTypeUsing && !isGenerated(x) && !declaredType(x).empty();
    return false;
}

std::vector<design::RawSqlObject> RawObjects::fromExtras(const schema::Schema &physical, const std::string &dialect)
{
    std::vector<const schema::Extra *> extras;
    for (const auto &x : physical.extras)
        if (carries(x, dialect))
            extras.push_back(&x);
    std::stable_sort(extras.begin(), extras.end(),
                     [](const schema::Extra *a, const schema::Extra *b) { return rank(a->kind) < rank(b->kind); });
    std::vector<design::RawSqlObject> out;
    std::set<std::string> ids;
    for (const schema::Extra *x : extras) {
        design::RawSqlObject r;
        r.kind = x->kind;
        r.name = x->name;
        r.table = x->table;
        r.dialect = dialect;
        std::string id = ImportNames::safeId("raw-" + x->kind + "-" + x->table + "-" + x->name);
        for (int n = 2; ids.count(id); ++n)
            id = ImportNames::safeId("raw-" + x->kind + "-" + x->table + "-" + x->name + "-" + std::to_string(n));
        ids.insert(id);
        r.id = id;
        const std::string table = quoted(x->table, dialect), name = quoted(x->name, dialect);
        if (x->kind == "check") {
            r.up = "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + x->sql;
            r.down = "ALTER TABLE " + table + " DROP CONSTRAINT " + name;
        } else if (x->kind == "view") {
            const bool materialized = x->sql.rfind("CREATE MATERIALIZED VIEW", 0) == 0;
            r.up = x->sql;
            r.down = std::string(materialized ? "DROP MATERIALIZED VIEW " : "DROP VIEW ") + name;
        } else if (x->kind == "trigger") {
            r.up = x->sql;
            r.down = "DROP TRIGGER " + name +
                     (sql::capabilitiesOf(idOf(dialect)).dropTriggerNeedsTable ? " ON " + table : std::string());
        } else if (x->kind == "function") {
            r.up = x->sql;
            r.down = "DROP FUNCTION " + x->name; // the name holds the quoted identity signature
        } else if (x->kind == "primaryKey") {
            r.up = "ALTER TABLE " + table + " ADD " + x->sql;
            r.down = "ALTER TABLE " + table + " DROP PRIMARY KEY";
        } else if (x->kind == "index") {
            r.up = x->sql;
            r.down = "DROP INDEX " + name +
                     (sql::capabilitiesOf(idOf(dialect)).dropIndexNeedsTable ? " ON " + table : std::string());
        } else if (x->kind == "column") {
            // Migrations create the column with the nearest Sequelize type; this converts it to the real one.
            const std::string column = quoted(x->name, dialect), type = declaredType(*x);
            const schema::Table *t = physical.table(x->table);
            const schema::Column *c = t ? t->column(x->name) : nullptr;
            const std::string nearest =
                c ? sql::makeDialect(sql::DialectId::Postgres)->renderType(c->type) : std::string("TEXT");
            r.up =
                "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + type + " USING " + column + "::" + type;
            r.down = "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + nearest + " USING " + column +
                     "::" + nearest;
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace sf::importer
