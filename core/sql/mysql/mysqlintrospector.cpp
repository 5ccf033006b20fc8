#include "core/sql/mysql/mysqlintrospector.h"

#include "core/db/sqltype.h"
#include "core/db/typeddefault.h"
#include "core/sql/dialect.h"

#include <algorithm>
#include <map>
#include <set>

namespace sf::db {

namespace {

using design::DataType;
using design::TypeKind;

DataType mapType(const std::string &columnType, const std::string &collation, bool jsonCheck, const std::string &where,
                 const sql::Dialect &literals, std::vector<std::string> &warnings)
{
    DataType t;
    const SqlType s = SqlType::parse(columnType, &literals); // enum('a\\b','it''s'): MySQL escapes
    std::string base = s.base;
    std::string rest = s.rest;
    if (s.args.empty()) { // "int unsigned" (MySQL 8 prints no display width)
        const auto sp = base.find(' ');
        if (sp != std::string::npos) {
            rest = base.substr(sp + 1);
            base = base.substr(0, sp);
        }
    }
    const bool binColl = collation.size() > 4 && collation.compare(collation.size() - 4, 4, "_bin") == 0;
    t.isUnsigned = rest.find("unsigned") != std::string::npos;
    if (base == "varchar") {
        t.kind = TypeKind::String;
        if (s.intArg(0, 255) != 255)
            t.length = s.intArg(0);
        t.binary = binColl;
    } else if (base == "char") {
        if (s.intArg(0) == 36 && binColl) {
            t.kind = TypeKind::Uuid;
        } else {
            t.kind = TypeKind::Char;
            t.length = s.intArg(0, 1);
        }
    } else if (base == "text" || base == "tinytext" || base == "mediumtext" || base == "longtext") {
        if (jsonCheck) {
            t.kind = TypeKind::Json;
        } else {
            t.kind = TypeKind::Text;
            if (base != "text")
                t.variant = base.substr(0, base.size() - 4);
        }
    } else if (base == "json") {
        t.kind = TypeKind::Json;
    } else if (base == "int" || base == "integer") {
        t.kind = TypeKind::Integer;
    } else if (base == "bigint") {
        t.kind = TypeKind::BigInt;
    } else if (base == "smallint") {
        t.kind = TypeKind::SmallInt;
    } else if (base == "tinyint") {
        t.kind = s.intArg(0) == 1 && !t.isUnsigned ? TypeKind::Boolean : TypeKind::TinyInt;
    } else if (base == "mediumint") {
        t.kind = TypeKind::MediumInt;
    } else if (base == "float") {
        t.kind = TypeKind::Float;
        if (s.args.size() == 2) {
            t.precision = s.intArg(0);
            t.scale = s.intArg(1);
        }
    } else if (base == "double" || base == "real") {
        t.kind = TypeKind::Double;
        if (s.args.size() == 2) {
            t.precision = s.intArg(0);
            t.scale = s.intArg(1);
        }
    } else if (base == "decimal" || base == "numeric") {
        t.kind = TypeKind::Decimal;
        if (!s.args.empty()) {
            t.precision = s.intArg(0);
            t.scale = s.intArg(1);
        }
    } else if (base == "datetime" || base == "timestamp") {
        t.kind = TypeKind::Date;
        if (!s.args.empty() && s.intArg(0) > 0)
            t.length = s.intArg(0);
    } else if (base == "date") {
        t.kind = TypeKind::DateOnly;
    } else if (base == "time") {
        t.kind = TypeKind::Time;
    } else if (base == "enum") {
        t.kind = TypeKind::Enum;
        t.enumValues = s.args;
    } else if (base == "blob" || base == "tinyblob" || base == "mediumblob" || base == "longblob") {
        t.kind = TypeKind::Blob;
        if (base != "blob")
            t.variant = base.substr(0, base.size() - 4);
    } else {
        t.kind = TypeKind::Text;
        warnings.push_back(where + " has type " + columnType + ", which SchemaForge cannot represent; read as TEXT");
    }
    return t;
}

// A collation's character set: its name up to the first '_' (latin1_swedish_ci, utf8mb4_bin; "binary").
std::string charsetOf(const std::string &collation)
{
    return collation.substr(0, collation.find('_'));
}

std::string upperAction(const Value &v)
{
    return v.value_or("");
}

} // namespace

IntrospectResult MySqlIntrospector::introspect(Connection &conn)
{
    IntrospectResult r;
    const bool maria = conn.dialectId() == sql::DialectId::MariaDb;
    std::set<std::pair<std::string, std::string>> jsonColumns; // MariaDB JSON = longtext CHECK (json_valid(col))
    if (maria) {
        for (const Row &row : conn.query("SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                                         "WHERE CONSTRAINT_SCHEMA = DATABASE()")
                                  .rows) {
            const std::string clause = row[1].value_or("");
            const auto open = clause.find("json_valid(`");
            if (open == std::string::npos)
                continue;
            const auto start = open + 12;
            const auto end = clause.find('`', start);
            if (end != std::string::npos)
                jsonColumns.insert({row[0].value_or(""), clause.substr(start, end - start)});
        }
    }
    std::map<std::string, size_t> index;
    auto tableFor = [&](const std::string &name) -> schema::Table & {
        auto it = index.find(name);
        if (it == index.end()) {
            it = index.emplace(name, r.schema.tables.size()).first;
            r.schema.tables.push_back({});
            r.schema.tables.back().name = name;
        }
        return r.schema.tables[it->second];
    };
    const auto columns =
        conn.query("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE, c.COLUMN_DEFAULT, c.EXTRA, "
                   "c.COLUMN_COMMENT, "
                   "c.COLLATION_NAME, t.TABLE_COMMENT, c.CHARACTER_SET_NAME, t.TABLE_COLLATION "
                   "FROM information_schema.COLUMNS c JOIN information_schema.TABLES t "
                   "ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE' "
                   "WHERE c.TABLE_SCHEMA = DATABASE() ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION");
    // Character sets and collations are kept where they differ from the level above (database ->
    // table -> column), so a schema in the server's defaults reads the same on any server.
    std::string databaseCollation;
    for (const Row &row : conn.query("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
                                     "WHERE SCHEMA_NAME = DATABASE()")
                              .rows)
        databaseCollation = row[0].value_or("");
    for (const Row &row : columns.rows) {
        schema::Table &t = tableFor(row[0].value_or(""));
        const std::string tableCollation = row[10].value_or("");
        if (t.columns.empty() && !tableCollation.empty() && tableCollation != databaseCollation) {
            t.collation = tableCollation;
            t.charset = charsetOf(tableCollation);
        }
        schema::Column c;
        c.name = row[1].value_or("");
        c.type = mapType(row[2].value_or(""), row[7].value_or(""), jsonColumns.count({t.name, c.name}) > 0,
                         "column " + t.name + "." + c.name, conn.sqlDialect(), r.warnings);
        c.nullable = row[3].value_or("YES") == "YES";
        const std::string extra = row[5].value_or("");
        c.autoIncrement = extra.find("auto_increment") != std::string::npos;
        if (row[4]) {
            const std::string &def = *row[4];
            const bool numeric = c.type.isNumeric() || c.type.kind == TypeKind::Boolean;
            if (!maria && extra.find("DEFAULT_GENERATED") == std::string::npos && !numeric)
                c.defaultValue = design::DefaultValue::string(def); // MySQL 8 prints literals unquoted, as they are
            else
                c.defaultValue = TypedDefault::read(def, c.type)
                                     .value_or(SqlType::normalizeDefault(
                                         def, c.type.isNumeric(), c.type.kind == TypeKind::Boolean, conn.sqlDialect()));
            std::string why;
            c.defaultValue = TypedDefault::fitType(c.defaultValue, def, c.type, &why);
            if (!why.empty())
                r.warnings.push_back("column " + t.name + "." + c.name + ": the default " + def + " (" + why +
                                     ") is kept as a raw SQL default");
        }
        c.comment = row[6].value_or("");
        t.comment = row[8].value_or("");
        // A JSON column's character set and collation are the type's (MariaDB: utf8mb4_bin); a BINARY
        // string type (and UUID, which is CHAR(36) BINARY) is its character set's _bin collation already.
        const std::string charset = row[9].value_or(""), collation = row[7].value_or("");
        const bool json = c.type.kind == TypeKind::Json || c.type.kind == TypeKind::Jsonb;
        if (!json && !charset.empty() && charset != charsetOf(tableCollation))
            c.charset = charset;
        const bool binaryCollation = (c.type.binary || c.type.kind == TypeKind::Uuid) && collation.size() > 4 &&
                                     collation.compare(collation.size() - 4, 4, "_bin") == 0;
        if (!json && !collation.empty() && collation != tableCollation && !binaryCollation)
            c.collation = collation;
        t.columns.push_back(std::move(c));
    }
    const auto keys = conn.query(
        "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, "
        "k.REFERENCED_COLUMN_NAME, rc.DELETE_RULE, rc.UPDATE_RULE "
        "FROM information_schema.TABLE_CONSTRAINTS tc "
        "JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA "
        " AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
        "LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA "
        " AND rc.TABLE_NAME = tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
        "WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') "
        "ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION");
    // Indexes with a prefix length, a descending column or a FULLTEXT/SPATIAL method are no plain
    // index or unique key: left out of the tables (import carries them as raw SQL).
    std::set<std::pair<std::string, std::string>> special;
    for (const Row &row :
         conn.query("SELECT DISTINCT TABLE_NAME, INDEX_NAME FROM information_schema.STATISTICS "
                    "WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY' AND (SUB_PART IS NOT NULL "
                    "OR COLLATION = 'D' OR INDEX_TYPE IN ('FULLTEXT', 'SPATIAL'))")
             .rows) {
        special.insert({row[0].value_or(""), row[1].value_or("")});
        r.warnings.push_back("index " + row[1].value_or("") + " on " + row[0].value_or("") +
                             " has a prefix length, a descending column or a FULLTEXT/SPATIAL method; left out of the "
                             "tables (import carries it as raw SQL)");
    }
    // A primary key with a prefix length (PRIMARY KEY (blob_col(128))) has no Sequelize form either: the
    // table is read without one and import carries the key as raw SQL that adds it.
    std::set<std::string> prefixPrimary;
    for (const Row &row :
         conn.query("SELECT DISTINCT TABLE_NAME FROM information_schema.STATISTICS "
                    "WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME = 'PRIMARY' AND SUB_PART IS NOT NULL")
             .rows) {
        prefixPrimary.insert(row[0].value_or(""));
        r.warnings.push_back("the primary key of " + row[0].value_or("") +
                             " has a prefix length; left out of the table (import carries it as raw SQL)");
    }
    std::set<std::pair<std::string, std::string>> constraintNames; // (table, name) of UNIQUE and FK
    for (const Row &row : keys.rows) {
        if (row[2].value_or("") == "UNIQUE" && special.count({row[0].value_or(""), row[1].value_or("")}))
            continue;
        schema::Table &t = tableFor(row[0].value_or(""));
        const std::string name = row[1].value_or("");
        const std::string type = row[2].value_or("");
        const std::string col = row[3].value_or("");
        if (type == "PRIMARY KEY") {
            if (!prefixPrimary.count(t.name))
                t.primaryKey.push_back(col);
            continue;
        }
        constraintNames.insert({t.name, name});
        if (type == "UNIQUE") {
            if (t.uniques.empty() || t.uniques.back().name != name)
                t.uniques.push_back({{}, name, {}});
            t.uniques.back().columns.push_back(col);
        } else {
            if (t.foreignKeys.empty() || t.foreignKeys.back().name != name) {
                schema::ForeignKey fk;
                fk.name = name;
                fk.refTable = row[4].value_or("");
                fk.onDelete = upperAction(row[6]);
                fk.onUpdate = upperAction(row[7]);
                t.foreignKeys.push_back(std::move(fk));
            }
            t.foreignKeys.back().columns.push_back(col);
            t.foreignKeys.back().refColumns.push_back(row[5].value_or(""));
        }
    }
    const auto stats =
        conn.query("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS "
                   "WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY' "
                   "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX");
    std::vector<std::pair<std::string, schema::Index>> found;
    for (const Row &row : stats.rows) {
        const std::string table = row[0].value_or("");
        const std::string name = row[1].value_or("");
        if (constraintNames.count({table, name}) || special.count({table, name}))
            continue; // backs a UNIQUE constraint or is the index an FK created under its own name
        if (found.empty() || found.back().first != table || found.back().second.name != name)
            found.push_back({table, schema::Index{{}, name, {}, row[2].value_or("1") == "0"}});
        found.back().second.columns.push_back(row[3].value_or(""));
    }
    for (auto &[table, idx] : found) {
        schema::Table &t = tableFor(table);
        // The index InnoDB creates for an unnamed FK is named after the FK's first column.
        const bool fkAuto = !idx.unique && std::any_of(t.foreignKeys.begin(), t.foreignKeys.end(), [&](const auto &fk) {
            return idx.name == fk.columns.front() && idx.columns == fk.columns;
        });
        if (!fkAuto)
            t.indexes.push_back(std::move(idx));
    }
    return r;
}

} // namespace sf::db
