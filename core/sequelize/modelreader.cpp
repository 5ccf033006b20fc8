// Model code -> Design.
#include "core/sequelize/modelreader.h"

#include "core/design/naming.h"
#include "core/node/noderunner.h"
#include "core/sql/dialectid.h"

#include <map>
#include <set>

namespace sf::sequelize {

namespace {

std::string str(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool flag(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

design::DefaultValue defaultOf(const nlohmann::json &d)
{
    if (!d.is_object())
        return {};
    const std::string kind = str(d, "kind"), text = str(d, "text");
    if (kind == "now")
        return design::DefaultValue::now();
    if (kind == "uuidv4")
        return design::DefaultValue::uuidV4();
    if (kind == "sql")
        return design::DefaultValue::sql(text);
    if (kind == "number")
        return design::DefaultValue::number(text);
    if (kind == "boolean")
        return design::DefaultValue::boolean(text == "true");
    return design::DefaultValue::string(text);
}

void addNote(design::Model &m, const std::string &line)
{
    m.note = m.note ? *m.note + "\n" + line : line;
}

struct Pending {
    design::Association a;
    std::string fkModel;   // model name holding the foreign key (1:1 / 1:N)
    bool hasOwner = false; // a hasOne/hasMany side was seen
};

} // namespace

ModelReadResult ModelReader::read(const ModelReadOptions &options)
{
    ModelReadResult r;
    nlohmann::json req;
    req["command"] = "models";
    req["projectDir"] = options.projectDir;
    if (!options.env.empty())
        req["env"] = options.env;
    if (!options.modelsPath.empty())
        req["modelsPath"] = options.modelsPath;
    node::NodeOptions no;
    no.workingDirectory = options.projectDir;
    no.timeoutMs = 120000;
    // Models are only defined, never synced: a connection-free stand-in of the right dialect suffices.
    nlohmann::json conn;
    const std::string dialect =
        options.dialect.empty() ? std::string(sql::dialectName(sql::DialectId::Sqlite)) : options.dialect;
    conn["dialect"] = dialect;
    if (sql::dialectIdFromName(dialect) == sql::DialectId::Sqlite)
        conn["storage"] = ":memory:";
    no.environment["SF_BRIDGE_CONNECTION"] = conn.dump();
    const node::NodeResult nr = node::NodeRunner::run(req, no);
    if (!nr.ok) {
        r.code = nr.code;
        r.error = nr.error;
        if (nr.code == "no-sequelize")
            r.error += " (or adopt with --from database)";
        return r;
    }
    return fromDescription(nr.result);
}

ModelReadResult ModelReader::fromDescription(const nlohmann::json &d)
{
    ModelReadResult r;
    for (const auto &p : d.value("problems", nlohmann::json::array()))
        r.problems.push_back(p.get<std::string>());
    const nlohmann::json models = d.value("models", nlohmann::json::array());
    const nlohmann::json assocs = d.value("associations", nlohmann::json::array());

    // Join tables of belongsToMany are not models of the design; their payload goes on the link.
    std::set<std::string> throughModels;
    for (const auto &a : assocs)
        if (str(a, "type") == "BelongsToMany" && !str(a, "throughModel").empty())
            throughModels.insert(str(a, "throughModel"));
    // Foreign-key attributes the associations own, per model.
    std::map<std::string, std::set<std::string>> fkAttrs;
    for (const auto &a : assocs) {
        const std::string type = str(a, "type");
        if (type == "BelongsTo")
            fkAttrs[str(a, "source")].insert(str(a, "foreignKey"));
        else if (type == "HasMany" || type == "HasOne")
            fkAttrs[str(a, "target")].insert(str(a, "foreignKey"));
        else if (type == "BelongsToMany") {
            fkAttrs[str(a, "throughModel")].insert(str(a, "foreignKey"));
            fkAttrs[str(a, "throughModel")].insert(str(a, "otherKey"));
        }
    }
    std::map<std::string, const nlohmann::json *> byName;
    for (const auto &m : models)
        byName[str(m, "name")] = &m;
    auto attrJson = [&](const std::string &model, const std::string &attr) -> const nlohmann::json * {
        const auto it = byName.find(model);
        if (it == byName.end())
            return nullptr;
        for (const auto &a : (*it->second)["attributes"])
            if (str(a, "name") == attr)
                return &a;
        return nullptr;
    };
    std::map<std::string, std::string> pkName; // model -> primary-key attribute

    for (const auto &mj : models) {
        const std::string name = str(mj, "name");
        if (throughModels.count(name))
            continue;
        design::Model m;
        m.id = "m-" + name;
        m.name = name;
        if (!flag(mj, "timestamps"))
            m.timestamps = false;
        if (flag(mj, "paranoid"))
            m.paranoid = true;
        if (flag(mj, "underscored"))
            m.underscored = true;
        if (flag(mj, "freezeTableName"))
            m.freezeTableName = true;
        if (!str(mj, "comment").empty())
            m.comment = str(mj, "comment");
        m.tableName = str(mj, "tableName");
        design::Model probe = m;
        probe.tableName.reset();
        if (design::naming::tableNameFor(probe) == *m.tableName)
            m.tableName.reset();
        for (const char *ts : {"createdAt", "updatedAt", "deletedAt"}) {
            const auto it = mj.find(ts);
            if (it == mj.end() || it->is_null())
                continue;
            const std::string line = name + ": option " + std::string(ts) + " = " + it->dump() +
                                     " (renamed or disabled timestamp) has no SchemaForge equivalent; the design uses "
                                     "Sequelize's default column";
            r.problems.push_back(line);
            addNote(m, line);
        }
        std::string pk = "id";
        for (const auto &aj : mj["attributes"]) {
            const std::string an = str(aj, "name");
            if (flag(aj, "virtual")) {
                addNote(m, "VIRTUAL attribute " + an + " (no column)");
                continue;
            }
            if (flag(aj, "primaryKey") && !flag(aj, "autoGenerated"))
                pk = an;
            if (flag(aj, "autoGenerated") || fkAttrs[name].count(an))
                continue;
            design::Attribute a;
            a.id = "a-" + name + "-" + an;
            a.name = an;
            if (!str(aj, "field").empty())
                a.field = str(aj, "field");
            const std::string type = str(aj, "type");
            std::string err;
            const auto parsed = type.empty() ? std::nullopt : design::DataType::parse(type, &err);
            if (!parsed) {
                const std::string line = name + "." + an + ": type " +
                                         (type.empty() ? str(aj, "typeText") : type + " (" + err + ")") +
                                         " is not supported; the attribute is kept as a note, not as a column";
                if (!type.empty())
                    r.problems.push_back(line);
                addNote(m, line);
                continue;
            }
            a.type = *parsed;
            if (aj.contains("allowNull") && aj["allowNull"].is_boolean())
                a.allowNull = aj["allowNull"].get<bool>();
            a.defaultValue = defaultOf(aj["defaultValue"]);
            if (aj.contains("unique") && !aj["unique"].is_null())
                a.unique = aj["unique"].is_boolean() ? std::string("true") : aj["unique"].get<std::string>();
            if (flag(aj, "primaryKey"))
                a.primaryKey = true;
            if (flag(aj, "autoIncrement"))
                a.autoIncrement = true;
            if (!str(aj, "comment").empty())
                a.comment = str(aj, "comment");
            if (aj.contains("references") && aj["references"].is_object()) {
                const std::string line = name + "." + an + " references " + str(aj["references"], "table") +
                                         " without an association; the foreign key is not part of the design "
                                         "(add belongsTo/hasMany to keep it)";
                r.problems.push_back(line);
                addNote(m, line);
            }
            m.attributes.push_back(std::move(a));
        }
        pkName[name] = pk;
        int k = 0;
        for (const auto &ij : mj["indexes"]) {
            design::ModelIndex ix;
            ix.id = "i-" + name + "-" + std::to_string(++k);
            if (!str(ij, "name").empty())
                ix.name = str(ij, "name");
            for (const auto &f : ij["fields"])
                if (f.is_string())
                    ix.fields.push_back(f.get<std::string>());
            if (flag(ij, "unique"))
                ix.unique = true;
            if (flag(ij, "extra")) {
                const std::string line = name + ": index " + ix.name.value_or(std::to_string(k)) +
                                         " has a where/type/order/length option that is not kept";
                r.problems.push_back(line);
                addNote(m, line);
            }
            m.indexes.push_back(std::move(ix));
        }
        r.design.models.push_back(std::move(m));
    }

    // Associations: both sides of one relationship become one link.
    std::map<std::string, Pending> links; // key: one-side|fk-model|fk  or  m2m|through
    std::vector<std::string> order;
    auto fkRules = [&](const std::string &fkModel, const std::string &fk, design::Association &a) {
        if (const nlohmann::json *f = attrJson(fkModel, fk)) {
            if (!str(*f, "onDelete").empty())
                a.onDelete = str(*f, "onDelete");
            if (!str(*f, "onUpdate").empty())
                a.onUpdate = str(*f, "onUpdate");
            if (f->contains("allowNull") && (*f)["allowNull"].is_boolean() && !(*f)["allowNull"].get<bool>())
                a.allowNull = false;
        }
    };
    for (const auto &aj : assocs) {
        const std::string type = str(aj, "type"), source = str(aj, "source"), target = str(aj, "target");
        const std::string fk = str(aj, "foreignKey");
        const std::string column = str(aj, "foreignKeyField").empty() ? fk : str(aj, "foreignKeyField");
        if (!flag(aj, "constraints"))
            r.problems.push_back(source + "." + type + "(" + target +
                                 "): constraints: false has no SchemaForge "
                                 "equivalent; the design creates the foreign-key constraint");
        if (type == "BelongsToMany") {
            const std::string key = "m2m|" + str(aj, "through");
            auto [it, fresh] = links.try_emplace(key);
            if (fresh) {
                order.push_back(key);
                design::Association &a = it->second.a;
                a.id = "as-" + source + "-" + str(aj, "through");
                a.kind = design::AssociationKind::ManyToMany;
                a.source = "m-" + source;
                a.target = "m-" + target;
                a.through = str(aj, "through");
                a.foreignKey = fk;
                a.otherKey = str(aj, "otherKey");
                if (flag(aj, "aliased"))
                    a.as = str(aj, "as");
                fkRules(str(aj, "throughModel"), fk, a);
                if (a.onDelete == "CASCADE")
                    a.onDelete.reset(); // Sequelize's default for a join table
                if (a.onUpdate == "CASCADE")
                    a.onUpdate.reset();
                a.allowNull.reset();
                if (const auto m = byName.find(str(aj, "throughModel")); m != byName.end())
                    for (const auto &pj : (*m->second)["attributes"]) {
                        const std::string pn = str(pj, "name");
                        if (flag(pj, "autoGenerated") || pn == fk || pn == str(aj, "otherKey") || flag(pj, "virtual"))
                            continue;
                        std::string err;
                        const auto t = design::DataType::parse(str(pj, "type"), &err);
                        if (!t)
                            continue;
                        design::Attribute pa;
                        pa.id = "a-" + str(aj, "through") + "-" + pn;
                        pa.name = pn;
                        pa.type = *t;
                        if (pj.contains("allowNull") && pj["allowNull"].is_boolean())
                            pa.allowNull = pj["allowNull"].get<bool>();
                        pa.defaultValue = defaultOf(pj["defaultValue"]);
                        a.throughAttributes.push_back(std::move(pa));
                    }
            } else if (flag(aj, "aliased") && "m-" + source == it->second.a.target) {
                it->second.a.inverseAs = str(aj, "as");
            }
            continue;
        }
        const bool belongsTo = type == "BelongsTo";
        const std::string one = belongsTo ? target : source;
        const std::string many = belongsTo ? source : target;
        const std::string keyAttr = belongsTo ? str(aj, "targetKey") : str(aj, "sourceKey");
        if (!keyAttr.empty() && keyAttr != pkName[one] && pkName.count(one))
            r.problems.push_back(source + "." + type + "(" + target +
                                 "): " + (belongsTo ? "targetKey " : "sourceKey ") + keyAttr +
                                 " is not the primary key; the design refers to the primary key");
        const std::string key = one + "|" + many + "|" + column;
        auto [it, fresh] = links.try_emplace(key);
        Pending &p = it->second;
        if (fresh) {
            order.push_back(key);
            p.a.id = "as-" + one + "-" + many + "-" + column;
            p.a.kind = design::AssociationKind::OneToMany;
            p.a.source = "m-" + one;
            p.a.target = "m-" + many;
            p.a.foreignKey = column;
            p.fkModel = many;
            fkRules(many, fk, p.a);
        }
        if (belongsTo) {
            if (flag(aj, "aliased"))
                p.a.inverseAs = str(aj, "as");
        } else {
            p.hasOwner = true;
            p.a.kind = type == "HasOne" ? design::AssociationKind::OneToOne : design::AssociationKind::OneToMany;
            if (flag(aj, "aliased"))
                p.a.as = str(aj, "as");
        }
    }
    for (const auto &key : order)
        r.design.associations.push_back(links[key].a);
    r.ok = true;
    return r;
}

} // namespace sf::sequelize
