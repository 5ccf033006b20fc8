#include "core/sql/postgres/pgintrospector.h"

#include "core/db/sqltype.h"
#include "core/db/typeddefault.h"
#include "core/sql/dialect.h"

#include <nlohmann/json.hpp>

#include <map>

namespace sf::db {

namespace {

using design::DataType;
using design::TypeKind;

std::vector<std::string> jsonList(const Value &v)
{
    std::vector<std::string> out;
    if (!v)
        return out;
    const auto j = nlohmann::json::parse(*v, nullptr, false);
    if (j.is_array())
        for (const auto &e : j)
            out.push_back(e.is_string() ? e.get<std::string>() : std::string());
    return out;
}

std::string action(const Value &code)
{
    const char c = code && !code->empty() ? (*code)[0] : 'a';
    switch (c) {
    case 'r':
        return "RESTRICT";
    case 'c':
        return "CASCADE";
    case 'n':
        return "SET NULL";
    case 'd':
        return "SET DEFAULT";
    default:
        return "NO ACTION";
    }
}

DataType mapType(const std::string &formatted, const std::string &typtype, const std::vector<std::string> &enumValues,
                 const std::string &where, std::vector<std::string> &warnings)
{
    DataType t;
    if (typtype == "e") {
        t.kind = TypeKind::Enum;
        t.enumValues = enumValues;
        return t;
    }
    const SqlType s = SqlType::parse(formatted);
    const std::string full = s.base + (s.rest.empty() ? "" : " " + s.rest);
    if (s.base == "character varying") {
        t.kind = TypeKind::String;
        if (!s.args.empty() && s.intArg(0) != 255)
            t.length = s.intArg(0);
    } else if (s.base == "character") {
        t.kind = TypeKind::Char;
        if (!s.args.empty())
            t.length = s.intArg(0);
    } else if (s.base == "text") {
        t.kind = TypeKind::Text;
    } else if (s.base == "integer") {
        t.kind = TypeKind::Integer;
    } else if (s.base == "bigint") {
        t.kind = TypeKind::BigInt;
    } else if (s.base == "smallint") {
        t.kind = TypeKind::SmallInt;
    } else if (s.base == "real") {
        t.kind = TypeKind::Real;
    } else if (s.base == "double precision") {
        t.kind = TypeKind::Double;
    } else if (s.base == "numeric") {
        t.kind = TypeKind::Decimal;
        if (!s.args.empty()) {
            t.precision = s.intArg(0);
            t.scale = s.intArg(1);
        }
    } else if (s.base == "boolean") {
        t.kind = TypeKind::Boolean;
    } else if (full == "timestamp with time zone" || (s.base == "timestamp" && s.rest == "with time zone")) {
        t.kind = TypeKind::Date;
    } else if (s.base.rfind("timestamp", 0) == 0) {
        t.kind = TypeKind::Date;
        warnings.push_back(where + " is " + formatted + "; read as DATE (Sequelize uses timestamp with time zone)");
    } else if (s.base == "date") {
        t.kind = TypeKind::DateOnly;
    } else if (s.base.rfind("time", 0) == 0) {
        t.kind = TypeKind::Time;
    } else if (s.base == "uuid") {
        t.kind = TypeKind::Uuid;
    } else if (s.base == "json") {
        t.kind = TypeKind::Json;
    } else if (s.base == "jsonb") {
        t.kind = TypeKind::Jsonb;
    } else if (s.base == "bytea") {
        t.kind = TypeKind::Blob;
    } else {
        t.kind = TypeKind::Text;
        warnings.push_back(where + " has type " + formatted + ", which SchemaForge cannot represent; read as TEXT");
    }
    return t;
}

const char *kColumns = R"SQL(
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typtype::text, a.attnotnull::text,
       CASE WHEN d.adbin IS NOT NULL THEN pg_get_expr(d.adbin, d.adrelid) END, a.attidentity::text, cd.description,
       td.description,
       CASE WHEN t.typtype = 'e' THEN (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder)
                                       FROM pg_enum e WHERE e.enumtypid = t.oid)::text END
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
LEFT JOIN pg_description cd ON cd.objoid = c.oid AND cd.classoid = 'pg_class'::regclass AND cd.objsubid = a.attnum
LEFT JOIN pg_description td ON td.objoid = c.oid AND td.classoid = 'pg_class'::regclass AND td.objsubid = 0
WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()
ORDER BY c.relname, a.attnum)SQL";

const char *kConstraints = R"SQL(
SELECT c.relname, con.conname, con.contype::text, a.attname, rc.relname, fa.attname,
       con.confdeltype::text, con.confupdtype::text
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = con.confkey[k.ord]
WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f')
ORDER BY c.relname, con.conname, k.ord)SQL";

const char *kIndexes = R"SQL(
SELECT c.relname, i.relname, ix.indisunique::text,
       (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
        LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum)::text,
       (ix.indexprs IS NOT NULL OR ix.indpred IS NOT NULL OR am.amname <> 'btree'
        OR EXISTS (SELECT 1 FROM unnest(ix.indoption::int2[]) o WHERE o <> 0)
        OR EXISTS (SELECT 1 FROM unnest(ix.indclass::oid[]) oc JOIN pg_opclass op ON op.oid = oc WHERE NOT op.opcdefault)
        OR EXISTS (SELECT 1 FROM unnest(ix.indcollation::oid[]) co WHERE co <> 0 AND co <> 100))::text
FROM pg_index ix
JOIN pg_class c ON c.oid = ix.indrelid
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_am am ON am.oid = i.relam
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY c.relname, i.relname)SQL";

} // namespace

IntrospectResult PgIntrospector::introspect(Connection &conn)
{
    IntrospectResult r;
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
    for (const Row &row : conn.query(kColumns).rows) {
        schema::Table &t = tableFor(row[0].value_or(""));
        schema::Column c;
        c.name = row[1].value_or("");
        const std::string where = "column " + t.name + "." + c.name;
        c.type = mapType(row[2].value_or(""), row[3].value_or(""), jsonList(row[9]), where, r.warnings);
        c.nullable = row[4].value_or("false") != "true";
        const std::string def = row[5].value_or("");
        const std::string identity = row[6].value_or("");
        if (!identity.empty()) {
            c.autoIncrement = true;
        } else if (def.rfind("nextval(", 0) == 0) {
            c.autoIncrement = true;
        } else if (!def.empty()) {
            c.defaultValue = TypedDefault::read(def, c.type)
                                 .value_or(SqlType::normalizeDefault(
                                     def, c.type.isNumeric(), c.type.kind == TypeKind::Boolean, conn.sqlDialect()));
            std::string why;
            c.defaultValue = TypedDefault::fitType(c.defaultValue, def, c.type, &why);
            if (!why.empty())
                r.warnings.push_back("column " + t.name + "." + c.name + ": the default " + def + " (" + why +
                                     ") is kept as a raw SQL default");
        }
        c.comment = row[7].value_or("");
        t.comment = row[8].value_or("");
        t.columns.push_back(std::move(c));
    }
    std::string lastConstraint;
    for (const Row &row : conn.query(kConstraints).rows) {
        schema::Table &t = tableFor(row[0].value_or(""));
        const std::string name = row[1].value_or("");
        const std::string type = row[2].value_or("");
        const std::string column = row[3].value_or("");
        const std::string key = t.name + '\0' + name;
        const bool first = key != lastConstraint;
        lastConstraint = key;
        if (type == "p") {
            t.primaryKey.push_back(column);
        } else if (type == "u") {
            if (first)
                t.uniques.push_back({{}, name, {}});
            t.uniques.back().columns.push_back(column);
        } else {
            if (first) {
                schema::ForeignKey fk;
                fk.name = name;
                fk.refTable = row[4].value_or("");
                fk.onDelete = action(row[6]);
                fk.onUpdate = action(row[7]);
                t.foreignKeys.push_back(std::move(fk));
            }
            t.foreignKeys.back().columns.push_back(column);
            t.foreignKeys.back().refColumns.push_back(row[5].value_or(""));
        }
    }
    for (const Row &row : conn.query(kIndexes).rows) {
        schema::Table &t = tableFor(row[0].value_or(""));
        if (row[4].value_or("false") == "true") {
            r.warnings.push_back(
                "index " + row[1].value_or("") + " on " + t.name +
                " uses an expression, a WHERE clause, a method, an operator class, a sort order or a "
                "collation a plain index lacks; left out of the tables (import carries it as raw SQL)");
            continue;
        }
        t.indexes.push_back({{}, row[1].value_or(""), jsonList(row[3]), row[2].value_or("false") == "true"});
    }
    return r;
}

} // namespace sf::db
