#include "core/codegen/modelwriter.h"

#include "core/codegen/jsliteral.h"
#include "core/codegen/modelindexjs.h"
#include "core/schema/lowering.h"
#include "core/schema/schema.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>

namespace sf::codegen {
namespace {

using design::Association;
using design::AssociationKind;

std::string classNameFor(const std::string &name)
{
    // A JS class identifier: PascalCase of the alphanumeric runs ("product_orders" -> "ProductOrders").
    std::string out;
    bool upper = true;
    for (unsigned char c : name) {
        if (std::isalnum(c)) {
            out += upper ? static_cast<char>(std::toupper(c)) : static_cast<char>(c);
            upper = false;
        } else {
            upper = true;
        }
    }
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0])))
        out = "M" + out;
    return out;
}

std::string fileNameFor(const std::string &name)
{
    std::string out;
    for (unsigned char c : name)
        out += std::isalnum(c) || c == '_' || c == '-' ? static_cast<char>(std::tolower(c)) : '_';
    return out + ".js";
}

const schema::ForeignKey *singleColumnFk(const schema::Table &t, const std::string &col)
{
    for (const auto &fk : t.foreignKeys)
        if (fk.columns.size() == 1 && fk.columns[0] == col)
            return &fk;
    return nullptr;
}

// Attribute declarations for every column of `table`, in order.
std::string attributesBlock(const schema::Table &table, const design::Model *model)
{
    std::ostringstream out;
    for (size_t i = 0; i < table.columns.size(); ++i) {
        const schema::Column &c = table.columns[i];
        std::string attrName = c.name;
        if (model) {
            if (const design::Attribute *a = model->attributeById(c.id))
                attrName = a->name;
        }
        std::vector<std::string> opts;
        opts.push_back("type: " + jsDataType(c.type, "DataTypes"));
        if (attrName != c.name)
            opts.push_back("field: " + jsString(c.name));
        const bool pk = std::find(table.primaryKey.begin(), table.primaryKey.end(), c.name) != table.primaryKey.end();
        if (pk)
            opts.push_back("primaryKey: true");
        if (c.autoIncrement)
            opts.push_back("autoIncrement: true");
        if (!c.nullable)
            opts.push_back("allowNull: false");
        const std::string def = jsDefault(c.defaultValue, "DataTypes", "sequelize.literal");
        if (!def.empty())
            opts.push_back("defaultValue: " + def);
        for (const auto &u : table.uniques) {
            if (std::find(u.columns.begin(), u.columns.end(), c.name) == u.columns.end())
                continue;
            opts.push_back(u.columns.size() == 1 ? std::string("unique: true") : "unique: " + jsString(u.name));
            break;
        }
        if (!c.comment.empty())
            opts.push_back("comment: " + jsString(c.comment));
        if (const schema::ForeignKey *fk = singleColumnFk(table, c.name)) {
            opts.push_back("references: { model: " + jsString(fk->refTable) +
                           ", key: " + jsString(fk->refColumns.at(0)) + " }");
            if (!fk->onDelete.empty())
                opts.push_back("onDelete: " + jsString(fk->onDelete));
            if (!fk->onUpdate.empty())
                opts.push_back("onUpdate: " + jsString(fk->onUpdate));
        }
        out << "    " << jsKey(attrName) << ": { ";
        for (size_t k = 0; k < opts.size(); ++k)
            out << (k ? ", " : "") << opts[k];
        out << " }" << (i + 1 < table.columns.size() ? "," : "") << "\n";
    }
    return out.str();
}

std::string optionsBlock(const std::string &modelName, const schema::Table &table, bool timestamps, bool paranoid)
{
    std::ostringstream out;
    out << "    sequelize,\n    modelName: " << jsString(modelName) << ",\n    tableName: " << jsString(table.name)
        << ",\n";
    if (!timestamps) {
        out << "    timestamps: false,\n";
    } else {
        // The timestamp columns are declared above; name them so Sequelize uses those attributes.
        auto has = [&](const char *n) { return table.column(n) != nullptr; };
        if (!has("createdAt") && has("created_at"))
            out << "    createdAt: 'created_at',\n    updatedAt: 'updated_at',\n";
        if (paranoid) {
            out << "    paranoid: true,\n";
            if (!has("deletedAt") && has("deleted_at"))
                out << "    deletedAt: 'deleted_at',\n";
        }
    }
    if (!table.comment.empty())
        out << "    comment: " << jsString(table.comment) << ",\n";
    if (!table.charset.empty())
        out << "    charset: " << jsString(table.charset) << ",\n";
    if (!table.collation.empty())
        out << "    collate: " << jsString(table.collation) << ",\n";
    if (!table.indexes.empty()) {
        out << "    indexes: [\n";
        for (size_t i = 0; i < table.indexes.size(); ++i) {
            const auto &ix = table.indexes[i];
            out << "      { name: " << jsString(ix.name) << (ix.unique ? ", unique: true" : "") << ", fields: [";
            for (size_t k = 0; k < ix.columns.size(); ++k)
                out << (k ? ", " : "") << jsString(ix.columns[k]);
            out << "] }" << (i + 1 < table.indexes.size() ? "," : "") << "\n";
        }
        out << "    ],\n";
    }
    return out.str();
}

std::string assocOptions(const std::vector<std::pair<std::string, std::string>> &kv)
{
    std::string out = "{ ";
    for (size_t i = 0; i < kv.size(); ++i)
        out += (i ? ", " : "") + kv[i].first + ": " + kv[i].second;
    return out + " }";
}

std::string columnName(const schema::Schema &s, const std::string &tableId, const std::string &colId)
{
    if (const schema::Table *t = s.tableById(tableId))
        if (const schema::Column *c = t->columnById(colId))
            return c->name;
    return {};
}

std::string fileText(const std::string &cls, const std::vector<std::string> &assocLines, const std::string &attrs,
                     const std::string &options)
{
    std::ostringstream out;
    out << "'use strict';\nconst { Model } = require('sequelize');\n"
        << "module.exports = (sequelize, DataTypes) => {\n"
        << "  class " << cls << " extends Model {\n"
        << "    /**\n     * Helper method for defining associations.\n"
        << "     * The `models/index` file calls this method automatically.\n     */\n"
        << "    static associate(models) {\n";
    if (assocLines.empty())
        out << "      // no associations\n";
    for (const auto &l : assocLines)
        out << "      " << l << "\n";
    out << "    }\n  }\n"
        << "  " << cls << ".init({\n"
        << attrs << "  }, {\n"
        << options << "  });\n"
        << "  return " << cls << ";\n};\n";
    return out.str();
}

} // namespace

std::vector<GeneratedFile> writeModelFiles(const design::Design &design, const ModelWriterOptions &options)
{
    const schema::Schema physical = schema::lower(design, schema::LoweringOptions{});
    std::map<std::string, std::vector<std::string>> lines; // model id -> associate() lines
    std::map<std::string, std::string> classOf;
    for (const auto &m : design.models)
        classOf[m.id] = classNameFor(m.name);

    for (const Association &a : design.associations) {
        const design::Model *src = design.modelById(a.source);
        const design::Model *dst = design.modelById(a.target);
        if (!src || !dst)
            continue;
        const std::string S = classOf[src->id], T = classOf[dst->id];
        if (a.kind == AssociationKind::ManyToMany) {
            const std::string throughId = a.id + "/through";
            const schema::Table *jt = physical.tableById(throughId);
            if (!jt)
                continue;
            // unique: false: the join table's composite primary key already makes each pair unique;
            // without it Sequelize adds a second, redundant UNIQUE constraint that migrations lack.
            const std::string through = "{ model: models" + jsMember(jt->name) + ", unique: false }";
            const std::string sk = columnName(physical, throughId, throughId + "/sourceKey");
            const std::string tk = columnName(physical, throughId, throughId + "/targetKey");
            std::vector<std::pair<std::string, std::string>> fwd{
                {"through", through}, {"foreignKey", jsString(sk)}, {"otherKey", jsString(tk)}};
            if (a.as)
                fwd.emplace_back("as", jsString(*a.as));
            std::vector<std::pair<std::string, std::string>> back{
                {"through", through}, {"foreignKey", jsString(tk)}, {"otherKey", jsString(sk)}};
            if (a.inverseAs)
                back.emplace_back("as", jsString(*a.inverseAs));
            lines[src->id].push_back(S + ".belongsToMany(models" + jsMember(dst->name) + ", " + assocOptions(fwd) +
                                     ");");
            if (src->id != dst->id || a.inverseAs)
                lines[dst->id].push_back(T + ".belongsToMany(models" + jsMember(src->name) + ", " + assocOptions(back) +
                                         ");");
            continue;
        }
        const std::string fk = columnName(physical, dst->id, a.id + "/fk");
        std::string onDelete, onUpdate;
        if (const schema::Table *t = physical.tableById(dst->id))
            if (const schema::ForeignKey *f = singleColumnFk(*t, fk)) {
                onDelete = f->onDelete;
                onUpdate = f->onUpdate;
            }
        // An attribute that maps the key column under another name: Sequelize's { name, field } form.
        std::string fkOption = jsString(fk);
        for (const auto &attr : dst->attributes)
            if (attr.columnName() == fk && attr.name != fk)
                fkOption = "{ name: " + jsString(attr.name) + ", field: " + jsString(fk) + " }";
        std::vector<std::pair<std::string, std::string>> common{{"foreignKey", fkOption}};
        if (!onDelete.empty())
            common.emplace_back("onDelete", jsString(onDelete));
        if (!onUpdate.empty())
            common.emplace_back("onUpdate", jsString(onUpdate));
        auto has = common;
        if (a.as)
            has.emplace_back("as", jsString(*a.as));
        auto belongs = common;
        if (a.inverseAs)
            belongs.emplace_back("as", jsString(*a.inverseAs));
        if (a.targetKey) { // a unique non-primary column of the source: sourceKey / targetKey by attribute name
            std::string key = *a.targetKey;
            for (const auto &attr : src->attributes)
                if (attr.columnName() == *a.targetKey)
                    key = attr.name;
            has.emplace_back("sourceKey", jsString(key));
            belongs.emplace_back("targetKey", jsString(key));
        }
        const char *verb = a.kind == AssociationKind::OneToOne ? ".hasOne(" : ".hasMany(";
        lines[src->id].push_back(S + verb + "models" + jsMember(dst->name) + ", " + assocOptions(has) + ");");
        lines[dst->id].push_back(T + ".belongsTo(models" + jsMember(src->name) + ", " + assocOptions(belongs) + ");");
    }

    std::vector<GeneratedFile> files;
    for (const auto &m : design.models) {
        const schema::Table *t = physical.tableById(m.id);
        if (!t)
            continue;
        const bool ts = t->column(m.isUnderscored() ? "created_at" : "createdAt") != nullptr && m.hasTimestamps();
        GeneratedFile f{fileNameFor(m.name), fileText(classOf[m.id], lines[m.id], attributesBlock(*t, &m),
                                                      optionsBlock(m.name, *t, ts, m.isParanoid()))};
        if (m.noPrimaryKey.value_or(false) && t->primaryKey.empty()) {
            // A table without a primary key: Sequelize would otherwise add an "id" the table lacks.
            const std::string ret = "  return " + classOf[m.id] + ";\n";
            f.content.insert(f.content.rfind(ret), "  " + classOf[m.id] + ".removeAttribute('id');\n");
        }
        files.push_back(std::move(f));
    }
    for (const Association &a : design.associations) {
        if (a.kind != AssociationKind::ManyToMany)
            continue;
        const schema::Table *jt = physical.tableById(a.id + "/through");
        if (!jt)
            continue;
        const bool ts = jt->column("createdAt") || jt->column("created_at");
        files.push_back({fileNameFor(jt->name), fileText(classNameFor(jt->name), {}, attributesBlock(*jt, nullptr),
                                                         optionsBlock(jt->name, *jt, ts, false))});
    }
    files.push_back({"index.js", modelIndexJs(options.configPath)});
    return files;
}

} // namespace sf::codegen
