// Replay of operations onto a physical schema.
#include "core/ops/replay.h"
#include "core/ops/visit.h"

#include "core/ops/describe.h"

#include <algorithm>

namespace sf::ops {

namespace {

using schema::Column;
using schema::RawObject;
using schema::Schema;
using schema::Table;

[[noreturn]] void fail(const Operation &op, const std::string &why)
{
    throw ReplayError("cannot " + describe(op) + ": " + why);
}

Table *findTable(Schema &s, const std::string &name)
{
    for (auto &t : s.tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

Table &needTable(Schema &s, const std::string &name, const Operation &op)
{
    Table *t = findTable(s, name);
    if (!t)
        fail(op, "table " + name + " does not exist");
    return *t;
}

int columnIndex(const Table &t, const std::string &name)
{
    for (size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].name == name)
            return static_cast<int>(i);
    return -1;
}

void needColumns(const Table &t, const std::vector<std::string> &cols, const Operation &op)
{
    for (const auto &c : cols)
        if (columnIndex(t, c) < 0)
            fail(op, "column " + c + " does not exist in " + t.name);
}

template <typename Vec> auto findNamed(Vec &v, const std::string &name) -> decltype(v.begin())
{
    return std::find_if(v.begin(), v.end(), [&](const auto &x) { return x.name == name; });
}

void renameIn(std::vector<std::string> &v, const std::string &from, const std::string &to)
{
    for (auto &x : v)
        if (x == from)
            x = to;
}

bool mentions(const std::vector<std::string> &v, const std::string &c)
{
    return std::find(v.begin(), v.end(), c) != v.end();
}

void applyImpl(Schema &s, const Operation &op)
{
    std::visit(
        [&](const auto &o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, CreateTable>) {
                if (findTable(s, o.table.name))
                    fail(op, "table " + o.table.name + " already exists");
                s.tables.push_back(o.table);
            } else if constexpr (std::is_same_v<T, DropTable>) {
                auto it = findNamed(s.tables, o.table.name);
                if (it == s.tables.end())
                    fail(op, "table " + o.table.name + " does not exist");
                for (const auto &t : s.tables)
                    if (t.name != o.table.name)
                        for (const auto &fk : t.foreignKeys)
                            if (fk.refTable == o.table.name)
                                fail(op, "foreign key " + fk.name + " of " + t.name + " still references it");
                s.tables.erase(it);
            } else if constexpr (std::is_same_v<T, RenameTable>) {
                Table &t = needTable(s, o.from, op);
                if (o.from != o.to && findTable(s, o.to))
                    fail(op, "table " + o.to + " already exists");
                t.name = o.to;
                for (auto &other : s.tables)
                    for (auto &fk : other.foreignKeys)
                        if (fk.refTable == o.from)
                            fk.refTable = o.to;
            } else if constexpr (std::is_same_v<T, AddColumn>) {
                Table &t = needTable(s, o.table, op);
                if (columnIndex(t, o.column.name) >= 0)
                    fail(op, "column " + o.column.name + " already exists in " + o.table);
                const int n = static_cast<int>(t.columns.size());
                const int pos = (o.position < 0 || o.position > n) ? n : o.position;
                t.columns.insert(t.columns.begin() + pos, o.column);
                if (o.primaryKeyPosition >= 0) {
                    const int pn = static_cast<int>(t.primaryKey.size());
                    const int pp = std::min(o.primaryKeyPosition, pn);
                    t.primaryKey.insert(t.primaryKey.begin() + pp, o.column.name);
                }
            } else if constexpr (std::is_same_v<T, RemoveColumn>) {
                Table &t = needTable(s, o.table, op);
                const int i = columnIndex(t, o.column.name);
                if (i < 0)
                    fail(op, "column " + o.column.name + " does not exist in " + o.table);
                for (const auto &fk : t.foreignKeys)
                    if (mentions(fk.columns, o.column.name))
                        fail(op, "foreign key " + fk.name + " still uses it");
                for (const auto &u : t.uniques)
                    if (mentions(u.columns, o.column.name))
                        fail(op, "unique constraint " + u.name + " still uses it");
                for (const auto &ix : t.indexes)
                    if (mentions(ix.columns, o.column.name))
                        fail(op, "index " + ix.name + " still uses it");
                for (const auto &other : s.tables)
                    for (const auto &fk : other.foreignKeys)
                        if (fk.refTable == o.table && mentions(fk.refColumns, o.column.name))
                            fail(op, "foreign key " + fk.name + " of " + other.name + " references it");
                t.columns.erase(t.columns.begin() + i);
                t.primaryKey.erase(std::remove(t.primaryKey.begin(), t.primaryKey.end(), o.column.name),
                                   t.primaryKey.end());
            } else if constexpr (std::is_same_v<T, RenameColumn>) {
                Table &t = needTable(s, o.table, op);
                const int i = columnIndex(t, o.from);
                if (i < 0)
                    fail(op, "column " + o.from + " does not exist in " + o.table);
                if (o.from != o.to && columnIndex(t, o.to) >= 0)
                    fail(op, "column " + o.to + " already exists in " + o.table);
                t.columns[static_cast<size_t>(i)].name = o.to;
                renameIn(t.primaryKey, o.from, o.to);
                for (auto &fk : t.foreignKeys)
                    renameIn(fk.columns, o.from, o.to);
                for (auto &u : t.uniques)
                    renameIn(u.columns, o.from, o.to);
                for (auto &ix : t.indexes)
                    renameIn(ix.columns, o.from, o.to);
                for (auto &other : s.tables)
                    for (auto &fk : other.foreignKeys)
                        if (fk.refTable == o.table)
                            renameIn(fk.refColumns, o.from, o.to);
            } else if constexpr (std::is_same_v<T, ChangeColumn>) {
                Table &t = needTable(s, o.table, op);
                const int i = columnIndex(t, o.from.name);
                if (i < 0)
                    fail(op, "column " + o.from.name + " does not exist in " + o.table);
                if (o.to.name != o.from.name)
                    fail(op, "changeColumn cannot rename (use renameColumn)");
                t.columns[static_cast<size_t>(i)] = o.to;
            } else if constexpr (std::is_same_v<T, AddIndex>) {
                Table &t = needTable(s, o.table, op);
                for (const auto &other : s.tables)
                    for (const auto &ix : other.indexes)
                        if (ix.name == o.index.name)
                            fail(op, "index " + o.index.name + " already exists on " + other.name);
                needColumns(t, o.index.columns, op);
                t.indexes.push_back(o.index);
            } else if constexpr (std::is_same_v<T, RemoveIndex>) {
                Table &t = needTable(s, o.table, op);
                auto it = findNamed(t.indexes, o.index.name);
                if (it == t.indexes.end())
                    fail(op, "index " + o.index.name + " does not exist on " + o.table);
                t.indexes.erase(it);
            } else if constexpr (std::is_same_v<T, AddForeignKey>) {
                Table &t = needTable(s, o.table, op);
                if (findNamed(t.foreignKeys, o.foreignKey.name) != t.foreignKeys.end())
                    fail(op, "foreign key " + o.foreignKey.name + " already exists on " + o.table);
                needColumns(t, o.foreignKey.columns, op);
                const Table &ref = needTable(s, o.foreignKey.refTable, op);
                needColumns(ref, o.foreignKey.refColumns, op);
                t.foreignKeys.push_back(o.foreignKey);
            } else if constexpr (std::is_same_v<T, RemoveForeignKey>) {
                Table &t = needTable(s, o.table, op);
                auto it = findNamed(t.foreignKeys, o.foreignKey.name);
                if (it == t.foreignKeys.end())
                    fail(op, "foreign key " + o.foreignKey.name + " does not exist on " + o.table);
                t.foreignKeys.erase(it);
            } else if constexpr (std::is_same_v<T, AddUnique>) {
                Table &t = needTable(s, o.table, op);
                if (findNamed(t.uniques, o.unique.name) != t.uniques.end())
                    fail(op, "unique constraint " + o.unique.name + " already exists on " + o.table);
                needColumns(t, o.unique.columns, op);
                t.uniques.push_back(o.unique);
            } else if constexpr (std::is_same_v<T, RemoveUnique>) {
                Table &t = needTable(s, o.table, op);
                auto it = findNamed(t.uniques, o.unique.name);
                if (it == t.uniques.end())
                    fail(op, "unique constraint " + o.unique.name + " does not exist on " + o.table);
                t.uniques.erase(it);
            } else if constexpr (std::is_same_v<T, RawSql>) {
                // Opaque to the tables; a design's raw object is added when absent, removed when present.
                if (!o.object.empty()) {
                    auto &raws = s.rawObjects;
                    const auto it =
                        std::find_if(raws.begin(), raws.end(), [&](const RawObject &r) { return r.id == o.object; });
                    if (it == raws.end())
                        raws.push_back({o.object, o.dialect, o.up, o.down});
                    else
                        raws.erase(it);
                }
            } else if constexpr (std::is_same_v<T, ChangeTableComment>) {
                needTable(s, o.table, op).comment = o.to;
            } else if constexpr (std::is_same_v<T, ReorderColumns>) {
                Table &t = needTable(s, o.table, op);
                std::vector<Column> cols;
                for (const auto &name : o.to) {
                    const int i = columnIndex(t, name);
                    if (i < 0)
                        fail(op, "column " + name + " does not exist in " + o.table);
                    cols.push_back(t.columns[static_cast<size_t>(i)]);
                }
                std::vector<std::string> a = o.to;
                std::sort(a.begin(), a.end());
                if (cols.size() != t.columns.size() || std::adjacent_find(a.begin(), a.end()) != a.end())
                    fail(op, "the new order must name every column of " + o.table + " once");
                t.columns = std::move(cols);
            } else {
                static_assert(kUnhandledOperation<T>, "an operation type is not handled here");
            }
        },
        op);
}

} // namespace

void apply(Schema &s, const Operation &op)
{
    // Every check above runs before the first mutation of each branch, so a throw leaves s unchanged.
    applyImpl(s, op);
}

std::string tryApply(Schema &s, const Operation &op)
{
    try {
        apply(s, op);
    } catch (const ReplayError &e) {
        return e.what();
    }
    return {};
}

} // namespace sf::ops
