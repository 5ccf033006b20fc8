// SQLite planner: native statements where SQLite has them, the 12-step table rebuild otherwise
// (https://www.sqlite.org/lang_altertable.html#otheralter).
#include "core/ops/visit.h"
#include "core/sql/sqlite/sqlitedialect.h"

#include "core/ops/inverse.h"
#include "core/ops/replay.h"

#include <algorithm>

namespace sf::sql {

using schema::Column;
using schema::Table;

namespace {

void add(Plan &p, std::string sql, std::string reverse = {}, Statement::Phase phase = Statement::Phase::InTransaction,
         bool expectNoRows = false)
{
    Statement s;
    s.sql = std::move(sql);
    s.reverse = std::move(reverse);
    s.phase = phase;
    s.expectNoRows = expectNoRows;
    p.statements.push_back(std::move(s));
}

bool sameIgnoringCase(const std::string &a, const std::string &b)
{
    if (a == b || a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

bool contains(const std::vector<std::string> &v, const std::string &x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

std::string SqliteDialect::createTableSql(const Table &t, const std::string &asName) const
{
    std::string sql = "CREATE TABLE " + quoteIdentifier(asName) + " (";
    bool first = true;
    auto item = [&](const std::string &s) {
        sql += (first ? "" : ", ") + s;
        first = false;
    };
    bool inlinePk = false;
    for (const auto &c : t.columns) {
        item(columnDefinition(t, c));
        inlinePk = inlinePk || (c.autoIncrement && t.primaryKey.size() == 1 && t.primaryKey.front() == c.name);
    }
    if (!t.primaryKey.empty() && !inlinePk)
        item("PRIMARY KEY " + columnList(t.primaryKey));
    for (const auto &u : t.uniques)
        item(uniqueClause(u));
    for (const auto &fk : t.foreignKeys)
        item(foreignKeyClause(fk));
    return sql + ")";
}

std::string SqliteDialect::indexSql(const std::string &table, const schema::Index &ix) const
{
    return std::string("CREATE ") + (ix.unique ? "UNIQUE " : "") + "INDEX " + quoteIdentifier(ix.name) + " ON " +
           quoteIdentifier(table) + " " + columnList(ix.columns);
}

void SqliteDialect::rebuild(Plan &p, const Table &from, const Table &to,
                            const std::vector<std::pair<std::string, std::string>> &copy) const
{
    // Each step's reverse undoes just that step; the reverse of DROP TABLE is the rebuild back: the
    // old definition, its rows copied back from the new table, its indexes.
    const std::string tmp = rebuildName(to.name);
    add(p, "PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = ON", Statement::Phase::BeforeTransaction);
    add(p, createTableSql(to, tmp), "DROP TABLE " + quoteIdentifier(tmp));
    std::string cols, src;
    for (const auto &[newName, oldName] : copy) {
        cols += (cols.empty() ? "" : ", ") + quoteIdentifier(newName);
        src += (src.empty() ? "" : ", ") + quoteIdentifier(oldName);
    }
    if (!copy.empty())
        add(p,
            "INSERT INTO " + quoteIdentifier(tmp) + " (" + cols + ") SELECT " + src + " FROM " +
                quoteIdentifier(from.name),
            "DELETE FROM " + quoteIdentifier(tmp));
    std::string back = createTableSql(from, from.name);
    if (!copy.empty())
        back += ";\nINSERT INTO " + quoteIdentifier(from.name) + " (" + src + ") SELECT " + cols + " FROM " +
                quoteIdentifier(tmp);
    for (const auto &ix : from.indexes)
        back += ";\n" + indexSql(from.name, ix);
    add(p, "DROP TABLE " + quoteIdentifier(from.name), back);
    add(p, "ALTER TABLE " + quoteIdentifier(tmp) + " RENAME TO " + quoteIdentifier(to.name),
        "ALTER TABLE " + quoteIdentifier(to.name) + " RENAME TO " + quoteIdentifier(tmp));
    for (const auto &ix : to.indexes)
        add(p, indexSql(to.name, ix), "DROP INDEX " + quoteIdentifier(ix.name));
    // a check changes nothing: its reverse is the same check, on the way back
    add(p, "PRAGMA foreign_key_check", "PRAGMA foreign_key_check", Statement::Phase::InTransaction, true);
    add(p, "PRAGMA foreign_keys = ON", "PRAGMA foreign_keys = OFF", Statement::Phase::AfterTransaction);
}

std::string SqliteDialect::joinedPlan(const ops::Operation &op, const schema::Schema &before) const
{
    std::string r;
    for (const auto &s : plan(op, before).statements)
        r += (r.empty() ? "" : ";\n") + s.sql;
    return r;
}

void SqliteDialect::rebuildFor(Plan &p, const ops::Operation &op, const schema::Schema &before,
                               const std::string &table) const
{
    const Table &from = tableIn(before, table, op);
    // Replay against the table alone (plus the target of a new foreign key); planAll has already
    // checked the operation against the whole schema.
    schema::Schema after;
    after.tables.push_back(from);
    if (const auto *fk = std::get_if<ops::AddForeignKey>(&op); fk && fk->foreignKey.refTable != table)
        after.tables.push_back(tableIn(before, fk->foreignKey.refTable, op));
    ops::apply(after, op);
    const Table *t = after.table(table);
    if (!t)
        throw PlanError("cannot plan table rebuild of " + table + ": table gone after the operation");
    const Table &to = *t;
    std::vector<std::pair<std::string, std::string>> copy;
    for (const auto &c : to.columns)
        if (from.column(c.name))
            copy.emplace_back(c.name, c.name);
    rebuild(p, from, to, copy);
}

Plan SqliteDialect::planOperation(const ops::Operation &op, const schema::Schema &before) const
{
    Plan p;
    std::visit(
        [&](const auto &o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, ops::CreateTable>) {
                add(p, createTableSql(o.table, o.table.name), "DROP TABLE " + quoteIdentifier(o.table.name));
                for (const auto &ix : o.table.indexes)
                    add(p, indexSql(o.table.name, ix), "DROP INDEX " + quoteIdentifier(ix.name));
            } else if constexpr (std::is_same_v<T, ops::DropTable>) {
                const Table &t = tableIn(before, o.table.name, op);
                std::string back = createTableSql(t, t.name);
                for (const auto &ix : t.indexes)
                    back += ";\n" + indexSql(t.name, ix);
                add(p, "DROP TABLE " + quoteIdentifier(t.name), back);
            } else if constexpr (std::is_same_v<T, ops::RenameTable>) {
                tableIn(before, o.from, op);
                if (sameIgnoringCase(o.from, o.to)) {
                    // SQLite names are case-insensitive: a case-only rename goes through a temporary name
                    const std::string tmp = "_sf_tmp_" + o.to;
                    add(p, "ALTER TABLE " + quoteIdentifier(o.from) + " RENAME TO " + quoteIdentifier(tmp),
                        "ALTER TABLE " + quoteIdentifier(tmp) + " RENAME TO " + quoteIdentifier(o.from));
                    add(p, "ALTER TABLE " + quoteIdentifier(tmp) + " RENAME TO " + quoteIdentifier(o.to),
                        "ALTER TABLE " + quoteIdentifier(o.to) + " RENAME TO " + quoteIdentifier(tmp));
                    return;
                }
                add(p, "ALTER TABLE " + quoteIdentifier(o.from) + " RENAME TO " + quoteIdentifier(o.to),
                    "ALTER TABLE " + quoteIdentifier(o.to) + " RENAME TO " + quoteIdentifier(o.from));
            } else if constexpr (std::is_same_v<T, ops::AddColumn>) {
                const Table &t = tableIn(before, o.table, op);
                const auto &d = o.column.defaultValue;
                const bool literalDefault = d.isDatabaseDefault() && d.kind != design::DefaultValue::Kind::Sql;
                const bool native = o.primaryKeyPosition < 0 && !o.column.autoIncrement &&
                                    (o.column.nullable || literalDefault) &&
                                    !(d.kind == design::DefaultValue::Kind::Sql);
                if (native)
                    add(p, "ALTER TABLE " + quoteIdentifier(t.name) + " ADD COLUMN " + columnDefinition(t, o.column),
                        "ALTER TABLE " + quoteIdentifier(t.name) + " DROP COLUMN " + quoteIdentifier(o.column.name));
                else
                    rebuildFor(p, op, before, o.table);
            } else if constexpr (std::is_same_v<T, ops::RemoveColumn>) {
                const Table &t = tableIn(before, o.table, op);
                bool keyed = contains(t.primaryKey, o.column.name);
                for (const auto &fk : t.foreignKeys)
                    keyed = keyed || contains(fk.columns, o.column.name);
                for (const auto &u : t.uniques)
                    keyed = keyed || contains(u.columns, o.column.name);
                for (const auto &ix : t.indexes)
                    keyed = keyed || contains(ix.columns, o.column.name);
                for (const auto &other : before.tables)
                    for (const auto &fk : other.foreignKeys)
                        keyed = keyed || (fk.refTable == t.name && contains(fk.refColumns, o.column.name));
                if (!keyed) {
                    const Column *c = t.column(o.column.name);
                    std::string back;
                    if (c && (c->nullable || c->defaultValue.isDatabaseDefault())) {
                        back = "ALTER TABLE " + quoteIdentifier(t.name) + " ADD COLUMN " + columnDefinition(t, *c);
                    } else { // SQLite adds no NOT NULL column without a default: the rebuild back
                        schema::Schema after;
                        after.tables.push_back(t);
                        ops::apply(after, op);
                        back = joinedPlan(ops::inverse(op), after);
                    }
                    add(p, "ALTER TABLE " + quoteIdentifier(t.name) + " DROP COLUMN " + quoteIdentifier(o.column.name),
                        back);
                } else {
                    rebuildFor(p, op, before, o.table);
                }
            } else if constexpr (std::is_same_v<T, ops::RenameColumn>) {
                tableIn(before, o.table, op);
                if (sameIgnoringCase(o.from, o.to)) {
                    const std::string tmp = "_sf_tmp_" + o.to;
                    add(p,
                        "ALTER TABLE " + quoteIdentifier(o.table) + " RENAME COLUMN " + quoteIdentifier(o.from) +
                            " TO " + quoteIdentifier(tmp),
                        "ALTER TABLE " + quoteIdentifier(o.table) + " RENAME COLUMN " + quoteIdentifier(tmp) + " TO " +
                            quoteIdentifier(o.from));
                    add(p,
                        "ALTER TABLE " + quoteIdentifier(o.table) + " RENAME COLUMN " + quoteIdentifier(tmp) + " TO " +
                            quoteIdentifier(o.to),
                        "ALTER TABLE " + quoteIdentifier(o.table) + " RENAME COLUMN " + quoteIdentifier(o.to) + " TO " +
                            quoteIdentifier(tmp));
                    return;
                }
                add(p,
                    "ALTER TABLE " + quoteIdentifier(o.table) + " RENAME COLUMN " + quoteIdentifier(o.from) + " TO " +
                        quoteIdentifier(o.to),
                    "ALTER TABLE " + quoteIdentifier(o.table) + " RENAME COLUMN " + quoteIdentifier(o.to) + " TO " +
                        quoteIdentifier(o.from));
            } else if constexpr (std::is_same_v<T, ops::ChangeColumn>) {
                Column a = o.from, b = o.to;
                a.comment = b.comment = {}; // SQLite keeps no comments
                a.id = b.id = {};
                if (!(a == b))
                    rebuildFor(p, op, before, o.table);
            } else if constexpr (std::is_same_v<T, ops::AddIndex>) {
                add(p, indexSql(o.table, o.index), "DROP INDEX " + quoteIdentifier(o.index.name));
            } else if constexpr (std::is_same_v<T, ops::RemoveIndex>) {
                add(p, "DROP INDEX " + quoteIdentifier(o.index.name), indexSql(o.table, o.index));
            } else if constexpr (std::is_same_v<T, ops::AddForeignKey> || std::is_same_v<T, ops::RemoveForeignKey> ||
                                 std::is_same_v<T, ops::AddUnique> || std::is_same_v<T, ops::RemoveUnique>) {
                rebuildFor(p, op, before, o.table);
            } else if constexpr (std::is_same_v<T, ops::RawSql>) {
                // a raw object of this database or of any (another database's: nothing here)
                if (o.dialect.empty() || projectDialectFromName(o.dialect) == DialectId::Sqlite)
                    add(p, o.up, o.down);
            } else if constexpr (std::is_same_v<T, ops::ChangeTableComment>) {
                tableIn(before, o.table, op); // SQLite keeps no table comments: schema-only change
            } else if constexpr (std::is_same_v<T, ops::ReorderColumns>) {
                rebuildFor(p, op, before, o.table);
            } else {
                static_assert(ops::kUnhandledOperation<T>, "an operation type is not handled here");
            }
        },
        op);
    return p;
}

} // namespace sf::sql
