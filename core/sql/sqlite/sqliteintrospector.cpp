#include "core/sql/sqlite/sqliteintrospector.h"

#include "core/db/sqltype.h"
#include "core/db/typeddefault.h"
#include "core/sql/dialect.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>

namespace sf::db {

namespace {

using design::DataType;
using design::TypeKind;

std::string upper(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

DataType mapType(const std::string &declared, const std::string &where, std::vector<std::string> &warnings)
{
    DataType t;
    const SqlType s = SqlType::parse(declared);
    const std::string &b = s.base;
    if (b == "varchar" || b == "character varying" || b == "nvarchar" || b == "varchar binary") {
        t.kind = TypeKind::String;
        if (s.intArg(0, 255) != 255)
            t.length = s.intArg(0);
        t.binary = b == "varchar binary" || s.rest.find("binary") != std::string::npos;
    } else if (b == "char" || b == "character") {
        t.kind = TypeKind::Char;
        t.length = s.intArg(0, 1);
    } else if (b == "text" || b == "tinytext" || b == "mediumtext" || b == "longtext") {
        t.kind = TypeKind::Text;
        if (b != "text")
            t.variant = b.substr(0, b.size() - 4);
    } else if (b == "integer" || b == "int" || b == "integer unsigned") {
        t.kind = TypeKind::Integer;
        t.isUnsigned = b == "integer unsigned" || s.rest.find("unsigned") != std::string::npos;
    } else if (b == "bigint") {
        t.kind = TypeKind::BigInt;
    } else if (b == "smallint") {
        t.kind = TypeKind::SmallInt;
    } else if (b == "tinyint") {
        t.kind = s.intArg(0) == 1 ? TypeKind::Boolean : TypeKind::TinyInt;
    } else if (b == "boolean" || b == "bool") {
        t.kind = TypeKind::Boolean;
    } else if (b == "mediumint") {
        t.kind = TypeKind::MediumInt;
    } else if (b == "float") {
        t.kind = TypeKind::Float;
    } else if (b == "real") {
        t.kind = TypeKind::Real;
    } else if (b == "double" || b == "double precision") {
        t.kind = TypeKind::Double;
    } else if (b == "decimal" || b == "numeric") {
        t.kind = TypeKind::Decimal;
    } else if (b == "datetime" || b == "timestamp" || b == "timestamp with time zone") {
        t.kind = TypeKind::Date;
    } else if (b == "date") {
        t.kind = TypeKind::DateOnly;
    } else if (b == "time") {
        t.kind = TypeKind::Time;
    } else if (b == "uuid") {
        t.kind = TypeKind::Uuid;
    } else if (b == "json") {
        t.kind = TypeKind::Json;
    } else if (b == "jsonb") {
        t.kind = TypeKind::Jsonb;
    } else if (b == "enum") {
        t.kind = TypeKind::Enum;
        t.enumValues = s.args;
    } else if (b == "blob" || b == "tinyblob" || b == "mediumblob" || b == "longblob") {
        t.kind = TypeKind::Blob;
        if (b != "blob")
            t.variant = b.substr(0, b.size() - 4);
    } else {
        t.kind = TypeKind::Text;
        warnings.push_back(where + " has type \"" + declared + "\", which SchemaForge cannot represent; read as TEXT");
    }
    if ((t.kind == TypeKind::Decimal || t.kind == TypeKind::Float || t.kind == TypeKind::Double) &&
        s.args.size() == 2) {
        t.precision = s.intArg(0);
        t.scale = s.intArg(1);
    }
    return t;
}

// Names written in the CREATE TABLE text: CONSTRAINT "n" FOREIGN KEY ("a", "b") / CONSTRAINT "n" UNIQUE ("a").
std::map<std::string, std::string> namedConstraints(const std::string &sql, const char *kind)
{
    std::map<std::string, std::string> out; // "a,b" -> name
    const std::regex re(std::string(R"re(\bCONSTRAINT\s+[`"\[]?([^`"\]\s]+)[`"\]]?\s+)re") + kind +
                            R"re(\s*\(([^)]*)\))re",
                        std::regex::icase);
    for (auto it = std::sregex_iterator(sql.begin(), sql.end(), re); it != std::sregex_iterator(); ++it) {
        std::string cols;
        for (char c : (*it)[2].str())
            if (c != '"' && c != '`' && c != ' ' && c != '[' && c != ']')
                cols.push_back(c);
        out[cols] = (*it)[1].str();
    }
    return out;
}

std::string joinCols(const std::vector<std::string> &cols, const char *sep)
{
    std::string s;
    for (const auto &c : cols)
        s += (s.empty() ? "" : sep) + c;
    return s;
}

} // namespace

IntrospectResult SqliteIntrospector::introspect(Connection &conn)
{
    IntrospectResult r;
    std::map<std::string, size_t> index;
    std::map<std::string, std::string> ddl;
    for (const Row &row :
         conn.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "ORDER BY name")
             .rows) {
        index[row[0].value_or("")] = r.schema.tables.size();
        r.schema.tables.push_back({});
        r.schema.tables.back().name = row[0].value_or("");
        ddl[row[0].value_or("")] = row[1].value_or("");
    }
    std::map<std::string, std::vector<std::pair<int, std::string>>> pk;
    const auto cols =
        conn.query("SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk FROM sqlite_master m "
                   "JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY "
                   "m.name, p.cid");
    for (const Row &row : cols.rows) {
        schema::Table &t = r.schema.tables[index[row[0].value_or("")]];
        schema::Column c;
        c.name = row[1].value_or("");
        c.type = mapType(row[2].value_or(""), "column " + t.name + "." + c.name, r.warnings);
        c.nullable = row[3].value_or("0") == "0";
        if (row[4]) {
            c.defaultValue = TypedDefault::read(*row[4], c.type)
                                 .value_or(SqlType::normalizeDefault(
                                     *row[4], c.type.isNumeric(), c.type.kind == TypeKind::Boolean, conn.sqlDialect()));
            std::string why;
            c.defaultValue = TypedDefault::fitType(c.defaultValue, *row[4], c.type, &why);
            if (!why.empty())
                r.warnings.push_back("column " + t.name + "." + c.name + ": the default " + *row[4] + " (" + why +
                                     ") is kept as a raw SQL default");
        }
        if (const int k = std::atoi(row[5].value_or("0").c_str()); k > 0)
            pk[t.name].push_back({k, c.name});
        t.columns.push_back(std::move(c));
    }
    for (auto &[table, keys] : pk) {
        std::sort(keys.begin(), keys.end());
        schema::Table &t = r.schema.tables[index[table]];
        for (const auto &k : keys)
            t.primaryKey.push_back(k.second);
        if (t.primaryKey.size() == 1 && upper(ddl[table]).find("AUTOINCREMENT") != std::string::npos) {
            if (schema::Column *c = t.column(t.primaryKey.front()); c && c->type.kind == TypeKind::Integer) {
                c->autoIncrement = true;
                c->nullable = false;
            }
        }
        // A single-column PK is NOT NULL in effect (rowid alias / SQLite keeps NULL out of INTEGER PKs only,
        // but Sequelize and SchemaForge always declare it so).
        for (const auto &name : t.primaryKey)
            if (schema::Column *c = t.column(name))
                c->nullable = false;
    }
    const auto fks = conn.query(
        "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_delete, f.on_update FROM sqlite_master m "
        "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
        "ORDER BY m.name, f.id, f.seq");
    std::string lastKey;
    for (const Row &row : fks.rows) {
        schema::Table &t = r.schema.tables[index[row[0].value_or("")]];
        const std::string key = t.name + "#" + row[1].value_or("");
        if (key != lastKey) {
            schema::ForeignKey fk;
            fk.refTable = row[2].value_or("");
            fk.onDelete = row[5].value_or("NO ACTION");
            fk.onUpdate = row[6].value_or("NO ACTION");
            t.foreignKeys.push_back(std::move(fk));
            lastKey = key;
        }
        auto &fk = t.foreignKeys.back();
        fk.columns.push_back(row[3].value_or(""));
        fk.refColumns.push_back(row[4].value_or(""));
    }
    const auto idx =
        conn.query("SELECT m.name, il.name, il.\"unique\", il.origin, ii.name FROM sqlite_master m "
                   "JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii "
                   "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
                   // Partial and expression indexes are no plain index: left out (import carries them as raw SQL).
                   "AND il.partial = 0 AND NOT EXISTS (SELECT 1 FROM pragma_index_xinfo(il.name) x WHERE x.cid = -2) "
                   "ORDER BY m.name, il.name, ii.seqno");
    std::string lastIdx;
    for (const Row &row : idx.rows) {
        schema::Table &t = r.schema.tables[index[row[0].value_or("")]];
        const std::string origin = row[3].value_or("c");
        if (origin == "pk")
            continue;
        const std::string name = row[1].value_or("");
        const std::string key = t.name + "#" + name;
        if (key != lastIdx) {
            if (origin == "u")
                t.uniques.push_back({{}, name, {}});
            else
                t.indexes.push_back({{}, name, {}, row[2].value_or("0") == "1"});
            lastIdx = key;
        }
        (origin == "u" ? t.uniques.back().columns : t.indexes.back().columns).push_back(row[4].value_or(""));
    }
    for (auto &t : r.schema.tables) {
        const auto fkNames = namedConstraints(ddl[t.name], "FOREIGN\\s+KEY");
        for (auto &fk : t.foreignKeys) {
            if (fk.refColumns.size() == 1 && fk.refColumns.front().empty()) {
                if (const schema::Table *ref = r.schema.table(fk.refTable))
                    fk.refColumns = ref->primaryKey;
            }
            const auto it = fkNames.find(joinCols(fk.columns, ","));
            fk.name = it != fkNames.end() ? it->second : t.name + "_" + joinCols(fk.columns, "_") + "_fkey";
        }
        const auto uqNames = namedConstraints(ddl[t.name], "UNIQUE");
        for (auto &u : t.uniques) {
            const auto it = uqNames.find(joinCols(u.columns, ","));
            u.name = it != uqNames.end() ? it->second : t.name + "_" + joinCols(u.columns, "_") + "_key";
        }
    }
    return r;
}

} // namespace sf::db
