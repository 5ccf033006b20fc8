// One-line descriptions, kind names and the table of each operation.
#include "core/ops/describe.h"

#include "core/ops/visit.h"

namespace sf::ops {

namespace {

std::string joined(const std::vector<std::string> &v)
{
    std::string r;
    for (size_t i = 0; i < v.size(); ++i)
        r += (i ? ", " : "") + v[i];
    return r;
}

} // namespace

std::string describe(const Operation &op)
{
    return std::visit(
        overloaded{
            [](const CreateTable &o) { return "create table " + o.table.name; },
            [](const DropTable &o) { return "drop table " + o.table.name; },
            [](const RenameTable &o) { return "rename table " + o.from + " -> " + o.to; },
            [](const AddColumn &o) { return "add column " + o.column.name + " to " + o.table; },
            [](const RemoveColumn &o) { return "remove column " + o.column.name + " from " + o.table; },
            [](const RenameColumn &o) { return "rename column " + o.from + " -> " + o.to + " in " + o.table; },
            [](const ChangeColumn &o) { return "change column " + o.to.name + " in " + o.table; },
            [](const AddIndex &o) {
                return "add " + std::string(o.index.unique ? "unique " : "") + "index " + o.index.name + " on " +
                       o.table + " (" + joined(o.index.columns) + ")";
            },
            [](const RemoveIndex &o) { return "remove index " + o.index.name + " from " + o.table; },
            [](const AddForeignKey &o) {
                return "add foreign key " + o.foreignKey.name + " on " + o.table + " (" + joined(o.foreignKey.columns) +
                       ") -> " + o.foreignKey.refTable;
            },
            [](const RemoveForeignKey &o) { return "remove foreign key " + o.foreignKey.name + " from " + o.table; },
            [](const AddUnique &o) {
                return "add unique " + o.unique.name + " on " + o.table + " (" + joined(o.unique.columns) + ")";
            },
            [](const RemoveUnique &o) { return "remove unique " + o.unique.name + " from " + o.table; },
            [](const RawSql &o) {
                std::string first = o.up.substr(0, o.up.find('\n'));
                if (first.size() > 60)
                    first = first.substr(0, 57) + "...";
                return "raw sql" + (o.dialect.empty() ? std::string() : " (" + o.dialect + ")") + ": " + first;
            },
            [](const ChangeTableComment &o) {
                return "change comment of table " + o.table + (o.to.empty() ? " (remove)" : "");
            },
            [](const ReorderColumns &o) { return "reorder columns of " + o.table + " (" + joined(o.to) + ")"; },
        },
        op);
}

const char *kindName(const Operation &op)
{
    static const char *const names[] = {"createTable",  "dropTable",     "renameTable",        "addColumn",
                                        "removeColumn", "renameColumn",  "changeColumn",       "addIndex",
                                        "removeIndex",  "addForeignKey", "removeForeignKey",   "addUnique",
                                        "removeUnique", "rawSql",        "changeTableComment", "reorderColumns"};
    static_assert(std::size(names) == std::variant_size_v<Operation>);
    return names[op.index()];
}

std::string tableOf(const Operation &op)
{
    return std::visit(
        overloaded{
            [](const CreateTable &o) { return o.table.name; },
            [](const DropTable &o) { return o.table.name; },
            [](const RenameTable &o) { return o.from; },
            [](const RawSql &) { return std::string(); },
            [](const OneOf<AddColumn, RemoveColumn, RenameColumn, ChangeColumn, AddIndex, RemoveIndex, AddForeignKey,
                           RemoveForeignKey, AddUnique, RemoveUnique, ChangeTableComment, ReorderColumns> auto &o) {
                return o.table;
            },
        },
        op);
}

} // namespace sf::ops
