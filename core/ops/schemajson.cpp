// JSON form of the schema values operations carry (tables, columns, keys, indexes, defaults).
#include "core/ops/jsonfields.h"

namespace sf::ops {

using namespace detail;

namespace {

template <typename T, typename F>
std::vector<T> listOf(const json &j, const std::string &path, const char *key, F &&parse)
{
    std::vector<T> r;
    auto it = j.find(key);
    if (it == j.end())
        return r;
    if (!it->is_array())
        fail(path + "." + key, "expected an array");
    for (size_t i = 0; i < it->size(); ++i)
        r.push_back(parse((*it)[i], path + "." + key + "[" + std::to_string(i) + "]"));
    return r;
}

template <typename T> json listJson(const std::vector<T> &v)
{
    json a = json::array();
    for (const auto &x : v)
        a.push_back(toJson(x));
    return a;
}

} // namespace

json toJson(const design::DefaultValue &d)
{
    using K = design::DefaultValue::Kind;
    switch (d.kind) {
    case K::None:
        return nullptr;
    case K::String:
        return d.text;
    case K::Number: {
        json n = json::parse(d.text, nullptr, false);
        if (n.is_number() && n.dump() == d.text)
            return n;
        return json{{"number", d.text}};
    }
    case K::Boolean:
        return d.text == "true";
    case K::Now:
        return json{{"fn", "NOW"}};
    case K::UuidV4:
        return json{{"fn", "UUIDV4"}};
    case K::Sql:
        return json{{"sql", d.text}};
    }
    return nullptr;
}

design::DefaultValue defaultFromJson(const json &j, const std::string &path)
{
    using design::DefaultValue;
    if (j.is_null())
        return DefaultValue::none();
    if (j.is_string())
        return DefaultValue::string(j.get<std::string>());
    if (j.is_boolean())
        return DefaultValue::boolean(j.get<bool>());
    if (j.is_number())
        return DefaultValue::number(j.dump());
    if (j.is_object() && j.size() == 1) {
        if (j.contains("fn")) {
            const std::string fn = j["fn"].is_string() ? j["fn"].get<std::string>() : "";
            if (fn == "NOW")
                return DefaultValue::now();
            if (fn == "UUIDV4")
                return DefaultValue::uuidV4();
            fail(path + ".fn", "expected \"NOW\" or \"UUIDV4\"");
        }
        if (j.contains("sql") && j["sql"].is_string())
            return DefaultValue::sql(j["sql"].get<std::string>());
        if (j.contains("number") && j["number"].is_string())
            return DefaultValue::number(j["number"].get<std::string>());
    }
    fail(path, "expected a string, number, boolean, {\"fn\": \"NOW\"|\"UUIDV4\"} or {\"sql\": \"...\"}");
}

json toJson(const schema::ForeignKey &fk)
{
    json j;
    putIfNotEmpty(j, "id", fk.id);
    j["name"] = fk.name;
    j["columns"] = fk.columns;
    j["refTable"] = fk.refTable;
    j["refColumns"] = fk.refColumns;
    putIfNotEmpty(j, "onDelete", fk.onDelete);
    putIfNotEmpty(j, "onUpdate", fk.onUpdate);
    return j;
}

schema::ForeignKey fkFromJson(const json &j, const std::string &path)
{
    checkKeys(j, path, {"id", "name", "columns", "refTable", "refColumns", "onDelete", "onUpdate"});
    schema::ForeignKey fk;
    fk.id = optStr(j, path, "id");
    fk.name = str(j, path, "name");
    fk.columns = strList(j, path, "columns");
    fk.refTable = str(j, path, "refTable");
    fk.refColumns = strList(j, path, "refColumns");
    fk.onDelete = optStr(j, path, "onDelete");
    fk.onUpdate = optStr(j, path, "onUpdate");
    if (fk.columns.empty() || fk.columns.size() != fk.refColumns.size())
        fail(path, "columns and refColumns must be non-empty and of equal length");
    return fk;
}

json toJson(const schema::UniqueConstraint &u)
{
    json j;
    putIfNotEmpty(j, "id", u.id);
    j["name"] = u.name;
    j["columns"] = u.columns;
    return j;
}

schema::UniqueConstraint uniqueFromJson(const json &j, const std::string &path)
{
    checkKeys(j, path, {"id", "name", "columns"});
    schema::UniqueConstraint u;
    u.id = optStr(j, path, "id");
    u.name = str(j, path, "name");
    u.columns = strList(j, path, "columns");
    return u;
}

json toJson(const schema::Index &ix)
{
    json j;
    putIfNotEmpty(j, "id", ix.id);
    j["name"] = ix.name;
    j["columns"] = ix.columns;
    if (ix.unique)
        j["unique"] = true;
    return j;
}

schema::Index indexFromJson(const json &j, const std::string &path)
{
    checkKeys(j, path, {"id", "name", "columns", "unique"});
    schema::Index ix;
    ix.id = optStr(j, path, "id");
    ix.name = str(j, path, "name");
    ix.columns = strList(j, path, "columns");
    ix.unique = optBool(j, path, "unique", false);
    return ix;
}

json toJson(const schema::Column &c)
{
    json j;
    putIfNotEmpty(j, "id", c.id);
    j["name"] = c.name;
    j["type"] = c.type.toString();
    if (!c.nullable)
        j["allowNull"] = false;
    if (!c.defaultValue.isNone())
        j["defaultValue"] = toJson(c.defaultValue);
    if (c.autoIncrement)
        j["autoIncrement"] = true;
    putIfNotEmpty(j, "comment", c.comment);
    putIfNotEmpty(j, "charset", c.charset);
    putIfNotEmpty(j, "collation", c.collation);
    return j;
}

schema::Column columnFromJson(const json &j, const std::string &path)
{
    checkKeys(j, path,
              {"id", "name", "type", "allowNull", "defaultValue", "autoIncrement", "comment", "charset", "collation"});
    schema::Column c;
    c.id = optStr(j, path, "id");
    c.name = str(j, path, "name");
    const std::string typeText = str(j, path, "type");
    std::string err;
    auto t = design::DataType::parse(typeText, &err);
    if (!t)
        fail(path + ".type", err.empty() ? "\"" + typeText + "\" is not a type" : err);
    c.type = *t;
    c.nullable = optBool(j, path, "allowNull", true);
    if (auto it = j.find("defaultValue"); it != j.end())
        c.defaultValue = defaultFromJson(*it, path + ".defaultValue");
    c.autoIncrement = optBool(j, path, "autoIncrement", false);
    c.comment = optStr(j, path, "comment");
    c.charset = optStr(j, path, "charset");
    c.collation = optStr(j, path, "collation");
    return c;
}

json toJson(const schema::Table &t)
{
    json j;
    putIfNotEmpty(j, "id", t.id);
    j["name"] = t.name;
    j["columns"] = listJson(t.columns);
    if (!t.primaryKey.empty())
        j["primaryKey"] = t.primaryKey;
    if (!t.foreignKeys.empty())
        j["foreignKeys"] = listJson(t.foreignKeys);
    if (!t.uniques.empty())
        j["uniques"] = listJson(t.uniques);
    if (!t.indexes.empty())
        j["indexes"] = listJson(t.indexes);
    putIfNotEmpty(j, "comment", t.comment);
    putIfNotEmpty(j, "charset", t.charset);
    putIfNotEmpty(j, "collation", t.collation);
    return j;
}

schema::Table tableFromJson(const json &j, const std::string &path)
{
    checkKeys(j, path,
              {"id", "name", "columns", "primaryKey", "foreignKeys", "uniques", "indexes", "comment", "charset",
               "collation"});
    schema::Table t;
    t.id = optStr(j, path, "id");
    t.name = str(j, path, "name");
    member(j, path, "columns");
    t.columns = listOf<schema::Column>(j, path, "columns", columnFromJson);
    t.primaryKey = strList(j, path, "primaryKey", false);
    t.foreignKeys = listOf<schema::ForeignKey>(j, path, "foreignKeys", fkFromJson);
    t.uniques = listOf<schema::UniqueConstraint>(j, path, "uniques", uniqueFromJson);
    t.indexes = listOf<schema::Index>(j, path, "indexes", indexFromJson);
    t.comment = optStr(j, path, "comment");
    t.charset = optStr(j, path, "charset");
    t.collation = optStr(j, path, "collation");
    return t;
}

} // namespace sf::ops
