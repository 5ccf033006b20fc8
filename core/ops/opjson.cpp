// JSON form of operations: { "op": "addColumn", "table": "Posts", "column": { ... } }.
#include "core/ops/opjson.h"
#include "core/ops/visit.h"

#include "core/ops/describe.h"
#include "core/ops/jsonfields.h"

#include <algorithm>

namespace sf::ops {

using namespace detail;

json toJson(const Operation &op)
{
    json j;
    j["op"] = kindName(op);
    std::visit(
        [&](const auto &o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, CreateTable> || std::is_same_v<T, DropTable>) {
                j["table"] = toJson(o.table);
            } else if constexpr (std::is_same_v<T, RenameTable>) {
                j["from"] = o.from;
                j["to"] = o.to;
            } else if constexpr (std::is_same_v<T, AddColumn> || std::is_same_v<T, RemoveColumn>) {
                j["table"] = o.table;
                j["column"] = toJson(o.column);
                if (o.position >= 0)
                    j["position"] = o.position;
                if (o.primaryKeyPosition >= 0)
                    j["primaryKeyPosition"] = o.primaryKeyPosition;
            } else if constexpr (std::is_same_v<T, RenameColumn>) {
                j["table"] = o.table;
                j["from"] = o.from;
                j["to"] = o.to;
            } else if constexpr (std::is_same_v<T, ChangeColumn>) {
                j["table"] = o.table;
                j["from"] = toJson(o.from);
                j["to"] = toJson(o.to);
            } else if constexpr (std::is_same_v<T, AddIndex> || std::is_same_v<T, RemoveIndex>) {
                j["table"] = o.table;
                j["index"] = toJson(o.index);
            } else if constexpr (std::is_same_v<T, AddForeignKey> || std::is_same_v<T, RemoveForeignKey>) {
                j["table"] = o.table;
                j["foreignKey"] = toJson(o.foreignKey);
            } else if constexpr (std::is_same_v<T, AddUnique> || std::is_same_v<T, RemoveUnique>) {
                j["table"] = o.table;
                j["unique"] = toJson(o.unique);
            } else if constexpr (std::is_same_v<T, RawSql>) {
                j["up"] = o.up;
                j["down"] = o.down;
                if (!o.object.empty())
                    j["object"] = o.object;
                if (!o.dialect.empty())
                    j["dialect"] = o.dialect;
            } else if constexpr (std::is_same_v<T, ChangeTableComment>) {
                j["table"] = o.table;
                j["from"] = o.from;
                j["to"] = o.to;
            } else if constexpr (std::is_same_v<T, ReorderColumns>) {
                j["table"] = o.table;
                j["from"] = o.from;
                j["to"] = o.to;
            } else {
                static_assert(kUnhandledOperation<T>, "an operation type is not handled here");
            }
        },
        op);
    return j;
}

Operation operationFromJson(const json &j, const std::string &path)
{
    if (!j.is_object())
        fail(path, "expected an object");
    const std::string kind = str(j, path, "op");
    const std::string p = path + " (" + kind + ")";
    if (kind == "createTable" || kind == "dropTable") {
        checkKeys(j, p, {"op", "table"});
        auto t = tableFromJson(member(j, p, "table"), path + ".table");
        return kind == "createTable" ? Operation(CreateTable{t}) : Operation(DropTable{t});
    }
    if (kind == "renameTable") {
        checkKeys(j, p, {"op", "from", "to"});
        return RenameTable{str(j, p, "from"), str(j, p, "to")};
    }
    if (kind == "addColumn" || kind == "removeColumn") {
        checkKeys(j, p, {"op", "table", "column", "position", "primaryKeyPosition"});
        const auto table = str(j, p, "table");
        const auto col = columnFromJson(member(j, p, "column"), path + ".column");
        const int pos = optInt(j, p, "position", -1);
        const int pk = optInt(j, p, "primaryKeyPosition", -1);
        if (kind == "addColumn")
            return AddColumn{table, col, pos, pk};
        return RemoveColumn{table, col, pos, pk};
    }
    if (kind == "renameColumn") {
        checkKeys(j, p, {"op", "table", "from", "to"});
        return RenameColumn{str(j, p, "table"), str(j, p, "from"), str(j, p, "to")};
    }
    if (kind == "changeColumn") {
        checkKeys(j, p, {"op", "table", "from", "to"});
        ChangeColumn c{str(j, p, "table"), columnFromJson(member(j, p, "from"), path + ".from"),
                       columnFromJson(member(j, p, "to"), path + ".to")};
        if (c.from.name != c.to.name)
            fail(p, "from.name and to.name differ; a rename is a renameColumn");
        return c;
    }
    if (kind == "addIndex" || kind == "removeIndex") {
        checkKeys(j, p, {"op", "table", "index"});
        const auto table = str(j, p, "table");
        auto ix = indexFromJson(member(j, p, "index"), path + ".index");
        return kind == "addIndex" ? Operation(AddIndex{table, ix}) : Operation(RemoveIndex{table, ix});
    }
    if (kind == "addForeignKey" || kind == "removeForeignKey") {
        checkKeys(j, p, {"op", "table", "foreignKey"});
        const auto table = str(j, p, "table");
        auto fk = fkFromJson(member(j, p, "foreignKey"), path + ".foreignKey");
        return kind == "addForeignKey" ? Operation(AddForeignKey{table, fk}) : Operation(RemoveForeignKey{table, fk});
    }
    if (kind == "addUnique" || kind == "removeUnique") {
        checkKeys(j, p, {"op", "table", "unique"});
        const auto table = str(j, p, "table");
        auto u = uniqueFromJson(member(j, p, "unique"), path + ".unique");
        return kind == "addUnique" ? Operation(AddUnique{table, u}) : Operation(RemoveUnique{table, u});
    }
    if (kind == "rawSql") {
        checkKeys(j, p, {"op", "up", "down", "object", "dialect"});
        return RawSql{str(j, p, "up"), optStr(j, p, "down"), optStr(j, p, "object"), optStr(j, p, "dialect")};
    }
    if (kind == "changeTableComment") {
        checkKeys(j, p, {"op", "table", "from", "to"});
        return ChangeTableComment{str(j, p, "table"), optStr(j, p, "from"), optStr(j, p, "to")};
    }
    if (kind == "reorderColumns") {
        checkKeys(j, p, {"op", "table", "from", "to"});
        ReorderColumns r{str(j, p, "table"), strList(j, p, "from"), strList(j, p, "to")};
        auto a = r.from, b = r.to;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a != b || std::adjacent_find(a.begin(), a.end()) != a.end())
            fail(p, "from and to must name the same columns, each once");
        return r;
    }
    fail(path + ".op", "unknown operation \"" + kind +
                           "\"; expected createTable, dropTable, renameTable, addColumn, removeColumn, "
                           "renameColumn, changeColumn, addIndex, removeIndex, addForeignKey, "
                           "removeForeignKey, addUnique, removeUnique, rawSql, changeTableComment or "
                           "reorderColumns");
}

} // namespace sf::ops
