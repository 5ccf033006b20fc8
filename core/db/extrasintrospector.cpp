// Catalogue queries for the objects import keeps as notes, per dialect.
#include "core/db/extrasintrospector.h"

#include "core/db/dberror.h"
#include "core/db/introspector.h"
#include "core/db/sqltype.h"

#include <algorithm>
#include <regex>
#include <set>

namespace sf::db {

namespace {

using schema::Extra;

void addRows(Connection &conn, const char *sql, const std::string &kind, std::vector<Extra> &out)
{
    // Rows are (table, name, definition).
    for (const Row &row : conn.query(sql).rows)
        out.push_back({kind, row[1].value_or(""), row[0].value_or(""), row[2].value_or("")});
}

const char *kPgChecks = R"SQL(
SELECT c.relname, con.conname, pg_get_constraintdef(con.oid)
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND con.contype IN ('c', 'x'))SQL";

const char *kPgViews = R"SQL(
SELECT '', viewname, 'CREATE VIEW ' || quote_ident(viewname) || ' AS' || definition FROM pg_views
WHERE schemaname = current_schema()
UNION ALL
SELECT '', matviewname, 'CREATE MATERIALIZED VIEW ' || quote_ident(matviewname) || ' AS' || definition FROM pg_matviews
WHERE schemaname = current_schema())SQL";

const char *kPgTriggers = R"SQL(
SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid)
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND NOT t.tgisinternal)SQL";

const char *kPgIndexes = R"SQL(
SELECT c.relname, i.relname, pg_get_indexdef(ix.indexrelid)
FROM pg_index ix JOIN pg_class c ON c.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = i.relam
WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ix.indexrelid)
  AND (ix.indexprs IS NOT NULL OR ix.indpred IS NOT NULL OR am.amname <> 'btree'
       OR EXISTS (SELECT 1 FROM unnest(ix.indoption::int2[]) o WHERE o <> 0)
       OR EXISTS (SELECT 1 FROM unnest(ix.indclass::oid[]) oc JOIN pg_opclass op ON op.oid = oc WHERE NOT op.opcdefault)
       OR EXISTS (SELECT 1 FROM unnest(ix.indcollation::oid[]) co WHERE co <> 0 AND co <> 100)))SQL";

// Functions and procedures of the schema (those triggers call among them), not an extension's;
// the name carries the identity arguments so that DROP FUNCTION can name the object.
const char *kPgFunctions = R"SQL(
SELECT '', quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')', pg_get_functiondef(p.oid)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = current_schema() AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e'))SQL";

const char *kPgColumns = R"SQL(
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typtype::text, a.attgenerated::text,
       pg_get_expr(d.adbin, d.adrelid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()
  AND (a.attgenerated = 's' OR (t.typtype <> 'e' AND t.typname NOT IN
       ('varchar', 'bpchar', 'text', 'int4', 'int8', 'int2', 'float4', 'float8', 'numeric', 'bool', 'timestamptz',
        'date', 'time', 'uuid', 'json', 'jsonb', 'bytea'))))SQL";

void postgres(Connection &conn, std::vector<Extra> &out)
{
    addRows(conn, kPgChecks, "check", out);
    addRows(conn, kPgViews, "view", out);
    addRows(conn, kPgTriggers, "trigger", out);
    addRows(conn, kPgFunctions, "function", out);
    addRows(conn, kPgIndexes, "index", out);
    static const std::set<std::string> known = {"character varying",
                                                "character",
                                                "text",
                                                "integer",
                                                "bigint",
                                                "smallint",
                                                "real",
                                                "double precision",
                                                "numeric",
                                                "boolean",
                                                "timestamp with time zone",
                                                "date",
                                                "uuid",
                                                "json",
                                                "jsonb",
                                                "bytea",
                                                "time without time zone",
                                                "time"};
    for (const Row &row : conn.query(kPgColumns).rows) {
        const std::string table = row[0].value_or(""), column = row[1].value_or(""), type = row[2].value_or("");
        if (row[4].value_or("").size() == 1 && row[4]->front() == 's') {
            out.push_back({"column", column, table,
                           "\"" + column + "\" " + type + " GENERATED ALWAYS AS (" + row[5].value_or("") + ") STORED"});
            continue;
        }
        const SqlType s = SqlType::parse(type);
        const std::string full = s.base + (s.rest.empty() ? "" : " " + s.rest);
        if (row[3].value_or("") == "e" || known.count(s.base) || known.count(full))
            continue;
        out.push_back({"column", column, table, "\"" + column + "\" " + type});
    }
}

void mysql(Connection &conn, std::vector<Extra> &out)
{
    // MariaDB keeps a JSON column's CHECK (json_valid(`col`)) itself; that one is not an extra.
    const std::regex jsonValid(R"(^json_valid\(`[^`]+`\)$)");
    for (const Row &row :
         conn.query("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                    "WHERE CONSTRAINT_SCHEMA = DATABASE()")
             .rows)
        if (!std::regex_match(row[2].value_or(""), jsonValid))
            out.push_back({"check", row[1].value_or(""), row[0].value_or(""), "CHECK (" + row[2].value_or("") + ")"});
    // The server qualifies every name in a view's definition with its database: dropped, so the view
    // can be recreated in another database.
    for (const Row &row : conn.query("SELECT TABLE_NAME, VIEW_DEFINITION, DATABASE() FROM information_schema.VIEWS "
                                     "WHERE TABLE_SCHEMA = DATABASE()")
                              .rows) {
        std::string def = row[1].value_or("");
        const std::string qualifier = "`" + row[2].value_or("") + "`.";
        for (size_t at = def.find(qualifier); at != std::string::npos; at = def.find(qualifier, at))
            def.erase(at, qualifier.size());
        out.push_back({"view", row[0].value_or(""), "", "CREATE VIEW `" + row[0].value_or("") + "` AS " + def});
    }
    addRows(
        conn,
        "SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME, CONCAT('CREATE TRIGGER `', TRIGGER_NAME, '` ', ACTION_TIMING, ' ', "
        "EVENT_MANIPULATION, ' ON `', EVENT_OBJECT_TABLE, '` FOR EACH ROW ', ACTION_STATEMENT) "
        "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()",
        "trigger", out);
    // Indexes with a prefix length, a descending column or a FULLTEXT/SPATIAL method, as CREATE INDEX.
    addRows(
        conn,
        "SELECT TABLE_NAME, INDEX_NAME, CONCAT('CREATE ', IF(MAX(NON_UNIQUE) = 0, 'UNIQUE ', ''), "
        "IF(MAX(INDEX_TYPE) IN ('FULLTEXT', 'SPATIAL'), CONCAT(MAX(INDEX_TYPE), ' '), ''), "
        "'INDEX `', REPLACE(INDEX_NAME, '`', '``'), '` ON `', REPLACE(TABLE_NAME, '`', '``'), '` (', "
        "GROUP_CONCAT(CONCAT('`', REPLACE(COLUMN_NAME, '`', '``'), '`', IF(SUB_PART IS NULL, '', "
        "CONCAT('(', SUB_PART, ')')), IF(COLLATION = 'D', ' DESC', '')) ORDER BY SEQ_IN_INDEX SEPARATOR ', '), ')') "
        "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY' "
        "GROUP BY TABLE_NAME, INDEX_NAME HAVING MAX(SUB_PART) IS NOT NULL OR MAX(COLLATION = 'D') = 1 "
        "OR MAX(INDEX_TYPE) IN ('FULLTEXT', 'SPATIAL')",
        "index", out);
    // A primary key with a prefix length, as the clause ALTER TABLE ... ADD takes.
    addRows(conn,
            "SELECT TABLE_NAME, INDEX_NAME, CONCAT('PRIMARY KEY (', "
            "GROUP_CONCAT(CONCAT('`', REPLACE(COLUMN_NAME, '`', '``'), '`', IF(SUB_PART IS NULL, '', "
            "CONCAT('(', SUB_PART, ')'))) ORDER BY SEQ_IN_INDEX SEPARATOR ', '), ')') "
            "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME = 'PRIMARY' "
            "GROUP BY TABLE_NAME, INDEX_NAME HAVING MAX(SUB_PART) IS NOT NULL",
            "primaryKey", out);
    static const std::set<std::string> known = {
        "varchar",  "char",       "text",      "tinytext",  "mediumtext", "longtext", "int",  "integer",
        "bigint",   "smallint",   "tinyint",   "mediumint", "float",      "double",   "real", "decimal",
        "numeric",  "datetime",   "timestamp", "date",      "time",       "json",     "enum", "blob",
        "tinyblob", "mediumblob", "longblob",  "binary",    "varbinary",  "boolean"};
    for (const Row &row :
         conn.query("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE FROM information_schema.COLUMNS "
                    "WHERE TABLE_SCHEMA = DATABASE()")
             .rows)
        if (!known.count(row[2].value_or("")))
            out.push_back({"column", row[1].value_or(""), row[0].value_or(""),
                           "`" + row[1].value_or("") + "` " + row[3].value_or("")});
}

// CHECK (...) clauses of a CREATE TABLE statement, with their CONSTRAINT name when given.
void sqliteChecks(const std::string &table, const std::string &ddl, std::vector<Extra> &out)
{
    // CHECK as a word: a table or column whose name ends in "check" ("radcheck (") is no constraint.
    const std::regex check(R"((?:\bCONSTRAINT\s+("[^"]+"|`[^`]+`|\w+)\s+)?\bCHECK\s*\()", std::regex::icase);
    int n = 0;
    for (auto it = std::sregex_iterator(ddl.begin(), ddl.end(), check); it != std::sregex_iterator(); ++it) {
        size_t i = static_cast<size_t>(it->position(0) + it->length(0));
        int depth = 1;
        const size_t start = i - 1;
        for (; i < ddl.size() && depth > 0; ++i)
            depth += ddl[i] == '(' ? 1 : ddl[i] == ')' ? -1 : 0;
        std::string name = (*it)[1].matched ? (*it)[1].str() : table + "_check_" + std::to_string(++n);
        if (name.size() > 1 && (name.front() == '"' || name.front() == '`'))
            name = name.substr(1, name.size() - 2);
        out.push_back({"check", name, table, "CHECK " + ddl.substr(start, i - start)});
    }
}

void sqlite(Connection &conn, std::vector<Extra> &out)
{
    for (const Row &row : conn.query("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                                     "AND name NOT LIKE 'sqlite_%'")
                              .rows) {
        const std::string type = row[0].value_or(""), name = row[1].value_or(""), table = row[2].value_or("");
        const std::string sql = row[3].value_or("");
        if (type == "table")
            sqliteChecks(table, sql, out);
        else if (type == "view")
            out.push_back({"view", name, "", sql});
        else if (type == "trigger")
            out.push_back({"trigger", name, table, sql});
    }
    // Columns whose declared type the SQLite introspector reads as TEXT for want of a better one.
    static const std::set<std::string> known = {"varchar",
                                                "character varying",
                                                "nvarchar",
                                                "varchar binary",
                                                "char",
                                                "character",
                                                "text",
                                                "tinytext",
                                                "mediumtext",
                                                "longtext",
                                                "integer",
                                                "int",
                                                "integer unsigned",
                                                "bigint",
                                                "smallint",
                                                "tinyint",
                                                "boolean",
                                                "bool",
                                                "mediumint",
                                                "float",
                                                "real",
                                                "double",
                                                "double precision",
                                                "decimal",
                                                "numeric",
                                                "datetime",
                                                "timestamp",
                                                "timestamp with time zone",
                                                "date",
                                                "time",
                                                "uuid",
                                                "json",
                                                "jsonb",
                                                "enum",
                                                "blob",
                                                "tinyblob",
                                                "mediumblob",
                                                "longblob"};
    for (const Row &row :
         conn.query("SELECT m.name, p.name, p.type FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'")
             .rows) {
        const std::string type = row[2].value_or("");
        if (!type.empty() && !known.count(SqlType::parse(type).base))
            out.push_back(
                {"column", row[1].value_or(""), row[0].value_or(""), "`" + row[1].value_or("") + "` " + type});
    }
    // Partial indexes (WHERE) and indexes over expressions (a key column without a name).
    addRows(conn,
            "SELECT m.tbl_name, m.name, m.sql FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL "
            "AND (m.sql LIKE '% WHERE %' OR EXISTS (SELECT 1 FROM pragma_index_xinfo(m.name) x "
            "WHERE x.cid = -2))",
            "index", out);
}

} // namespace

std::vector<schema::Extra> ExtrasIntrospector::introspect(Connection &conn)
{
    std::vector<Extra> out;
    switch (sql::dialectFamily(conn.dialectId())) {
    case sql::DialectId::Postgres:
        postgres(conn, out);
        break;
    case sql::DialectId::MySql:
    case sql::DialectId::MariaDb:
        mysql(conn, out);
        break;
    case sql::DialectId::Sqlite:
        sqlite(conn, out);
        break;
    }
    out.erase(
        std::remove_if(out.begin(), out.end(), [](const Extra &x) { return Introspector::isHistoryTable(x.table); }),
        out.end());
    std::sort(out.begin(), out.end(), [](const Extra &a, const Extra &b) {
        return std::tie(a.table, a.kind, a.name) < std::tie(b.table, b.kind, b.name);
    });
    return out;
}

} // namespace sf::db
