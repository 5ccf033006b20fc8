// importSchema: physical schema -> design (models, attributes, associations, indexes) + report.
#include "core/importer/importer.h"

#include "core/design/naming.h"
#include "core/importer/importnames.h"
#include "core/importer/rawobjects.h"
#include "core/importer/schemacompare.h"
#include "core/importer/tableanalysis.h"
#include "core/schema/lowering.h"

#include <algorithm>
#include <map>
#include <set>

namespace sf::importer {

namespace naming = design::naming;
using design::Association;
using design::AssociationKind;
using design::Attribute;
using design::Model;
using Severity = ImportNote::Severity;

namespace {

std::string joinNames(const std::vector<std::string> &v)
{
    std::string s;
    for (const auto &x : v)
        s += (s.empty() ? "" : ", ") + ("\"" + x + "\"");
    return s;
}

std::string fkSql(const schema::Table &t, const schema::ForeignKey &fk)
{
    std::string s = "ALTER TABLE \"" + t.name + "\" ADD CONSTRAINT \"" + fk.name + "\" FOREIGN KEY (" +
                    joinNames(fk.columns) + ") REFERENCES \"" + fk.refTable + "\" (" + joinNames(fk.refColumns) + ")";
    if (!fk.onDelete.empty())
        s += " ON DELETE " + fk.onDelete;
    if (!fk.onUpdate.empty())
        s += " ON UPDATE " + fk.onUpdate;
    return s;
}

std::string kindLabel(const std::string &kind)
{
    if (kind == "check")
        return "check constraint";
    if (kind == "column")
        return "column (of a type or kind Sequelize lacks, read as TEXT or as its nearest type)";
    return kind;
}

class Builder
{
public:
    explicit Builder(const ImportOptions &o) : m_options(o), m_limit(o.identifierLimit) {}

    ImportResult run(const schema::Schema &physical);

private:
    void note(Severity s, std::string kind, const std::string &table, std::string name, std::string message,
              std::string sql = {})
    {
        m_result.report.push_back({s, std::move(kind), table, std::move(name), std::move(message), std::move(sql)});
    }
    Attribute attributeFor(const TableAnalysis &a, const schema::Column &c) const;
    Model buildModel(const TableAnalysis &a);
    void addUniques(const TableAnalysis &a, Model &m, bool asIndexes);
    void addIndexes(const TableAnalysis &a, Model &m);
    void addDirectAssociations(const TableAnalysis &a);
    void addManyToMany(const TableAnalysis &a);
    void addAliases();
    void attachNotes();

    const ImportOptions &m_options;
    int m_limit;
    ImportResult m_result;
    std::vector<TableAnalysis> m_tables;
    std::map<std::string, const TableAnalysis *> m_byName;
    std::set<std::pair<std::string, std::string>> m_extraIndexes; // (table, index) reported as extras
};

Attribute Builder::attributeFor(const TableAnalysis &a, const schema::Column &c) const
{
    Attribute attr;
    attr.id = ImportNames::safeId("a-" + a.table->name + "-" + c.name);
    attr.name = ImportNames::attributeName(c.name);
    if (attr.name != c.name)
        attr.field = c.name;
    attr.type = c.type;
    const auto &pk = a.table->primaryKey;
    if (!a.join && std::find(pk.begin(), pk.end(), c.name) != pk.end())
        attr.primaryKey = true;
    else if (!c.nullable)
        attr.allowNull = false;
    if (c.autoIncrement)
        attr.autoIncrement = true;
    attr.defaultValue = c.defaultValue;
    if (attr.defaultValue.kind == design::DefaultValue::Kind::Number)
        attr.defaultValue.text = canonicalNumber(attr.defaultValue.text);
    if (!c.comment.empty())
        attr.comment = c.comment;
    if (!c.charset.empty())
        attr.charset = c.charset;
    if (!c.collation.empty())
        attr.collate = c.collation;
    return attr;
}

Model Builder::buildModel(const TableAnalysis &a)
{
    const schema::Table &t = *a.table;
    Model m;
    m.id = a.modelId;
    m.name = a.modelName;
    if (!a.timestamps)
        m.timestamps = false;
    if (a.underscored)
        m.underscored = true;
    if (a.paranoid)
        m.paranoid = true;
    if (naming::tableNameFor(m) != t.name)
        m.tableName = t.name;
    if (!t.comment.empty())
        m.comment = t.comment;
    if (!t.charset.empty())
        m.charset = t.charset;
    if (!t.collation.empty())
        m.collate = t.collation;
    // Primary-key attributes first, in key order (lowering builds the key in attribute order).
    for (const auto &k : t.primaryKey)
        if (!a.consumedColumns.count(k))
            if (const schema::Column *c = t.column(k))
                m.attributes.push_back(attributeFor(a, *c));
    for (const auto &c : t.columns)
        if (!a.consumedColumns.count(c.name) &&
            std::find(t.primaryKey.begin(), t.primaryKey.end(), c.name) == t.primaryKey.end())
            m.attributes.push_back(attributeFor(a, c));
    if (t.primaryKey.empty()) {
        m.noPrimaryKey = true;
        note(Severity::Info, "primaryKey", t.name, t.name,
             "table " + naming::quote(t.name) +
                 " has no primary key; the model says so (noPrimaryKey: its file calls "
                 "removeAttribute('id')), so migrations add none");
    }
    addUniques(a, m, true);
    addIndexes(a, m);
    return m;
}

void Builder::addUniques(const TableAnalysis &a, Model &m, bool asIndexes)
{
    const schema::Table &t = *a.table;
    std::set<std::string> oneToOneKeys;
    for (const auto &p : a.foreignKeys)
        if (p.association && p.oneToOne)
            oneToOneKeys.insert(p.fk->columns.front());
    std::set<std::string> groups;
    for (const auto &u : t.uniques) {
        std::vector<Attribute *> attrs;
        for (const auto &col : u.columns)
            for (auto &attr : m.attributes)
                if (attr.columnName() == col)
                    attrs.push_back(&attr);
        const bool single = u.columns.size() == 1;
        const std::string derived = schema::uniqueName(t.name, u.columns, m_limit);
        if (single && oneToOneKeys.count(u.columns.front())) {
            oneToOneKeys.erase(u.columns.front()); // the oneToOne association recreates it
            if (u.name != derived)
                note(Severity::Info, "unique", t.name, u.name,
                     "unique constraint " + naming::quote(u.name) + " will be named " + naming::quote(derived) +
                         " by migrations from this design");
            continue;
        }
        std::vector<std::string> ordered;
        for (const auto &attr : m.attributes)
            if (std::find(u.columns.begin(), u.columns.end(), attr.columnName()) != u.columns.end())
                ordered.push_back(attr.columnName());
        // Attribute `unique` groups reproduce a key only in attribute order and with the derived name.
        const bool asGroup =
            attrs.size() == u.columns.size() && ordered == u.columns && u.name == derived &&
            std::none_of(attrs.begin(), attrs.end(), [](const Attribute *x) { return x->unique.has_value(); });
        if (asGroup) {
            std::string group = single ? "true" : ImportNames::attributeName(u.name);
            for (int n = 2; !single && (group == "true" || groups.count(group)); ++n)
                group = ImportNames::attributeName(u.name) + "_" + std::to_string(n);
            groups.insert(group);
            for (Attribute *attr : attrs)
                attr->unique = group;
            continue;
        }
        if (!asIndexes) {
            note(Severity::Unsupported, "unique", t.name, u.name,
                 "unique constraint " + naming::quote(u.name) + " on the join table " + naming::quote(t.name) +
                     " is kept as a note: its name or column order differs from what payload attributes give",
                 "ALTER TABLE \"" + t.name + "\" ADD CONSTRAINT \"" + u.name + "\" UNIQUE (" + joinNames(u.columns) +
                     ")");
            continue;
        }
        // Exact name and column order: a unique-constraint entry in the model's indexes.
        design::ModelIndex mi;
        mi.id = ImportNames::safeId("u-" + t.name + "-" + u.name);
        mi.name = u.name;
        for (const auto &col : u.columns) {
            const auto it = std::find_if(m.attributes.begin(), m.attributes.end(),
                                         [&](const Attribute &x) { return x.columnName() == col; });
            mi.fields.push_back(it != m.attributes.end() ? it->name : col);
        }
        mi.unique = true;
        mi.constraint = true;
        m.indexes.push_back(std::move(mi));
    }
}

void Builder::addIndexes(const TableAnalysis &a, Model &m)
{
    const schema::Table &t = *a.table;
    for (const auto &ix : t.indexes) {
        if (m_extraIndexes.count({t.name, ix.name}))
            continue; // partial or expression index: the extra's note keeps its definition
        design::ModelIndex mi;
        mi.id = ImportNames::safeId("i-" + t.name + "-" + ix.name);
        bool ok = !ix.columns.empty();
        for (const auto &col : ix.columns) {
            const auto it = std::find_if(m.attributes.begin(), m.attributes.end(),
                                         [&](const Attribute &x) { return x.columnName() == col; });
            ok = ok && !col.empty() && t.column(col);
            mi.fields.push_back(it != m.attributes.end() ? it->name : col);
        }
        if (!ok) {
            note(Severity::Unsupported, "index", t.name, ix.name,
                 "index " + naming::quote(ix.name) + " on " + naming::quote(t.name) +
                     " uses an expression; kept as a note");
            continue;
        }
        if (ix.name != schema::indexName(t.name, ix.columns, m_limit) ||
            ix.name != schema::indexName(t.name, ix.columns, 0))
            mi.name = ix.name;
        if (ix.unique)
            mi.unique = true;
        m.indexes.push_back(std::move(mi));
    }
}

void Builder::addDirectAssociations(const TableAnalysis &a)
{
    const schema::Table &t = *a.table;
    std::vector<const ForeignKeyPlan *> plans;
    for (const auto &p : a.foreignKeys) {
        if (p.association) {
            plans.push_back(&p);
            continue;
        }
        note(Severity::Unsupported, "foreignKey", t.name, p.fk->name,
             "foreign key " + naming::quote(p.fk->name) + " on " + naming::quote(t.name) + " (" +
                 joinNames(p.fk->columns) + ") is kept as a note: " + p.reason,
             fkSql(t, *p.fk));
    }
    auto position = [&](const ForeignKeyPlan *p) {
        const auto &cols = t.columns;
        return std::find_if(cols.begin(), cols.end(),
                            [&](const schema::Column &c) { return c.name == p->fk->columns.front(); }) -
               cols.begin();
    };
    std::stable_sort(plans.begin(), plans.end(), [&](auto *x, auto *y) { return position(x) < position(y); });
    for (const ForeignKeyPlan *p : plans) {
        const schema::ForeignKey &fk = *p->fk;
        const std::string &col = fk.columns.front();
        const schema::Column &c = *t.column(col);
        Association as;
        as.id = ImportNames::safeId("as-" + t.name + "-" + col);
        as.kind = p->oneToOne ? AssociationKind::OneToOne : AssociationKind::OneToMany;
        as.source = m_byName.at(fk.refTable)->modelId;
        as.target = a.modelId;
        as.foreignKey = col;
        if (!c.nullable)
            as.allowNull = false;
        const std::string onDelete = fk.onDelete.empty() ? "NO ACTION" : fk.onDelete;
        const std::string onUpdate = fk.onUpdate.empty() ? "NO ACTION" : fk.onUpdate;
        if (onDelete != (c.nullable ? "SET NULL" : "CASCADE"))
            as.onDelete = onDelete;
        if (onUpdate != "CASCADE")
            as.onUpdate = onUpdate;
        if (!p->targetKey.empty())
            as.targetKey = p->targetKey;
        if (fk.name != schema::foreignKeyName(t.name, col, m_limit))
            as.constraintName = fk.name; // the database's own name, kept exactly
        m_result.design.associations.push_back(std::move(as));
    }
}

void Builder::addManyToMany(const TableAnalysis &a)
{
    const schema::Table &t = *a.table;
    const schema::ForeignKey *keys[2] = {nullptr, nullptr};
    for (const auto &fk : t.foreignKeys)
        keys[fk.columns.front() == t.primaryKey[0] ? 0 : 1] = &fk;
    const TableAnalysis &src = *m_byName.at(keys[0]->refTable);
    const TableAnalysis &tgt = *m_byName.at(keys[1]->refTable);
    Association as;
    as.id = ImportNames::safeId("as-" + t.name);
    as.kind = AssociationKind::ManyToMany;
    as.source = src.modelId;
    as.target = tgt.modelId;
    as.through = t.name;
    as.foreignKey = t.primaryKey[0];
    as.otherKey = t.primaryKey[1];
    const std::string onDelete = keys[0]->onDelete.empty() ? "NO ACTION" : keys[0]->onDelete;
    const std::string onUpdate = keys[0]->onUpdate.empty() ? "NO ACTION" : keys[0]->onUpdate;
    if (onDelete != "CASCADE")
        as.onDelete = onDelete;
    if (onUpdate != "CASCADE")
        as.onUpdate = onUpdate;
    Model payload; // reuse uniques for the payload columns
    for (const auto &c : t.columns)
        if (c.name != t.primaryKey[0] && c.name != t.primaryKey[1] &&
            c.name != naming::createdAtColumn(src.underscored) && c.name != naming::updatedAtColumn(src.underscored))
            payload.attributes.push_back(attributeFor(a, c));
    TableAnalysis noKeys = a;
    noKeys.foreignKeys.clear();
    addUniques(noKeys, payload, false);
    as.throughAttributes = std::move(payload.attributes);
    note(Severity::Info, "table", t.name, t.name,
         "table " + naming::quote(t.name) + " becomes the join table of a manyToMany between " + src.modelName +
             " and " + tgt.modelName + (as.throughAttributes.empty() ? std::string() : " (with payload attributes)"));
    for (int k = 0; k < 2; ++k)
        if (keys[k]->name != schema::foreignKeyName(t.name, keys[k]->columns.front(), m_limit))
            note(Severity::Info, "foreignKey", t.name, keys[k]->name,
                 "foreign key " + naming::quote(keys[k]->name) + " will be named " +
                     naming::quote(schema::foreignKeyName(t.name, keys[k]->columns.front(), m_limit)) +
                     " by migrations from this design");
    m_result.design.associations.push_back(std::move(as));
}

// Two associations between the same pair of models (or one from a model to itself) need aliases.
void Builder::addAliases()
{
    auto &list = m_result.design.associations;
    std::map<std::pair<std::string, std::string>, int> pairs;
    for (const auto &as : list)
        ++pairs[{std::min(as.source, as.target), std::max(as.source, as.target)}];
    std::set<std::pair<std::string, std::string>> used; // (model id, alias)
    for (auto &as : list) {
        if (as.source != as.target && pairs[{std::min(as.source, as.target), std::max(as.source, as.target)}] < 2)
            continue;
        const std::string targetName = m_result.design.modelById(as.target)->name;
        if (as.kind == AssociationKind::ManyToMany) {
            as.as = naming::pluralize(ImportNames::keyStem(*as.otherKey));
            as.inverseAs = naming::pluralize(ImportNames::keyStem(*as.foreignKey));
        } else {
            std::string stem = ImportNames::keyStem(*as.foreignKey);
            // "domain" and "domain_id" share a stem: the second takes its whole column name.
            if (used.count({as.target, stem}) || used.count({as.source, stem + naming::pluralize(targetName)}))
                stem = naming::lowerCamel(ImportNames::attributeName(*as.foreignKey));
            as.as = stem + (as.kind == AssociationKind::OneToOne ? targetName : naming::pluralize(targetName));
            as.inverseAs = stem;
        }
        used.insert({as.source, *as.as});
        used.insert({as.target, *as.inverseAs});
    }
}

void Builder::attachNotes()
{
    for (const auto &n : m_result.report) {
        if (n.severity != Severity::Unsupported)
            continue;
        const auto it = m_byName.find(n.table);
        Model *m = it == m_byName.end() ? nullptr : m_result.design.modelById(it->second->modelId);
        if (!m)
            continue;
        std::string text = m->note.value_or("");
        text += (text.empty() ? "" : "\n") + ("-- " + n.message);
        if (!n.sql.empty())
            text += "\n" + n.sql + (n.sql.back() == ';' ? "" : ";");
        m->note = text;
    }
}

ImportResult Builder::run(const schema::Schema &physical)
{
    std::vector<const schema::Table *> tables;
    for (const auto &t : physical.tables) {
        const auto &ex = m_options.excludeTables;
        if (t.name == "SequelizeMeta" || t.name == "SchemaForgeMeta" ||
            std::find(ex.begin(), ex.end(), t.name) != ex.end())
            continue;
        tables.push_back(&t);
    }
    std::set<std::string> withExtras;
    for (const auto &x : physical.extras) {
        withExtras.insert(x.table);
        if (x.kind == "index")
            m_extraIndexes.insert({x.table, x.name});
    }
    m_tables = analyseTables(tables, m_options.detectManyToMany, withExtras, m_limit);
    for (const auto &a : m_tables)
        m_byName[a.table->name] = &a;
    for (const auto &a : m_tables)
        if (!a.join)
            m_result.design.models.push_back(buildModel(a));
    for (const auto &a : m_tables)
        if (!a.join)
            addDirectAssociations(a);
    for (const auto &a : m_tables)
        if (a.join)
            addManyToMany(a);
    addAliases();
    m_result.design.rawSql = RawObjects::fromExtras(physical, m_options.dialect);
    for (const auto &x : physical.extras) {
        const std::string what = kindLabel(x.kind) + " " + naming::quote(x.name) +
                                 (x.table.empty() ? std::string() : " on " + naming::quote(x.table));
        if (RawObjects::carries(x, m_options.dialect)) {
            note(Severity::Info, x.kind, x.table, x.name,
                 what + " has no Sequelize equivalent; carried as raw SQL that migrations create (" +
                     m_options.dialect + " only)",
                 x.sql);
            continue;
        }
        const bool onModel = m_byName.count(x.table) && !m_byName.at(x.table)->join;
        note(Severity::Unsupported, x.kind, x.table, x.name,
             what + " has no Sequelize equivalent; " + (onModel ? "kept as a note on the model" : "listed here only"),
             x.sql);
    }
    attachNotes();
    return std::move(m_result);
}

} // namespace

int ImportResult::unsupportedCount() const
{
    return static_cast<int>(std::count_if(report.begin(), report.end(),
                                          [](const ImportNote &n) { return n.severity == Severity::Unsupported; }));
}

ImportResult importSchema(const schema::Schema &physical, const ImportOptions &options)
{
    return Builder(options).run(physical);
}

std::string formatNote(const ImportNote &note)
{
    std::string s = note.severity == Severity::Unsupported ? "unsupported: " : "note: ";
    s += note.message;
    return s;
}

} // namespace sf::importer
