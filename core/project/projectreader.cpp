// Project JSON -> Project: every key checked, every error naming its JSON path.
#include "core/design/naming.h"
#include "core/project/jsonreader.h"
#include "core/project/projectfile.h"
#include "core/project/projectjson.h"
#include "core/sql/dialectid.h"

#include <algorithm>
#include <set>

namespace sf::project::json {

namespace {

using design::naming::quote;

class Reader : public JsonReader
{
public:
    bool defaultValue(const Json &v, const std::string &path, design::DefaultValue *out)
    {
        using design::DefaultValue;
        if (v.is_string()) {
            *out = DefaultValue::string(v.get<std::string>());
            return true;
        }
        if (v.is_boolean()) {
            *out = DefaultValue::boolean(v.get<bool>());
            return true;
        }
        if (v.is_number()) {
            *out = DefaultValue::number(v.dump());
            return true;
        }
        if (v.is_object() && v.size() == 1 && v.contains("fn")) {
            const Json &fn = v["fn"];
            if (fn == "NOW") {
                *out = DefaultValue::now();
                return true;
            }
            if (fn == "UUIDV4") {
                *out = DefaultValue::uuidV4();
                return true;
            }
            return fail(path + ".fn", (fn.is_string() ? quote(fn.get<std::string>()) : std::string(kindOf(fn))) +
                                          " is not a default function; use \"NOW\" or \"UUIDV4\"");
        }
        if (v.is_object() && v.size() == 1 && v.contains("sql")) {
            if (!v["sql"].is_string())
                return fail(path + ".sql", std::string("expected a string, got ") + kindOf(v["sql"]));
            if (v["sql"].get<std::string>().empty())
                return fail(path + ".sql", "the SQL expression is empty");
            *out = DefaultValue::sql(v["sql"].get<std::string>());
            return true;
        }
        return fail(path, std::string("expected a string, number, boolean, {\"fn\": \"NOW\"|\"UUIDV4\"} or "
                                      "{\"sql\": \"...\"}, got ") +
                              kindOf(v));
    }

    bool attribute(const Json &j, const std::string &path, design::Attribute *a)
    {
        if (!object(j, path,
                    {"id", "name", "type", "allowNull", "defaultValue", "primaryKey", "autoIncrement", "unique",
                     "comment", "field", "charset", "collate"}))
            return false;
        if (!id(j, path, &a->id))
            return false;
        if (!str(j, "name", path, true, &a->name) || !name(a->name, join(path, "name")))
            return false;
        std::string type;
        if (!str(j, "type", path, true, &type))
            return false;
        std::string typeError;
        auto t = design::DataType::parse(type, &typeError);
        if (!t)
            return fail(join(path, "type"), typeError);
        a->type = *t;
        if (!optBool(j, "allowNull", path, &a->allowNull))
            return false;
        if (auto it = j.find("defaultValue");
            it != j.end() && !defaultValue(*it, join(path, "defaultValue"), &a->defaultValue))
            return false;
        if (!optBool(j, "primaryKey", path, &a->primaryKey) || !optBool(j, "autoIncrement", path, &a->autoIncrement))
            return false;
        if (auto it = j.find("unique"); it != j.end()) {
            if (it->is_boolean()) {
                if (it->get<bool>())
                    a->unique = "true";
            } else if (it->is_string()) {
                a->unique = it->get<std::string>();
                if (!name(*a->unique, join(path, "unique")))
                    return false;
            } else {
                return fail(join(path, "unique"),
                            std::string("expected true, false or a group name, got ") + kindOf(*it));
            }
        }
        return optStr(j, "comment", path, &a->comment) && optPhysicalName(j, "field", path, &a->field) &&
               optStr(j, "charset", path, &a->charset) && optStr(j, "collate", path, &a->collate);
    }

    bool attributes(const Json &obj, const char *key, const std::string &path, std::vector<design::Attribute> *out)
    {
        const Json *arr = member(obj, key, path, false);
        if (!arr)
            return true;
        const std::string p = join(path, key);
        if (!arr->is_array())
            return fail(p, std::string("expected an array, got ") + kindOf(*arr));
        for (size_t i = 0; i < arr->size(); ++i) {
            design::Attribute a;
            if (!attribute((*arr)[i], idx(p, i), &a))
                return false;
            out->push_back(std::move(a));
        }
        return true;
    }

    bool index(const Json &j, const std::string &path, design::ModelIndex *ix)
    {
        if (!object(j, path, {"id", "name", "fields", "unique", "constraint"}) || !id(j, path, &ix->id))
            return false;
        // Index names and fields are physical names (an index field may name a foreign-key column).
        if (!optPhysicalName(j, "name", path, &ix->name))
            return false;
        if (!optBool(j, "constraint", path, &ix->constraint))
            return false;
        const Json *f = member(j, "fields", path, true);
        if (!f)
            return false;
        const std::string fp = join(path, "fields");
        if (!f->is_array())
            return fail(fp, std::string("expected an array of attribute names, got ") + kindOf(*f));
        if (f->empty())
            return fail(fp, "an index needs at least one field");
        for (size_t i = 0; i < f->size(); ++i) {
            if (!(*f)[i].is_string())
                return fail(idx(fp, i), std::string("expected a string, got ") + kindOf((*f)[i]));
            ix->fields.push_back((*f)[i].get<std::string>());
            if (!physicalName(ix->fields.back(), idx(fp, i)))
                return false;
        }
        return optBool(j, "unique", path, &ix->unique);
    }

    bool model(const Json &j, const std::string &path, design::Model *m)
    {
        if (!object(j, path,
                    {"id", "name", "tableName", "freezeTableName", "timestamps", "paranoid", "underscored", "comment",
                     "note", "attributes", "indexes", "noPrimaryKey", "charset", "collate"}))
            return false;
        if (!id(j, path, &m->id))
            return false;
        if (!str(j, "name", path, true, &m->name) || !name(m->name, join(path, "name")))
            return false;
        if (!optPhysicalName(j, "tableName", path, &m->tableName) ||
            !optBool(j, "freezeTableName", path, &m->freezeTableName) ||
            !optBool(j, "timestamps", path, &m->timestamps) || !optBool(j, "paranoid", path, &m->paranoid) ||
            !optBool(j, "underscored", path, &m->underscored) || !optStr(j, "comment", path, &m->comment) ||
            !optBool(j, "noPrimaryKey", path, &m->noPrimaryKey) || !optStr(j, "note", path, &m->note) ||
            !optStr(j, "charset", path, &m->charset) || !optStr(j, "collate", path, &m->collate) ||
            !attributes(j, "attributes", path, &m->attributes))
            return false;
        if (const Json *arr = member(j, "indexes", path, false)) {
            const std::string p = join(path, "indexes");
            if (!arr->is_array())
                return fail(p, std::string("expected an array, got ") + kindOf(*arr));
            for (size_t i = 0; i < arr->size(); ++i) {
                design::ModelIndex ix;
                if (!index((*arr)[i], idx(p, i), &ix))
                    return false;
                m->indexes.push_back(std::move(ix));
            }
        }
        return true;
    }

    bool action(const Json &j, const char *key, const std::string &path, std::optional<std::string> *out)
    {
        if (!optStr(j, key, path, out) || !*out)
            return error.empty();
        static const std::set<std::string> ok{"CASCADE", "SET NULL", "RESTRICT", "NO ACTION", "SET DEFAULT"};
        if (!ok.count(**out))
            return fail(join(path, key), quote(**out) + " is not a referential action; use CASCADE, SET NULL, "
                                                        "RESTRICT, NO ACTION or SET DEFAULT");
        return true;
    }

    bool association(const Json &j, const std::string &path, const design::Design &d, design::Association *a)
    {
        if (!object(j, path,
                    {"id", "type", "source", "target", "as", "inverseAs", "foreignKey", "otherKey", "onDelete",
                     "onUpdate", "through", "allowNull", "throughAttributes", "targetKey", "constraintName"}))
            return false;
        if (!id(j, path, &a->id))
            return false;
        std::string kind;
        if (!str(j, "type", path, true, &kind))
            return false;
        auto k = design::associationKindFromString(kind);
        if (!k)
            return fail(join(path, "type"), quote(kind) + " is not an association type; use oneToOne, oneToMany "
                                                          "or manyToMany");
        a->kind = *k;
        for (auto [key, field] : {std::pair{"source", &a->source}, std::pair{"target", &a->target}}) {
            if (!str(j, key, path, true, field))
                return false;
            if (!d.modelById(*field))
                return fail(join(path, key), "no model has id " + quote(*field));
        }
        // foreignKey, otherKey, through, targetKey and constraintName are physical (column, table,
        // constraint) names: the database quotes them, any character but a control character goes.
        if (!optName(j, "as", path, &a->as) || !optName(j, "inverseAs", path, &a->inverseAs) ||
            !optPhysicalName(j, "foreignKey", path, &a->foreignKey) ||
            !optPhysicalName(j, "otherKey", path, &a->otherKey) || !action(j, "onDelete", path, &a->onDelete) ||
            !action(j, "onUpdate", path, &a->onUpdate) || !optPhysicalName(j, "through", path, &a->through) ||
            !optBool(j, "allowNull", path, &a->allowNull) ||
            !attributes(j, "throughAttributes", path, &a->throughAttributes) ||
            !optPhysicalName(j, "targetKey", path, &a->targetKey) ||
            !optPhysicalName(j, "constraintName", path, &a->constraintName))
            return false;
        if (!a->throughAttributes.empty() && a->kind != design::AssociationKind::ManyToMany)
            return fail(join(path, "throughAttributes"), "only a manyToMany association has a join table");
        return true;
    }

    bool layout(const Json &j, Project *p)
    {
        if (!j.is_object())
            return fail("layout", std::string("expected an object keyed by id, got ") + kindOf(j));
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string path = "layout." + it.key();
            const Json &e = it.value();
            if (!object(e, path, {"x", "y", "width", "height", "color", "collapsed"}))
                return false;
            LayoutEntry le;
            std::optional<double> x, y;
            if (!number(e, "x", path, true, &x) || !number(e, "y", path, true, &y) ||
                !number(e, "width", path, false, &le.width) || !number(e, "height", path, false, &le.height) ||
                !optStr(e, "color", path, &le.color) || !optBool(e, "collapsed", path, &le.collapsed))
                return false;
            le.x = *x;
            le.y = *y;
            if (le.color) {
                const std::string &c = *le.color;
                const bool hex = c.size() == 7 && c[0] == '#' && std::all_of(c.begin() + 1, c.end(), [](char ch) {
                                     return std::isxdigit(static_cast<unsigned char>(ch));
                                 });
                if (!hex)
                    return fail(path + ".color", quote(c) + " is not a color; write \"#rrggbb\"");
            }
            p->layout[it.key()] = le;
        }
        return true;
    }
};

} // namespace

bool readProjectJson(const Json &root, Project *out, std::string *error)
{
    Reader r;
    Project p;
    auto done = [&](bool ok) {
        if (!ok && error)
            *error = r.error;
        if (ok)
            *out = std::move(p);
        return ok;
    };
    if (!root.is_object())
        return r.fail("", std::string("expected a JSON object, got ") + kindOf(root)), done(false);
    const Json *format = r.member(root, "format", "", false);
    if (!format)
        return r.fail("format", std::string("missing; this is not a SchemaForge project (expected \"format\": \"") +
                                    ProjectFile::kFormat + "\")"),
               done(false);
    if (!format->is_string())
        return r.fail("format", std::string("expected a string, got ") + kindOf(*format)), done(false);
    const std::string f = format->get<std::string>();
    if (f != ProjectFile::kFormat) {
        if (f.rfind("schemaforge/", 0) == 0)
            return r.fail("format", quote(f) + " was written by a newer SchemaForge; this version reads only \"" +
                                        ProjectFile::kFormat + "\" (upgrade SchemaForge to open it)"),
                   done(false);
        return r.fail("format",
                      quote(f) + " is not a SchemaForge project format (expected \"" + ProjectFile::kFormat + "\")"),
               done(false);
    }
    if (!r.object(root, "",
                  {"format", "name", "settings", "models", "associations", "rawSql", "layout", "connections"}))
        return done(false);
    if (!r.str(root, "name", "", true, &p.name))
        return done(false);
    if (const Json *s = r.member(root, "settings", "", false)) {
        if (!r.object(*s, "settings",
                      {"migrationsDir", "modelsDir", "defaultDialect", "tableLockTimeoutMs", "statementTimeoutMs"}) ||
            !r.optStr(*s, "migrationsDir", "settings", &p.settings.migrationsDir) ||
            !r.optStr(*s, "modelsDir", "settings", &p.settings.modelsDir) ||
            !r.optStr(*s, "defaultDialect", "settings", &p.settings.defaultDialect))
            return done(false);
        for (auto [key, out] : {std::pair{"tableLockTimeoutMs", &p.settings.tableLockTimeoutMs},
                                std::pair{"statementTimeoutMs", &p.settings.statementTimeoutMs}}) {
            std::optional<double> ms;
            if (!r.number(*s, key, "settings", false, &ms))
                return done(false);
            if (ms && (*ms < 0 || *ms > 86400000 || *ms != static_cast<int>(*ms)))
                return r.fail(std::string("settings.") + key,
                              "expected whole milliseconds from 0 to 86400000 (0 = the server's own setting)"),
                       done(false);
            if (ms)
                *out = static_cast<int>(*ms);
        }
        const auto &dd = p.settings.defaultDialect;
        if (dd && !sql::projectDialectFromName(*dd))
            return r.fail("settings.defaultDialect", quote(*dd) + " is not a dialect; use postgres, mysql or sqlite"),
                   done(false);
    }
    for (const char *key : {"models", "associations", "rawSql", "connections"}) {
        const Json *arr = r.member(root, key, "", false);
        if (!arr)
            continue;
        if (!arr->is_array())
            return r.fail(key, std::string("expected an array, got ") + kindOf(*arr)), done(false);
        for (size_t i = 0; i < arr->size(); ++i) {
            const std::string path = idx(key, i);
            const Json &e = (*arr)[i];
            if (key == std::string("models")) {
                design::Model m;
                if (!r.model(e, path, &m))
                    return done(false);
                p.design.models.push_back(std::move(m));
            } else if (key == std::string("associations")) {
                design::Association a;
                if (!r.association(e, path, p.design, &a))
                    return done(false);
                p.design.associations.push_back(std::move(a));
            } else if (key == std::string("rawSql")) {
                design::RawSqlObject x;
                if (!r.object(e, path, {"id", "kind", "name", "table", "dialect", "up", "down"}) ||
                    !r.id(e, path, &x.id) || !r.str(e, "kind", path, true, &x.kind) ||
                    !r.str(e, "name", path, true, &x.name) || !r.str(e, "table", path, false, &x.table) ||
                    !r.str(e, "dialect", path, true, &x.dialect) || !r.str(e, "up", path, true, &x.up) ||
                    !r.str(e, "down", path, true, &x.down))
                    return done(false);
                if (!sql::projectDialectFromName(x.dialect))
                    return r.fail(path + ".dialect",
                                  quote(x.dialect) + " is not a dialect; use postgres, mysql or sqlite"),
                           done(false);
                if (x.up.empty())
                    return r.fail(path + ".up", "the SQL that creates the object is empty"), done(false);
                p.design.rawSql.push_back(std::move(x));
            } else {
                ConnectionProfile c;
                if (!r.object(e, path, {"name", "url"}) || !r.str(e, "name", path, true, &c.name) ||
                    !r.str(e, "url", path, true, &c.url))
                    return done(false);
                if (c.name.empty())
                    return r.fail(path + ".name", "the connection name is empty"), done(false);
                for (const auto &other : p.connections)
                    if (other.name == c.name)
                        return r.fail(path + ".name", "duplicate connection name " + quote(c.name)), done(false);
                p.connections.push_back(std::move(c));
            }
        }
    }
    if (const Json *l = r.member(root, "layout", "", false); l && !r.layout(*l, &p))
        return done(false);
    return done(true);
}

} // namespace sf::project::json
