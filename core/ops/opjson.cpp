// JSON form of operations: { "op": "addColumn", "table": "Posts", "column": { ... } }.
#include "core/ops/opjson.h"

#include "core/ops/describe.h"

#include <set>

namespace sf::ops {

using json = nlohmann::ordered_json;

namespace {

using sf::ops::toJson; // the public overloads (Table, Column) next to the private ones below

[[noreturn]] void fail(const std::string &path, const std::string &why)
{
    throw OperationJsonError(path + ": " + why);
}

const json &member(const json &j, const std::string &path, const char *key)
{
    if (!j.is_object())
        fail(path, "expected an object");
    auto it = j.find(key);
    if (it == j.end())
        fail(path, std::string("missing \"") + key + "\"");
    return *it;
}

std::string str(const json &j, const std::string &path, const char *key)
{
    const json &v = member(j, path, key);
    if (!v.is_string())
        fail(path + "." + key, "expected a string");
    return v.get<std::string>();
}

std::string optStr(const json &j, const std::string &path, const char *key)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return {};
    if (!it->is_string())
        fail(path + "." + key, "expected a string");
    return it->get<std::string>();
}

bool optBool(const json &j, const std::string &path, const char *key, bool dflt)
{
    auto it = j.find(key);
    if (it == j.end())
        return dflt;
    if (!it->is_boolean())
        fail(path + "." + key, "expected true or false");
    return it->get<bool>();
}

int optInt(const json &j, const std::string &path, const char *key, int dflt)
{
    auto it = j.find(key);
    if (it == j.end())
        return dflt;
    if (!it->is_number_integer())
        fail(path + "." + key, "expected an integer");
    return it->get<int>();
}

std::vector<std::string> strList(const json &j, const std::string &path, const char *key, bool required = true)
{
    auto it = j.find(key);
    if (it == j.end()) {
        if (required)
            fail(path, std::string("missing \"") + key + "\"");
        return {};
    }
    if (!it->is_array())
        fail(path + "." + key, "expected an array of strings");
    std::vector<std::string> r;
    for (size_t i = 0; i < it->size(); ++i) {
        if (!(*it)[i].is_string())
            fail(path + "." + key + "[" + std::to_string(i) + "]", "expected a string");
        r.push_back((*it)[i].get<std::string>());
    }
    return r;
}

void checkKeys(const json &j, const std::string &path, std::initializer_list<const char *> allowed)
{
    if (!j.is_object())
        fail(path, "expected an object");
    std::set<std::string> ok(allowed.begin(), allowed.end());
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!ok.count(it.key()))
            fail(path, "unknown key \"" + it.key() + "\"");
}

void putIfNotEmpty(json &j, const char *key, const std::string &v)
{
    if (!v.empty())
        j[key] = v;
}

json toJson(const design::DefaultValue &d)
{
    using K = design::DefaultValue::Kind;
    switch (d.kind) {
    case K::None: return nullptr;
    case K::String: return d.text;
    case K::Number: {
        json n = json::parse(d.text, nullptr, false);
        if (n.is_number() && n.dump() == d.text)
            return n;
        return json{{"number", d.text}};
    }
    case K::Boolean: return d.text == "true";
    case K::Now: return json{{"fn", "NOW"}};
    case K::UuidV4: return json{{"fn", "UUIDV4"}};
    case K::Sql: return json{{"sql", d.text}};
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

template <typename T>
json listJson(const std::vector<T> &v)
{
    json a = json::array();
    for (const auto &x : v)
        a.push_back(toJson(x));
    return a;
}

} // namespace

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
    return j;
}

schema::Column columnFromJson(const json &j, const std::string &path)
{
    checkKeys(j, path, {"id", "name", "type", "allowNull", "defaultValue", "autoIncrement", "comment"});
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
    return j;
}

schema::Table tableFromJson(const json &j, const std::string &path)
{
    checkKeys(j, path, {"id", "name", "columns", "primaryKey", "foreignKeys", "uniques", "indexes", "comment"});
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
    return t;
}

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
        checkKeys(j, p, {"op", "up", "down"});
        return RawSql{str(j, p, "up"), optStr(j, p, "down")};
    }
    fail(path + ".op", "unknown operation \"" + kind +
                           "\"; expected createTable, dropTable, renameTable, addColumn, removeColumn, "
                           "renameColumn, changeColumn, addIndex, removeIndex, addForeignKey, "
                           "removeForeignKey, addUnique, removeUnique or rawSql");
}

} // namespace sf::ops
