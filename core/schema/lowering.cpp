// Lowering: design -> physical schema, following Sequelize 6 sync() (checked against the real sync() by
// interop_tst_sequelize_cli).
#include "core/schema/lowering.h"

#include "core/design/naming.h"
#include "core/sql/dialect.h"

#include <map>
#include <optional>
#include <unordered_map>

namespace sf::schema {

namespace naming = design::naming;
using design::Association;
using design::AssociationKind;
using design::Attribute;
using design::DataType;
using design::Model;
using design::TypeKind;

namespace {

// Model id -> index of its table (tables are created in model order, so the indices agree).
using TableIndex = std::unordered_map<std::string, size_t>;

Table *tableFor(Schema &s, const TableIndex &ix, const std::string &modelId)
{
    auto it = ix.find(modelId);
    return it == ix.end() ? nullptr : &s.tables[it->second];
}

std::string joined(const std::vector<std::string> &cols)
{
    std::string s;
    for (const auto &c : cols)
        s += (s.empty() ? "" : "_") + c;
    return s;
}

Column columnFor(const Attribute &a)
{
    Column c;
    c.id = a.id;
    c.name = a.columnName();
    c.type = a.type;
    c.nullable = a.isNullable();
    c.defaultValue = a.defaultValue;
    c.autoIncrement = a.isAutoIncrement();
    c.comment = a.comment.value_or("");
    c.charset = a.charset.value_or("");
    c.collation = a.collate.value_or("");
    return c;
}

Column timestampColumn(const std::string &id, const std::string &name, bool nullable)
{
    Column c;
    c.id = id;
    c.name = name;
    c.type = DataType{};
    c.type.kind = TypeKind::Date;
    c.nullable = nullable;
    return c;
}

// Adds uniques for attributes with unique:true (one each) or a group name (one per group).
void addAttributeUniques(Table &t, const std::string &ownerId, const std::vector<Attribute> &attrs, int limit)
{
    std::vector<std::string> groupOrder;
    std::map<std::string, std::vector<std::string>> groups;
    for (const auto &a : attrs) {
        if (!a.unique)
            continue;
        if (*a.unique == "true") {
            t.uniques.push_back({a.id + "/unique", uniqueName(t.name, {a.columnName()}, limit), {a.columnName()}});
        } else {
            if (!groups.count(*a.unique))
                groupOrder.push_back(*a.unique);
            groups[*a.unique].push_back(a.columnName());
        }
    }
    for (const auto &g : groupOrder)
        t.uniques.push_back({ownerId + "/unique/" + g, uniqueName(t.name, groups[g], limit), groups[g]});
}

// The primary-key column an association's foreign key refers to (the first key column).
const Column *referencedKey(const Table &t)
{
    if (t.primaryKey.empty())
        return nullptr;
    return t.column(t.primaryKey.front());
}

Column foreignKeyColumn(const std::string &id, const std::string &name, const Column *ref, bool nullable)
{
    Column c;
    c.id = id;
    c.name = name;
    if (ref)
        c.type = ref->type;
    else
        c.type.kind = TypeKind::Integer;
    c.nullable = nullable;
    return c;
}

void lowerDirect(Schema &s, const TableIndex &ix, const Association &a, const Model &src, const Model &tgt, int limit)
{
    const Table *srcTable = tableFor(s, ix, src.id);
    Table *t = tableFor(s, ix, tgt.id);
    if (!srcTable || !t)
        return;
    // A copy, not a pointer: for a self-association srcTable == t, and adding the key column below
    // reallocates the very column vector the referenced key lives in.
    const Column *refKey = a.targetKey ? srcTable->column(*a.targetKey) : referencedKey(*srcTable);
    const std::optional<Column> refCopy = refKey ? std::optional<Column>(*refKey) : std::nullopt;
    const Column *ref = refCopy ? &*refCopy : nullptr;
    const std::string col = a.foreignKey.value_or(naming::foreignKeyFor(src, tgt.isUnderscored()));
    const bool nullable = a.allowNull.value_or(true);
    if (!t->column(col)) // an attribute of the same name becomes the foreign key (Sequelize merges them)
        t->columns.push_back(foreignKeyColumn(a.id + "/fk", col, ref, nullable));
    const bool colNullable = t->column(col)->nullable;
    ForeignKey fk;
    fk.id = a.id + "/fkey";
    fk.name = a.constraintName ? *a.constraintName : foreignKeyName(t->name, col, limit);
    fk.columns = {col};
    fk.refTable = srcTable->name;
    fk.refColumns = {ref ? ref->name : a.targetKey.value_or("id")};
    // Sequelize: SET NULL for a nullable key, CASCADE for a NOT NULL one; ON UPDATE CASCADE.
    fk.onDelete = a.onDelete.value_or(colNullable ? "SET NULL" : "CASCADE");
    fk.onUpdate = a.onUpdate.value_or("CASCADE");
    t->foreignKeys.push_back(std::move(fk));
    if (a.kind == AssociationKind::OneToOne)
        t->uniques.push_back({a.id + "/unique", uniqueName(t->name, {col}, limit), {col}});
}

Table lowerThrough(Schema &s, const TableIndex &ix, const Association &a, const Model &src, const Model &tgt, int limit)
{
    const std::string base = a.id + "/through";
    Table j;
    j.id = base;
    j.name = a.through.value_or(src.name + tgt.name);
    const bool us = src.isUnderscored();
    j.columns.push_back(timestampColumn(base + "/createdAt", naming::createdAtColumn(us), false));
    j.columns.push_back(timestampColumn(base + "/updatedAt", naming::updatedAtColumn(us), false));
    const Table *srcTable = tableFor(s, ix, src.id);
    const Table *tgtTable = tableFor(s, ix, tgt.id);
    const Column *srcRef = srcTable ? referencedKey(*srcTable) : nullptr;
    const Column *tgtRef = tgtTable ? referencedKey(*tgtTable) : nullptr;
    const std::string srcKey = a.foreignKey.value_or(naming::foreignKeyFor(src, us));
    const std::string tgtKey = a.otherKey.value_or(naming::foreignKeyFor(tgt, us));
    j.columns.push_back(foreignKeyColumn(base + "/sourceKey", srcKey, srcRef, false));
    j.columns.push_back(foreignKeyColumn(base + "/targetKey", tgtKey, tgtRef, false));
    j.primaryKey = {srcKey, tgtKey};
    const std::string onDelete = a.onDelete.value_or("CASCADE");
    const std::string onUpdate = a.onUpdate.value_or("CASCADE");
    j.foreignKeys.push_back({base + "/sourceFkey",
                             foreignKeyName(j.name, srcKey, limit),
                             {srcKey},
                             srcTable ? srcTable->name : src.name,
                             {srcRef ? srcRef->name : "id"},
                             onDelete,
                             onUpdate});
    j.foreignKeys.push_back({base + "/targetFkey",
                             foreignKeyName(j.name, tgtKey, limit),
                             {tgtKey},
                             tgtTable ? tgtTable->name : tgt.name,
                             {tgtRef ? tgtRef->name : "id"},
                             onDelete,
                             onUpdate});
    std::vector<std::string> payloadPk;
    for (const auto &attr : a.throughAttributes) {
        j.columns.push_back(columnFor(attr));
        if (attr.isPrimaryKey())
            payloadPk.push_back(attr.columnName());
    }
    if (!payloadPk.empty()) // a payload surrogate key replaces the composite key; the pair stays unique
    {
        j.uniques.push_back({base + "/unique", uniqueName(j.name, {srcKey, tgtKey}, limit), {srcKey, tgtKey}});
        j.primaryKey = payloadPk;
    }
    addAttributeUniques(j, base, a.throughAttributes, limit);
    return j;
}

} // namespace

LoweringOptions LoweringOptions::forDialect(const std::string &dialect)
{
    LoweringOptions o;
    if (const auto id = sql::dialectIdFromName(dialect))
        o.identifierLimit = sql::capabilitiesOf(*id).identifierLimit;
    return o;
}

std::string foreignKeyName(const std::string &table, const std::string &column, int limit)
{
    return naming::limitIdentifier(table + "_" + column + "_fkey", limit);
}

std::string uniqueName(const std::string &table, const std::vector<std::string> &columns, int limit)
{
    return naming::limitIdentifier(table + "_" + joined(columns) + "_key", limit);
}

std::string indexName(const std::string &table, const std::vector<std::string> &columns, int limit)
{
    return naming::limitIdentifier(naming::snakeCase(table + "_" + joined(columns)), limit);
}

Schema lower(const design::Design &design, const LoweringOptions &options)
{
    const int limit = options.identifierLimit;
    Schema s;
    for (const auto &m : design.models) {
        Table t;
        t.id = m.id;
        t.name = naming::tableNameFor(m);
        t.comment = m.comment.value_or("");
        t.charset = m.charset.value_or("");
        t.collation = m.collate.value_or("");
        const auto pks = m.primaryKeyAttributes();
        if (pks.empty() && !m.noPrimaryKey.value_or(false)) {
            Column id;
            id.id = m.id + "/id";
            id.name = "id";
            id.type.kind = TypeKind::Integer;
            id.nullable = false;
            id.autoIncrement = true;
            t.columns.push_back(std::move(id));
            t.primaryKey = {"id"};
        }
        for (const auto &a : m.attributes) {
            t.columns.push_back(columnFor(a));
            if (a.isPrimaryKey())
                t.primaryKey.push_back(a.columnName());
        }
        if (m.hasTimestamps()) {
            const bool us = m.isUnderscored();
            t.columns.push_back(timestampColumn(m.id + "/createdAt", naming::createdAtColumn(us), false));
            t.columns.push_back(timestampColumn(m.id + "/updatedAt", naming::updatedAtColumn(us), false));
            if (m.isParanoid())
                t.columns.push_back(timestampColumn(m.id + "/deletedAt", naming::deletedAtColumn(us), true));
        }
        addAttributeUniques(t, m.id, m.attributes, limit);
        s.tables.push_back(std::move(t));
    }
    TableIndex ix;
    for (size_t i = 0; i < design.models.size(); ++i)
        ix.emplace(design.models[i].id, i); // first wins, as modelById does
    std::vector<Table> joinTables;
    for (const auto &a : design.associations) {
        auto si = ix.find(a.source);
        auto ti = ix.find(a.target);
        if (si == ix.end() || ti == ix.end())
            continue;
        const Model &src = design.models[si->second];
        const Model &tgt = design.models[ti->second];
        if (a.kind == AssociationKind::ManyToMany)
            joinTables.push_back(lowerThrough(s, ix, a, src, tgt, limit));
        else
            lowerDirect(s, ix, a, src, tgt, limit);
    }
    for (size_t mi = 0; mi < design.models.size(); ++mi) {
        const Model &m = design.models[mi];
        Table *t = &s.tables[mi];
        for (const auto &ix : m.indexes) {
            Index i;
            i.id = ix.id;
            for (const auto &f : ix.fields) {
                const Attribute *a = m.attributeByName(f);
                i.columns.push_back(a ? a->columnName() : f);
            }
            if (ix.constraint.value_or(false)) { // a UNIQUE constraint with its exact name and column order
                const std::string name = ix.name ? *ix.name : uniqueName(t->name, i.columns, limit);
                t->uniques.push_back({ix.id, name, std::move(i.columns)});
                continue;
            }
            i.name = ix.name ? *ix.name : indexName(t->name, i.columns, limit);
            i.unique = ix.unique.value_or(false);
            t->indexes.push_back(std::move(i));
        }
    }
    for (auto &j : joinTables)
        s.tables.push_back(std::move(j));
    for (const auto &r : design.rawSql)
        s.rawObjects.push_back({r.id, r.dialect, r.up, r.down});
    return s;
}

} // namespace sf::schema
