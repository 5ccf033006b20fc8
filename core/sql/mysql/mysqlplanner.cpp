// MySQL / MariaDB planner: one statement per operation wherever possible, each with its reverse,
// because MySQL commits DDL implicitly and the executor may have to undo what ran.
#include "core/ops/visit.h"
#include "core/sql/mysql/mysqldialect.h"

#include <algorithm>

namespace sf::sql {

using schema::Column;
using schema::Table;

namespace {

void add(Plan &p, std::string sql, std::string reverse = {})
{
    Statement s;
    s.sql = std::move(sql);
    s.reverse = std::move(reverse);
    p.statements.push_back(std::move(s));
}

bool startsWith(const std::vector<std::string> &cols, const std::vector<std::string> &prefix)
{
    return !prefix.empty() && cols.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), cols.begin());
}

} // namespace

bool MysqlDialect::hasImplicitIndex(const Table &t, const schema::ForeignKey &fk)
{
    // InnoDB needs an index whose leading columns are the key's; when none exists it creates one
    // named after the constraint (and DROP FOREIGN KEY leaves it behind).
    if (startsWith(t.primaryKey, fk.columns))
        return false;
    for (const auto &u : t.uniques)
        if (startsWith(u.columns, fk.columns))
            return false;
    for (const auto &ix : t.indexes)
        if (startsWith(ix.columns, fk.columns))
            return false;
    for (const auto &other : t.foreignKeys)
        if (other.name != fk.name && other.columns != fk.columns && startsWith(other.columns, fk.columns))
            return false;
    return true;
}

std::string MysqlDialect::createTableSql(const Table &t) const
{
    std::string sql = "CREATE TABLE " + quoteIdentifier(t.name) + " (";
    bool first = true;
    auto item = [&](const std::string &s) {
        sql += (first ? "" : ", ") + s;
        first = false;
    };
    for (const auto &c : t.columns)
        item(columnDefinition(c));
    if (!t.primaryKey.empty())
        item("PRIMARY KEY " + columnList(t.primaryKey));
    for (const auto &u : t.uniques)
        item(uniqueClause(u));
    for (const auto &fk : t.foreignKeys)
        item(foreignKeyClause(fk));
    sql += ") ENGINE=InnoDB";
    if (!t.charset.empty())
        sql += " DEFAULT CHARSET=" + quoteLiteral(t.charset);
    if (!t.collation.empty())
        sql += " COLLATE=" + quoteLiteral(t.collation);
    if (!t.comment.empty())
        sql += " COMMENT=" + quoteLiteral(t.comment);
    return sql;
}

std::string MysqlDialect::indexSql(const std::string &table, const schema::Index &ix) const
{
    return "ALTER TABLE " + quoteIdentifier(table) + " ADD " + (ix.unique ? "UNIQUE " : "") + "INDEX " +
           quoteIdentifier(ix.name) + " " + columnList(ix.columns);
}

void MysqlDialect::reorder(Plan &p, const Table &t, const std::vector<std::string> &to) const
{
    // One MODIFY ... FIRST / AFTER per column out of place, left to right; each reverse puts the
    // column back after its old neighbour.
    std::vector<std::string> cur;
    for (const auto &c : t.columns)
        cur.push_back(c.name);
    auto where = [&](size_t i) { return i == 0 ? std::string(" FIRST") : " AFTER " + quoteIdentifier(cur[i - 1]); };
    for (size_t i = 0; i < to.size() && i < cur.size(); ++i) {
        if (cur[i] == to[i])
            continue;
        const auto at = std::find(cur.begin(), cur.end(), to[i]);
        if (at == cur.end())
            throw PlanError("cannot reorder columns of " + t.name + ": no column " + to[i]);
        const size_t from = static_cast<size_t>(at - cur.begin());
        const std::string modify =
            "ALTER TABLE " + quoteIdentifier(t.name) + " MODIFY " + columnDefinition(*t.column(to[i]));
        const std::string back = modify + where(from);
        cur.erase(at);
        cur.insert(cur.begin() + static_cast<long>(i), to[i]);
        add(p, modify + where(i), back);
    }
}

std::string MysqlDialect::placement(const Table &t, int position) const
{
    if (position < 0 || position >= static_cast<int>(t.columns.size()))
        return {};
    if (position == 0)
        return " FIRST";
    return " AFTER " + quoteIdentifier(t.columns[static_cast<size_t>(position - 1)].name);
}

Plan MysqlDialect::planOperation(const ops::Operation &op, const schema::Schema &before) const
{
    Plan p;
    auto alter = [&](const std::string &table) { return "ALTER TABLE " + quoteIdentifier(table); };
    std::visit(
        [&](const auto &o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, ops::CreateTable>) {
                add(p, createTableSql(o.table), "DROP TABLE " + quoteIdentifier(o.table.name));
                for (const auto &ix : o.table.indexes)
                    add(p, indexSql(o.table.name, ix),
                        "DROP INDEX " + quoteIdentifier(ix.name) + " ON " + quoteIdentifier(o.table.name));
            } else if constexpr (std::is_same_v<T, ops::DropTable>) {
                const Table &t = tableIn(before, o.table.name, op);
                std::string back = createTableSql(t);
                for (const auto &ix : t.indexes)
                    back += ";\n" + indexSql(t.name, ix);
                add(p, "DROP TABLE " + quoteIdentifier(t.name), back);
            } else if constexpr (std::is_same_v<T, ops::RenameTable>) {
                tableIn(before, o.from, op);
                add(p, alter(o.from) + " RENAME TO " + quoteIdentifier(o.to),
                    alter(o.to) + " RENAME TO " + quoteIdentifier(o.from));
            } else if constexpr (std::is_same_v<T, ops::AddColumn>) {
                const Table &t = tableIn(before, o.table, op);
                std::string sql = alter(o.table) + " ADD " + columnDefinition(o.column) + placement(t, o.position);
                std::string rev = alter(o.table);
                if (o.primaryKeyPosition >= 0) {
                    auto pk = t.primaryKey;
                    pk.insert(pk.begin() + std::min<long>(o.primaryKeyPosition, static_cast<long>(pk.size())),
                              o.column.name);
                    sql += std::string(t.primaryKey.empty() ? "" : ", DROP PRIMARY KEY") + ", ADD PRIMARY KEY " +
                           columnList(pk);
                    rev += " DROP PRIMARY KEY, DROP COLUMN " + quoteIdentifier(o.column.name);
                    if (!t.primaryKey.empty())
                        rev += ", ADD PRIMARY KEY " + columnList(t.primaryKey);
                } else {
                    rev += " DROP COLUMN " + quoteIdentifier(o.column.name);
                }
                add(p, sql, rev);
            } else if constexpr (std::is_same_v<T, ops::RemoveColumn>) {
                const Table &t = tableIn(before, o.table, op);
                const bool inPk =
                    std::find(t.primaryKey.begin(), t.primaryKey.end(), o.column.name) != t.primaryKey.end();
                std::string sql = alter(o.table);
                if (inPk) {
                    auto pk = t.primaryKey;
                    pk.erase(std::remove(pk.begin(), pk.end(), o.column.name), pk.end());
                    sql += " DROP PRIMARY KEY, DROP COLUMN " + quoteIdentifier(o.column.name);
                    if (!pk.empty())
                        sql += ", ADD PRIMARY KEY " + columnList(pk);
                } else {
                    sql += " DROP COLUMN " + quoteIdentifier(o.column.name);
                }
                const Column *c = t.column(o.column.name);
                int pos = -1;
                for (size_t i = 0; i < t.columns.size(); ++i)
                    if (t.columns[i].name == o.column.name)
                        pos = static_cast<int>(i);
                std::string rev = alter(o.table) + " ADD " + columnDefinition(c ? *c : o.column);
                if (pos >= 0 && pos + 1 < static_cast<int>(t.columns.size()))
                    rev +=
                        pos == 0 ? " FIRST" : " AFTER " + quoteIdentifier(t.columns[static_cast<size_t>(pos - 1)].name);
                if (inPk)
                    rev += std::string(t.primaryKey.size() > 1 ? ", DROP PRIMARY KEY" : "") + ", ADD PRIMARY KEY " +
                           columnList(t.primaryKey);
                add(p, sql, rev);
            } else if constexpr (std::is_same_v<T, ops::RenameColumn>) {
                tableIn(before, o.table, op);
                add(p, alter(o.table) + " RENAME COLUMN " + quoteIdentifier(o.from) + " TO " + quoteIdentifier(o.to),
                    alter(o.table) + " RENAME COLUMN " + quoteIdentifier(o.to) + " TO " + quoteIdentifier(o.from));
            } else if constexpr (std::is_same_v<T, ops::ChangeColumn>) {
                tableIn(before, o.table, op);
                add(p, alter(o.table) + " MODIFY " + columnDefinition(o.to),
                    alter(o.table) + " MODIFY " + columnDefinition(o.from));
            } else if constexpr (std::is_same_v<T, ops::AddIndex>) {
                add(p, indexSql(o.table, o.index),
                    "DROP INDEX " + quoteIdentifier(o.index.name) + " ON " + quoteIdentifier(o.table));
            } else if constexpr (std::is_same_v<T, ops::RemoveIndex>) {
                add(p, "DROP INDEX " + quoteIdentifier(o.index.name) + " ON " + quoteIdentifier(o.table),
                    indexSql(o.table, o.index));
            } else if constexpr (std::is_same_v<T, ops::AddForeignKey>) {
                Table t = tableIn(before, o.table, op);
                t.foreignKeys.push_back(o.foreignKey);
                const std::string dropIndex =
                    ";\nDROP INDEX " + quoteIdentifier(o.foreignKey.name) + " ON " + quoteIdentifier(o.table);
                add(p, alter(o.table) + " ADD " + foreignKeyClause(o.foreignKey),
                    alter(o.table) + " DROP FOREIGN KEY " + quoteIdentifier(o.foreignKey.name) +
                        (hasImplicitIndex(t, o.foreignKey) ? dropIndex : ""));
            } else if constexpr (std::is_same_v<T, ops::RemoveForeignKey>) {
                const Table &t = tableIn(before, o.table, op);
                add(p, alter(o.table) + " DROP FOREIGN KEY " + quoteIdentifier(o.foreignKey.name),
                    alter(o.table) + " ADD " + foreignKeyClause(o.foreignKey));
                if (hasImplicitIndex(t, o.foreignKey)) // so that a later ADD recreates the same catalogue
                    add(p, "DROP INDEX " + quoteIdentifier(o.foreignKey.name) + " ON " + quoteIdentifier(o.table),
                        indexSql(o.table, {{}, o.foreignKey.name, o.foreignKey.columns, false}));
            } else if constexpr (std::is_same_v<T, ops::AddUnique>) {
                add(p, alter(o.table) + " ADD " + uniqueClause(o.unique),
                    alter(o.table) + " DROP INDEX " + quoteIdentifier(o.unique.name));
            } else if constexpr (std::is_same_v<T, ops::RemoveUnique>) {
                add(p, alter(o.table) + " DROP INDEX " + quoteIdentifier(o.unique.name),
                    alter(o.table) + " ADD " + uniqueClause(o.unique));
            } else if constexpr (std::is_same_v<T, ops::RawSql>) {
                // a raw object of this database or of any (another database's: nothing here)
                if (o.dialect.empty() || projectDialectFromName(o.dialect) == DialectId::MySql)
                    add(p, o.up, o.down);
            } else if constexpr (std::is_same_v<T, ops::ChangeTableComment>) {
                tableIn(before, o.table, op);
                add(p, alter(o.table) + " COMMENT = " + quoteLiteral(o.to),
                    alter(o.table) + " COMMENT = " + quoteLiteral(o.from));
            } else if constexpr (std::is_same_v<T, ops::ReorderColumns>) {
                reorder(p, tableIn(before, o.table, op), o.to);
            } else {
                static_assert(ops::kUnhandledOperation<T>, "an operation type is not handled here");
            }
        },
        op);
    return p;
}

} // namespace sf::sql
