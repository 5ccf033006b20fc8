// Design validation: names, keys, associations, types and defaults (see validator.h).
#include "core/design/validator.h"

#include "core/design/naming.h"
#include "core/project/project.h"
#include "core/sql/dialect.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace sf::design {

namespace {

using naming::quote;

std::string dialectLabel(const std::string &d)
{
    const auto id = sql::dialectIdFromName(d);
    if (id && sql::isMySqlFamily(*id))
        return "MySQL/MariaDB";
    if (id == sql::DialectId::Sqlite)
        return "SQLite";
    return "PostgreSQL";
}

// Identifiers must fit the 3-byte UTF-8 of the dialect's table definitions (MySQL/MariaDB).
bool threeByteDefinitions(const std::string &d)
{
    const auto id = sql::dialectIdFromName(d);
    return id && !sql::capabilitiesOf(*id).fourByteUtf8InDefinitions;
}

class Checker
{
public:
    Checker(const Design &d, const ValidationOptions &o) : design(d), opts(o) {}

    const Design &design;
    const ValidationOptions &opts;
    std::vector<Problem> out;
    std::map<std::string, std::string> indexNames; // explicit index name -> path

    void add(Severity s, const std::string &id, const std::string &path, std::string msg, std::string fix = {})
    {
        out.push_back({s, id, path, std::move(msg), std::move(fix)});
    }

    // Identifier syntax, dialect length limits and reserved words for a table or column name.
    // physical: a table or column name given explicitly (tableName, field, an index name): the
    // database quotes it, so any character but a control character is allowed (Sequelize maps it).
    void identifier(const std::string &id, const std::string &path, const std::string &what, const std::string &name,
                    bool physical = false)
    {
        const std::string problem = physical ? naming::physicalNameProblem(name) : naming::identifierProblem(name);
        if (!problem.empty()) {
            add(Severity::Error, id, path, what + " " + quote(name) + " is not a valid name: " + problem,
                "rename it using letters, digits and '_'");
            return;
        }
        // The strictest limit of every dialect the design runs on; PostgreSQL would silently truncate.
        std::string limitDialect = opts.dialect;
        int limit = identifierLimit(opts.dialect);
        bool mysql = threeByteDefinitions(opts.dialect);
        for (const auto &d : opts.alsoDialects) {
            const int l = identifierLimit(d);
            if (l > 0 && (limit == 0 || l < limit)) {
                limit = l;
                limitDialect = d;
            }
            mysql = mysql || threeByteDefinitions(d);
        }
        if (mysql &&
            std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xF0; }))
            add(Severity::Error, id, path,
                what + " " + quote(name) +
                    " contains a 4-byte character (emoji or similar); MySQL/MariaDB "
                    "identifiers allow only characters of the Basic Multilingual Plane",
                "rename it without that character");
        if (limit > 0 && name.size() > static_cast<size_t>(limit))
            add(Severity::Error, id, path,
                what + " " + quote(name) + " is " + std::to_string(name.size()) + " bytes long; " +
                    dialectLabel(limitDialect) + " allows " + std::to_string(limit),
                "shorten it to " + std::to_string(limit) + " bytes or fewer");
        else if (name.size() > 63)
            add(Severity::Warning, id, path,
                what + " " + quote(name) + " is longer than PostgreSQL's 63-byte limit (MySQL allows 64)",
                "shorten it if the project may run on PostgreSQL");
        if (naming::isReservedWord(name))
            add(Severity::Warning, id, path, what + " " + quote(name) + " is an SQL reserved word",
                "it works (SchemaForge always quotes names), but hand-written SQL must quote it; consider renaming");
    }

    // The history tables belong to sequelize-cli and SchemaForge; a model must not take their name
    // (compared without case: MySQL on Windows/macOS and SQLite fold it).
    void historyTable(const std::string &id, const std::string &path, const std::string &table)
    {
        for (const char *reserved : {"SequelizeMeta", "SchemaForgeMeta", "SchemaForgeJournal"}) {
            const std::string r = reserved;
            if (table.size() == r.size() && std::equal(table.begin(), table.end(), r.begin(), [](char a, char b) {
                    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                }))
                add(Severity::Error, id, path,
                    "table " + quote(table) + " is the migration history table of " +
                        (r == "SequelizeMeta" ? "sequelize-cli" : "SchemaForge") + "; migrations would overwrite it",
                    "set a different tableName");
        }
    }

    bool characterSets() const
    {
        const auto id = sql::dialectIdFromName(opts.dialect);
        return id && sql::capabilitiesOf(*id).characterSets;
    }

    void attribute(const Model &m, const Attribute &a, const std::string &path, const std::string &table)
    {
        identifier(a.id, path, "column", a.columnName(), a.field.has_value());
        if (a.field && !naming::identifierProblem(a.name).empty())
            identifier(a.id, path, "attribute", a.name);
        if (a.type.kind == TypeKind::Enum && a.type.enumValues.empty())
            add(Severity::Error, a.id, path, "ENUM " + quote(a.name) + " has no values",
                "list the values, e.g. ENUM('draft','published')");
        const std::string dp = defaultValueProblem(a.type, a.defaultValue);
        if (!dp.empty())
            add(Severity::Error, a.id, path, "default of " + quote(a.name) + ": " + dp,
                "change the default or the type");
        if (a.isAutoIncrement() && !a.type.isInteger())
            add(Severity::Error, a.id, path, "autoIncrement needs an integer type, not " + a.type.toString(),
                "use INTEGER or BIGINT, or drop autoIncrement");
        if (a.isPrimaryKey() && a.allowNull.value_or(false))
            add(Severity::Warning, a.id, path,
                "primary key " + quote(a.name) + " has allowNull: true; a primary key is never NULL",
                "remove allowNull");
        if ((a.charset || a.collate) && !characterSets())
            add(Severity::Warning, a.id, path,
                "column " + quote(table) + "." + quote(a.columnName()) +
                    " has a character set or collation, which only MySQL/MariaDB have; " + opts.dialect + " ignores it",
                "remove charset and collate");
        const std::string tp = dialectTypeProblem(a.type, opts.dialect);
        if (!tp.empty())
            add(Severity::Warning, a.id, path, quote(a.name) + ": " + tp, "");
        (void)m;
        (void)table;
    }

    void models(std::map<std::string, std::string> &tableOwner)
    {
        std::map<std::string, size_t> modelNames;
        for (size_t i = 0; i < design.models.size(); ++i) {
            const Model &m = design.models[i];
            const std::string path = "models[" + std::to_string(i) + "]";
            if (naming::identifierProblem(m.name).size())
                add(Severity::Error, m.id, path,
                    "model name " + quote(m.name) + " is not a valid name: " + naming::identifierProblem(m.name),
                    "rename the model");
            if (auto [it, fresh] = modelNames.emplace(m.name, i); !fresh)
                add(Severity::Error, m.id, path,
                    "two models are named " + quote(m.name) + " (models[" + std::to_string(it->second) +
                        "] and this one)",
                    "rename one of them");
            const std::string table = naming::tableNameFor(m);
            identifier(m.id, path, "table", table, m.tableName.has_value());
            historyTable(m.id, path, table);
            if ((m.charset || m.collate) && !characterSets())
                add(Severity::Warning, m.id, path,
                    "table " + quote(table) + " has a character set or collation, which only MySQL/MariaDB have; " +
                        opts.dialect + " ignores it",
                    "remove charset and collate");
            if (m.noPrimaryKey.value_or(false) && !m.primaryKeyAttributes().empty())
                add(Severity::Error, m.id, path,
                    "model " + quote(m.name) + " has noPrimaryKey but a primary-key attribute",
                    "remove noPrimaryKey or the attribute's primaryKey");
            if (auto [it, fresh] = tableOwner.emplace(table, path); !fresh)
                add(Severity::Error, m.id, path, "table " + quote(table) + " is already used by " + it->second,
                    "set a different tableName");
            const auto pks = m.primaryKeyAttributes();
            if (pks.size() > 1)
                add(Severity::Warning, m.id, path,
                    "model " + quote(m.name) + " has " + std::to_string(pks.size()) +
                        " primary-key attributes: they form one composite key, and associations refer only to the "
                        "first (" +
                        quote(pks.front()->name) + ")",
                    "keep one primaryKey unless a composite key is intended");
            std::map<std::string, size_t> names, columns;
            for (size_t k = 0; k < m.attributes.size(); ++k) {
                const Attribute &a = m.attributes[k];
                const std::string apath = path + ".attributes[" + std::to_string(k) + "]";
                if (auto [it, fresh] = names.emplace(a.name, k); !fresh)
                    add(Severity::Error, a.id, apath,
                        "model " + quote(m.name) + " has two attributes named " + quote(a.name), "rename one of them");
                else if (auto [it2, fresh2] = columns.emplace(a.columnName(), k); !fresh2)
                    add(Severity::Error, a.id, apath,
                        "two attributes of " + quote(m.name) + " use column " + quote(a.columnName()),
                        "change one attribute's field");
                if (pks.empty() && a.columnName() == "id")
                    add(Severity::Error, a.id, apath,
                        "attribute " + quote(a.name) +
                            " uses column \"id\" but is not the primary key; Sequelize adds its own \"id\" primary key",
                        "mark it primaryKey, or rename it");
                if (m.hasTimestamps()) {
                    const bool us = m.isUnderscored();
                    for (const std::string &ts : {naming::createdAtColumn(us), naming::updatedAtColumn(us)})
                        if (a.columnName() == ts && a.type.kind != TypeKind::Date)
                            add(Severity::Error, a.id, apath,
                                "column " + quote(ts) + " collides with the timestamp Sequelize adds",
                                "rename it, or turn timestamps off");
                }
                attribute(m, a, apath, table);
            }
            for (size_t k = 0; k < m.indexes.size(); ++k) {
                const ModelIndex &ix = m.indexes[k];
                const std::string ipath = path + ".indexes[" + std::to_string(k) + "]";
                for (const auto &f : ix.fields)
                    if (!m.attributeByName(f) && !columns.count(f) && !fkColumnOn(m, f) && !isTimestamp(m, f) &&
                        f != "id")
                        add(Severity::Error, ix.id, ipath,
                            "index field " + quote(f) + " is not an attribute of " + quote(m.name),
                            "use an attribute name");
                if (ix.name) {
                    identifier(ix.id, ipath, "index", *ix.name, true);
                    // PostgreSQL and SQLite index names are unique per schema, MySQL's per table: there a
                    // name another table uses too is only a warning (the project then runs on MySQL only).
                    const auto id = sql::dialectIdFromName(opts.dialect);
                    const bool mysql = id && sql::capabilitiesOf(*id).indexNamesPerTable;
                    if (auto [it, fresh] = indexNames.emplace(*ix.name, ipath); !fresh) {
                        const bool sameModel = it->second.rfind(path + ".", 0) == 0;
                        add(mysql && !sameModel ? Severity::Warning : Severity::Error, ix.id, ipath,
                            "index name " + quote(*ix.name) + " is already used by " + it->second +
                                (mysql && !sameModel ? " (MySQL allows it; PostgreSQL and SQLite do not)" : ""),
                            "give the index another name");
                    }
                }
            }
        }
    }

    bool isTimestamp(const Model &m, const std::string &c) const
    {
        const bool us = m.isUnderscored();
        return m.hasTimestamps() && (c == naming::createdAtColumn(us) || c == naming::updatedAtColumn(us) ||
                                     (m.isParanoid() && c == naming::deletedAtColumn(us)));
    }

    std::string fkColumn(const Association &a, const Model &src, const Model &tgt) const
    {
        return a.foreignKey.value_or(naming::foreignKeyFor(src, tgt.isUnderscored()));
    }

    // (target model id, column) of every oneToOne/oneToMany foreign key, computed once.
    std::set<std::pair<std::string, std::string>> fkColumns;
    std::map<std::string, const Model *> modelsById;

    void prepare()
    {
        for (const auto &m : design.models)
            modelsById.emplace(m.id, &m);
        for (const auto &a : design.associations) {
            const Model *src = model(a.source);
            const Model *tgt = model(a.target);
            if (a.kind != AssociationKind::ManyToMany && src && tgt)
                fkColumns.emplace(tgt->id, fkColumn(a, *src, *tgt));
        }
    }

    const Model *model(const std::string &id) const
    {
        auto it = modelsById.find(id);
        return it == modelsById.end() ? nullptr : it->second;
    }

    bool fkColumnOn(const Model &m, const std::string &col) const { return fkColumns.count({m.id, col}) > 0; }

    // The attribute whose column is `column` (its name when it has no field).
    static const Attribute *columnOf(const Model &m, const std::string &column)
    {
        for (const auto &a : m.attributes)
            if (a.columnName() == column)
                return &a;
        return nullptr;
    }

    // True when a unique index or unique-constraint entry of `m` covers exactly attribute `a`.
    static bool uniqueIndexOn(const Model &m, const Attribute &a)
    {
        for (const auto &ix : m.indexes)
            if (ix.unique.value_or(false) && ix.fields == std::vector<std::string>{a.name})
                return true;
        return false;
    }

    static const DataType *keyType(const Model &m)
    {
        const auto pks = m.primaryKeyAttributes();
        return pks.empty() ? nullptr : &pks.front()->type;
    }

    void associations(std::map<std::string, std::string> &tableOwner)
    {
        std::map<std::pair<std::string, std::string>, std::string> fkOwner;    // (table id, column) -> path
        std::map<std::pair<std::string, std::string>, std::string> aliasOwner; // (model id, alias) -> path
        for (size_t i = 0; i < design.associations.size(); ++i) {
            const Association &a = design.associations[i];
            const std::string path = "associations[" + std::to_string(i) + "]";
            const Model *src = model(a.source);
            const Model *tgt = model(a.target);
            if (!src || !tgt) {
                add(Severity::Error, a.id, path,
                    std::string("the association's ") + (!src ? "source" : "target") + " model " +
                        quote(!src ? a.source : a.target) + " does not exist",
                    "delete the association");
                continue;
            }
            const bool self = a.source == a.target;
            if (a.as)
                if (auto [it, fresh] = aliasOwner.emplace(std::make_pair(a.source, *a.as), path); !fresh)
                    add(Severity::Error, a.id, path,
                        "alias " + quote(*a.as) + " on " + quote(src->name) + " is also used by " + it->second +
                            "; Sequelize refuses the same alias twice",
                        "choose another alias");
            if (a.inverseAs)
                if (auto [it, fresh] = aliasOwner.emplace(std::make_pair(a.target, *a.inverseAs), path); !fresh)
                    add(Severity::Error, a.id, path,
                        "alias " + quote(*a.inverseAs) + " on " + quote(tgt->name) + " is also used by " + it->second +
                            "; Sequelize refuses the same alias twice",
                        "choose another alias");
            if (self && !a.as)
                add(Severity::Error, a.id, path, "self-association on " + quote(src->name) + " needs an alias (as)",
                    "set as, e.g. \"manager\"");
            if (self && !a.foreignKey)
                add(Severity::Error, a.id, path,
                    "self-association on " + quote(src->name) + " needs an explicit foreignKey",
                    "set foreignKey, e.g. \"managerId\"");
            // foreignKey / otherKey are column names (checked as such below); aliases are JavaScript names.
            for (const auto *key : {&a.as, &a.inverseAs})
                if (*key && !naming::identifierProblem(**key).empty())
                    add(Severity::Error, a.id, path,
                        quote(**key) + " is not a valid name: " + naming::identifierProblem(**key), "rename it");
            DataType srcKey;
            srcKey.kind = TypeKind::Integer;
            if (keyType(*src))
                srcKey = *keyType(*src);
            std::string srcKeyLabel = quote(src->name) + "'s primary key";
            if (src->noPrimaryKey.value_or(false) && !keyType(*src) &&
                !(a.targetKey && a.kind != AssociationKind::ManyToMany))
                add(Severity::Error, a.id, path,
                    quote(src->name) + " has no primary key for the foreign key to refer to",
                    "set targetKey to a unique column of " + quote(src->name) + ", or give it a primary key");
            if (a.targetKey && a.kind != AssociationKind::ManyToMany) {
                const Attribute *tk = columnOf(*src, *a.targetKey);
                if (!tk)
                    add(Severity::Error, a.id, path,
                        "targetKey " + quote(*a.targetKey) + " is not a column of " + quote(src->name),
                        "name one of its attributes' columns, or remove targetKey to use the primary key");
                else if (!tk->unique && !tk->isPrimaryKey() && !uniqueIndexOn(*src, *tk))
                    add(Severity::Warning, a.id, path,
                        "targetKey " + quote(*a.targetKey) + " of " + quote(src->name) +
                            " is not unique; the database needs a unique key there",
                        "make it unique");
                if (tk) {
                    srcKey = tk->type;
                    srcKeyLabel = quote(src->name) + "." + quote(*a.targetKey);
                }
            }
            if (a.kind == AssociationKind::ManyToMany) {
                if (!a.through || a.through->empty()) {
                    add(Severity::Error, a.id, path,
                        "manyToMany between " + quote(src->name) + " and " + quote(tgt->name) +
                            " has no join table (through)",
                        "set through, e.g. \"" + src->name + tgt->name + "\"");
                } else {
                    identifier(a.id, path, "join table", *a.through, true);
                    historyTable(a.id, path, *a.through);
                    if (auto [it, fresh] = tableOwner.emplace(*a.through, path); !fresh)
                        add(Severity::Error, a.id, path,
                            "join table " + quote(*a.through) + " is already used by " + it->second,
                            "choose another through name");
                }
                const bool us = src->isUnderscored();
                const std::string k1 = a.foreignKey.value_or(naming::foreignKeyFor(*src, us));
                const std::string k2 = a.otherKey.value_or(naming::foreignKeyFor(*tgt, us));
                if (k1 == k2)
                    add(Severity::Error, a.id, path, "both join-table keys are named " + quote(k1),
                        "set foreignKey and otherKey to different names");
                if (a.onDelete && *a.onDelete == "SET NULL")
                    add(Severity::Error, a.id, path,
                        "ON DELETE SET NULL cannot work on join-table keys (they are NOT NULL)", "use CASCADE");
                for (size_t k = 0; k < a.throughAttributes.size(); ++k) {
                    const std::string ppath = path + ".throughAttributes[" + std::to_string(k) + "]";
                    const Attribute &p = a.throughAttributes[k];
                    if (p.columnName() == k1 || p.columnName() == k2)
                        add(Severity::Error, p.id, ppath,
                            "payload column " + quote(p.columnName()) + " collides with a join-table key", "rename it");
                    attribute(*src, p, ppath, a.through.value_or(""));
                }
                continue;
            }
            const std::string col = fkColumn(a, *src, *tgt);
            identifier(a.id, path, "foreign key column", col, a.foreignKey.has_value());
            const auto key = std::make_pair(tgt->id, col);
            if (auto [it, fresh] = fkOwner.emplace(key, path); !fresh)
                add(Severity::Error, a.id, path,
                    "foreign key column " + quote(col) + " on " + quote(tgt->name) + " is also made by " + it->second,
                    "give one association another foreignKey");
            if (const Attribute *existing = columnOf(*tgt, col); existing && !(existing->type == srcKey)) {
                // Same kind, other width (VARCHAR vs VARCHAR(256), INTEGER vs BIGINT): databases accept
                // the key, so it is a warning; different kinds cannot reference each other.
                const bool compatible =
                    existing->type.kind == srcKey.kind || (existing->type.isInteger() && srcKey.isInteger());
                add(compatible ? Severity::Warning : Severity::Error, a.id, path,
                    "foreign key column " + quote(naming::tableNameFor(*tgt)) + "." + quote(col) + " is " +
                        existing->type.toString() + " but " + srcKeyLabel + " is " + srcKey.toString(),
                    "make the attribute " + srcKey.toString() + " or remove it and let the association create it");
            }
            const bool nullable = a.allowNull.value_or(true);
            if (!nullable && a.onDelete && *a.onDelete == "SET NULL")
                add(Severity::Error, a.id, path, "ON DELETE SET NULL on a NOT NULL foreign key " + quote(col),
                    "use CASCADE or RESTRICT, or allow NULL");
        }
    }
};

} // namespace

std::vector<Problem> validate(const Design &design, const ValidationOptions &options)
{
    Checker c(design, options);
    c.prepare();
    std::map<std::string, std::string> tableOwner;
    c.models(tableOwner);
    c.associations(tableOwner);
    return std::move(c.out);
}

ValidationOptions validationOptionsFor(const project::Project &project)
{
    ValidationOptions o;
    o.dialect = project.defaultDialect();
    for (const auto &c : project.connections) {
        // The scheme of each profile names a dialect the design will run on (${VAR} URLs say nothing).
        const std::string scheme = c.url.substr(0, c.url.find(':'));
        const auto id = sql::dialectIdFromName(scheme);
        const std::string d = id ? std::string(sql::dialectName(*id)) : std::string();
        if (id && d != o.dialect && std::find(o.alsoDialects.begin(), o.alsoDialects.end(), d) == o.alsoDialects.end())
            o.alsoDialects.push_back(d);
    }
    return o;
}

std::vector<Problem> validate(const project::Project &project)
{
    auto problems = validate(project.design, validationOptionsFor(project));
    for (size_t i = 0; i < project.connections.size(); ++i) {
        // scheme://user:password@host: a password must come from ${VAR}, never be written into the project.
        const std::string &url = project.connections[i].url;
        const size_t scheme = url.find("://");
        if (scheme == std::string::npos)
            continue;
        const size_t at = url.find('@', scheme + 3);
        const size_t colon = url.find(':', scheme + 3);
        if (at == std::string::npos || colon == std::string::npos || colon > at)
            continue;
        const std::string password = url.substr(colon + 1, at - colon - 1);
        if (!password.empty() && !(password.rfind("${", 0) == 0 && password.back() == '}'))
            problems.push_back({Severity::Error, "", "connections[" + std::to_string(i) + "]",
                                "connection " + naming::quote(project.connections[i].name) +
                                    " has a literal password in its URL; the project file must not hold secrets",
                                "write ${DB_PASSWORD} in the URL and put the value in the environment or a .env file"});
    }
    return problems;
}

} // namespace sf::design
