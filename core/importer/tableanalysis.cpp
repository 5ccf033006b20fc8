// Per-table import analysis: timestamps, implicit id, foreign keys, join tables.
#include "core/importer/tableanalysis.h"

#include "core/design/naming.h"
#include "core/importer/importnames.h"
#include "core/schema/lowering.h"

#include <algorithm>

namespace sf::importer {

namespace naming = design::naming;
using design::TypeKind;

namespace {

bool isImplicitId(const schema::Table &t)
{
    if (t.primaryKey != std::vector<std::string>{"id"})
        return false;
    const schema::Column *c = t.column("id");
    design::DataType integer;
    integer.kind = TypeKind::Integer;
    return c && c->type == integer && c->autoIncrement && !c->nullable && c->defaultValue.isNone() &&
           c->comment.empty();
}

bool hasTimestampPair(const schema::Table &t, bool underscored)
{
    const schema::Column *c = t.column(naming::createdAtColumn(underscored));
    const schema::Column *u = t.column(naming::updatedAtColumn(underscored));
    return c && u && TableAnalysis::isTimestampColumn(*c, false) && TableAnalysis::isTimestampColumn(*u, false);
}

bool inMultiColumnUnique(const schema::Table &t, const std::string &col)
{
    for (const auto &u : t.uniques)
        if (u.columns.size() > 1 && std::find(u.columns.begin(), u.columns.end(), col) != u.columns.end())
            return true;
    return false;
}

bool hasSingleUnique(const schema::Table &t, const std::string &col)
{
    for (const auto &u : t.uniques)
        if (u.columns == std::vector<std::string>{col})
            return true;
    return false;
}

// A column a foreign key may reference besides the primary key: a single-column unique key or index.
bool isUniqueColumn(const schema::Table &t, const std::string &col)
{
    if (hasSingleUnique(t, col))
        return true;
    for (const auto &ix : t.indexes)
        if (ix.unique && ix.columns == std::vector<std::string>{col})
            return true;
    return false;
}

// True when lowering's join table for (a, b) reproduces `t` exactly apart from payload columns.
bool isJoinTable(const TableAnalysis &j, const std::vector<TableAnalysis> &all,
                 const std::map<std::string, size_t> &byName, const std::set<std::string> &referenced,
                 int identifierLimit)
{
    const schema::Table &t = *j.table;
    if (t.primaryKey.size() != 2 || t.foreignKeys.size() != 2 || !t.indexes.empty() || !t.comment.empty() ||
        referenced.count(t.name))
        return false;
    const ForeignKeyPlan *plans[2] = {nullptr, nullptr};
    for (const auto &p : j.foreignKeys)
        for (int k = 0; k < 2; ++k)
            if (p.association && p.targetKey.empty() && p.fk->columns.front() == t.primaryKey[k])
                plans[k] = &p;
    if (!plans[0] || !plans[1])
        return false;
    if (plans[0]->fk->onDelete != plans[1]->fk->onDelete || plans[0]->fk->onUpdate != plans[1]->fk->onUpdate)
        return false;
    const TableAnalysis &source = all[byName.at(plans[0]->fk->refTable)];
    for (int k = 0; k < 2; ++k) {
        const TableAnalysis &ref = all[byName.at(plans[k]->fk->refTable)];
        const schema::Column *col = t.column(t.primaryKey[k]);
        const schema::Column *key = ref.table->column(ref.singleKey());
        if (!col || !key || col->type != key->type || col->nullable || col->autoIncrement ||
            !col->defaultValue.isNone() || !col->comment.empty())
            return false;
    }
    if (!hasTimestampPair(t, source.underscored))
        return false;
    for (int k = 0; k < 2; ++k) // a join table's keys always get derived names
        if (plans[k]->fk->name != schema::foreignKeyName(t.name, plans[k]->fk->columns.front(), identifierLimit))
            return false;
    for (const auto &u : t.uniques) // payload uniques only
        for (const auto &c : u.columns)
            if (c == t.primaryKey[0] || c == t.primaryKey[1])
                return false;
    return true;
}

} // namespace

std::string TableAnalysis::singleKey() const
{
    return table && table->primaryKey.size() == 1 ? table->primaryKey.front() : std::string();
}

bool TableAnalysis::isTimestampColumn(const schema::Column &c, bool nullable)
{
    design::DataType date;
    date.kind = TypeKind::Date;
    return c.type == date && c.nullable == nullable && !c.defaultValue.isDatabaseDefault() && !c.autoIncrement &&
           c.comment.empty();
}

std::vector<TableAnalysis> analyseTables(const std::vector<const schema::Table *> &tables, bool detectManyToMany,
                                         const std::set<std::string> &tablesWithExtras, int identifierLimit)
{
    std::vector<TableAnalysis> all;
    std::map<std::string, size_t> byName;
    ImportNames names;
    for (const schema::Table *t : tables) {
        TableAnalysis a;
        a.table = t;
        a.modelId = ImportNames::safeId("m-" + t->name);
        a.modelName = names.modelName(t->name);
        a.implicitId = isImplicitId(*t);
        if (a.implicitId)
            a.consumedColumns.insert("id");
        if (hasTimestampPair(*t, false)) {
            a.timestamps = true;
        } else if (hasTimestampPair(*t, true)) {
            a.timestamps = true;
            a.underscored = true;
        }
        if (a.timestamps) {
            a.consumedColumns.insert(naming::createdAtColumn(a.underscored));
            a.consumedColumns.insert(naming::updatedAtColumn(a.underscored));
            const schema::Column *d = t->column(naming::deletedAtColumn(a.underscored));
            if (d && TableAnalysis::isTimestampColumn(*d, true)) {
                a.paranoid = true;
                a.consumedColumns.insert(d->name);
            }
        }
        byName.emplace(t->name, all.size());
        all.push_back(std::move(a));
    }
    std::set<std::string> referenced;
    for (auto &a : all) {
        const schema::Table &t = *a.table;
        std::set<std::string> keyed;
        for (const auto &fk : t.foreignKeys) {
            referenced.insert(fk.refTable);
            ForeignKeyPlan p;
            p.fk = &fk;
            const auto ref = byName.find(fk.refTable);
            if (fk.columns.size() != 1)
                p.reason = "a composite foreign key has no Sequelize association";
            else if (ref == byName.end())
                p.reason = "it refers to table " + naming::quote(fk.refTable) + ", which is not imported";
            else if (fk.refColumns.size() != 1 || (fk.refColumns.front() != all[ref->second].singleKey() &&
                                                   !isUniqueColumn(*all[ref->second].table, fk.refColumns.front())))
                p.reason = "it refers to columns that are neither the primary key nor a unique column of " +
                           naming::quote(fk.refTable);
            else if (!t.column(fk.columns.front()))
                p.reason = "its column is missing";
            else if (keyed.count(fk.columns.front()))
                p.reason = "column " + naming::quote(fk.columns.front()) + " already has a foreign key";
            else
                p.association = true;
            if (p.association) {
                const std::string &col = fk.columns.front();
                keyed.insert(col);
                const schema::Column &c = *t.column(col);
                if (fk.refColumns.front() != all[ref->second].singleKey())
                    p.targetKey = fk.refColumns.front();
                const schema::Column *key = all[ref->second].table->column(fk.refColumns.front());
                p.oneToOne = hasSingleUnique(t, col);
                const bool inKey = std::find(t.primaryKey.begin(), t.primaryKey.end(), col) != t.primaryKey.end();
                // A column lowering makes anyway (implicit id, timestamps) merges with the key by name.
                p.keepAttribute = !a.consumedColumns.count(col) &&
                                  (!key || c.type != key->type || !c.defaultValue.isNone() || !c.comment.empty() ||
                                   c.autoIncrement || inKey || inMultiColumnUnique(t, col) ||
                                   // A self-reference keeps its key as an attribute: lowering then adds no
                                   // column to the table it is reading the referenced key from.
                                   fk.refTable == t.name);
            }
            a.foreignKeys.push_back(std::move(p));
        }
    }
    if (detectManyToMany)
        for (auto &a : all)
            a.join = !tablesWithExtras.count(a.table->name) && isJoinTable(a, all, byName, referenced, identifierLimit);
    for (auto &a : all)
        for (const auto &p : a.foreignKeys)
            if (p.association && !p.keepAttribute)
                a.consumedColumns.insert(p.fk->columns.front());
    return all;
}

} // namespace sf::importer
