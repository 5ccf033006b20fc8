// Project -> JSON tree with a fixed key order; optional keys only when set.
#include "core/project/projectfile.h"
#include "core/project/projectjson.h"

#include <cmath>

namespace sf::project::json {

namespace {

using Json = nlohmann::ordered_json;

template <typename T> void opt(Json &j, const char *key, const std::optional<T> &v)
{
    if (v)
        j[key] = *v;
}

Json number(double v)
{
    if (!std::isfinite(v))
        return 0;
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return static_cast<long long>(v);
    return v;
}

Json defaultValue(const design::DefaultValue &d)
{
    using K = design::DefaultValue::Kind;
    switch (d.kind) {
    case K::String:
        return d.text;
    case K::Boolean:
        return d.text == "true";
    case K::Number: {
        Json n = Json::parse(d.text, nullptr, false);
        if (n.is_number())
            return n;
        return d.text;
    }
    case K::Now:
        return Json{{"fn", "NOW"}};
    case K::UuidV4:
        return Json{{"fn", "UUIDV4"}};
    case K::Sql:
        return Json{{"sql", d.text}};
    case K::None:
        break;
    }
    return nullptr;
}

Json attribute(const design::Attribute &a)
{
    Json j = Json::object();
    j["id"] = a.id;
    j["name"] = a.name;
    j["type"] = a.type.toString();
    opt(j, "allowNull", a.allowNull);
    if (!a.defaultValue.isNone())
        j["defaultValue"] = defaultValue(a.defaultValue);
    opt(j, "primaryKey", a.primaryKey);
    opt(j, "autoIncrement", a.autoIncrement);
    if (a.unique) {
        if (*a.unique == "true")
            j["unique"] = true;
        else
            j["unique"] = *a.unique;
    }
    opt(j, "comment", a.comment);
    opt(j, "field", a.field);
    opt(j, "charset", a.charset);
    opt(j, "collate", a.collate);
    return j;
}

Json attributes(const std::vector<design::Attribute> &list)
{
    Json arr = Json::array();
    for (const auto &a : list)
        arr.push_back(attribute(a));
    return arr;
}

Json model(const design::Model &m)
{
    Json j = Json::object();
    j["id"] = m.id;
    j["name"] = m.name;
    opt(j, "tableName", m.tableName);
    opt(j, "freezeTableName", m.freezeTableName);
    opt(j, "timestamps", m.timestamps);
    opt(j, "paranoid", m.paranoid);
    opt(j, "underscored", m.underscored);
    opt(j, "noPrimaryKey", m.noPrimaryKey);
    opt(j, "comment", m.comment);
    opt(j, "charset", m.charset);
    opt(j, "collate", m.collate);
    opt(j, "note", m.note);
    j["attributes"] = attributes(m.attributes);
    if (!m.indexes.empty()) {
        Json arr = Json::array();
        for (const auto &ix : m.indexes) {
            Json i = Json::object();
            i["id"] = ix.id;
            opt(i, "name", ix.name);
            i["fields"] = ix.fields;
            opt(i, "unique", ix.unique);
            opt(i, "constraint", ix.constraint);
            arr.push_back(std::move(i));
        }
        j["indexes"] = std::move(arr);
    }
    return j;
}

Json association(const design::Association &a)
{
    Json j = Json::object();
    j["id"] = a.id;
    j["type"] = design::toString(a.kind);
    j["source"] = a.source;
    j["target"] = a.target;
    opt(j, "as", a.as);
    opt(j, "inverseAs", a.inverseAs);
    opt(j, "foreignKey", a.foreignKey);
    opt(j, "otherKey", a.otherKey);
    opt(j, "onDelete", a.onDelete);
    opt(j, "onUpdate", a.onUpdate);
    opt(j, "through", a.through);
    opt(j, "allowNull", a.allowNull);
    if (!a.throughAttributes.empty())
        j["throughAttributes"] = attributes(a.throughAttributes);
    opt(j, "targetKey", a.targetKey);
    opt(j, "constraintName", a.constraintName);
    return j;
}

} // namespace

Json writeProjectJson(const Project &p)
{
    Json root = Json::object();
    root["format"] = ProjectFile::kFormat;
    root["name"] = p.name;
    Json settings = Json::object();
    opt(settings, "migrationsDir", p.settings.migrationsDir);
    opt(settings, "modelsDir", p.settings.modelsDir);
    opt(settings, "defaultDialect", p.settings.defaultDialect);
    opt(settings, "tableLockTimeoutMs", p.settings.tableLockTimeoutMs);
    opt(settings, "statementTimeoutMs", p.settings.statementTimeoutMs);
    root["settings"] = std::move(settings);
    Json models = Json::array();
    for (const auto &m : p.design.models)
        models.push_back(model(m));
    root["models"] = std::move(models);
    Json assocs = Json::array();
    for (const auto &a : p.design.associations)
        assocs.push_back(association(a));
    root["associations"] = std::move(assocs);
    if (!p.design.rawSql.empty()) {
        Json raws = Json::array();
        for (const auto &x : p.design.rawSql) {
            Json j = Json::object();
            j["id"] = x.id;
            j["kind"] = x.kind;
            j["name"] = x.name;
            if (!x.table.empty())
                j["table"] = x.table;
            j["dialect"] = x.dialect;
            j["up"] = x.up;
            j["down"] = x.down;
            raws.push_back(std::move(j));
        }
        root["rawSql"] = std::move(raws);
    }
    Json layout = Json::object();
    for (const auto &[id, e] : p.layout) {
        Json l = Json::object();
        l["x"] = number(e.x);
        l["y"] = number(e.y);
        if (e.width)
            l["width"] = number(*e.width);
        if (e.height)
            l["height"] = number(*e.height);
        opt(l, "color", e.color);
        opt(l, "collapsed", e.collapsed);
        layout[id] = std::move(l);
    }
    root["layout"] = std::move(layout);
    Json conns = Json::array();
    for (const auto &c : p.connections)
        conns.push_back(Json{{"name", c.name}, {"url", c.url}});
    root["connections"] = std::move(conns);
    return root;
}

} // namespace sf::project::json
