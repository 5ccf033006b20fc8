// sequelize-cli migration files.
#include "core/migrate/jswriter.h"
#include "core/ops/visit.h"

#include "core/codegen/jsliteral.h"
#include "core/ops/inverse.h"
#include "core/ops/replay.h"
#include "core/sql/dialect.h"
#include "core/sql/mysql/mysqldialect.h"
#include "core/sql/postgres/postgresdialect.h"

#include <algorithm>
#include <optional>
#include <regex>

namespace sf::migrate {

using codegen::jsKey;
using codegen::jsString;

namespace {

const std::string kBody = "      "; // statements inside the transaction callback

std::string stringArray(const std::vector<std::string> &v)
{
    std::string r = "[";
    for (size_t i = 0; i < v.size(); ++i)
        r += (i ? ", " : "") + jsString(v[i]);
    return r + "]";
}

std::string jsDefaultValue(const design::DefaultValue &d)
{
    static const std::regex number(R"(-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?)");
    if (d.kind == design::DefaultValue::Kind::Number && !std::regex_match(d.text, number))
        return jsString(d.text);
    return codegen::jsDefault(d, "Sequelize", "Sequelize.literal");
}

// Attribute object of a column; indent is the indentation of the object's closing brace.
std::string columnObject(const schema::Column &c, bool primaryKey, const std::string &indent, bool alwaysAllowNull,
                         std::vector<std::string> props = {})
{
    if (!c.nullable || alwaysAllowNull)
        props.push_back(std::string("allowNull: ") + (c.nullable ? "true" : "false"));
    if (c.autoIncrement)
        props.push_back("autoIncrement: true");
    if (primaryKey)
        props.push_back("primaryKey: true");
    // Sequelize has no column character set: the type string carries it (MySQL/MariaDB only).
    std::string charset;
    if (!c.charset.empty())
        charset += " CHARACTER SET " + c.charset;
    if (!c.collation.empty())
        charset += " COLLATE " + c.collation;
    props.push_back("type: " + codegen::jsDataType(c.type, "Sequelize") +
                    (charset.empty() ? std::string() : " + " + jsString(charset)));
    if (!c.defaultValue.isNone())
        props.push_back("defaultValue: " + jsDefaultValue(c.defaultValue));
    if (!c.comment.empty())
        props.push_back("comment: " + jsString(c.comment));
    std::sort(props.begin(), props.end(), [](const std::string &a, const std::string &b) {
        // position hints last, so the object reads like a hand-written one
        const bool pa = a.rfind("after:", 0) == 0 || a.rfind("first:", 0) == 0;
        const bool pb = b.rfind("after:", 0) == 0 || b.rfind("first:", 0) == 0;
        return !pa && pb;
    });
    std::string r = "{\n";
    for (size_t i = 0; i < props.size(); ++i)
        r += indent + "  " + props[i] + (i + 1 < props.size() ? ",\n" : "\n");
    return r + indent + "}";
}

std::string call(const std::string &fn, const std::string &args)
{
    return kBody + "await queryInterface." + fn + "(" + args + ");\n";
}

std::string foreignKeyCall(const std::string &table, const schema::ForeignKey &fk)
{
    std::string r = kBody + "await queryInterface.addConstraint(" + jsString(table) + ", {\n";
    const std::string in = kBody + "  ";
    r += in + "type: 'foreign key',\n";
    r += in + "name: " + jsString(fk.name) + ",\n";
    r += in + "fields: " + stringArray(fk.columns) + ",\n";
    if (fk.refColumns.size() == 1)
        r += in + "references: { table: " + jsString(fk.refTable) + ", field: " + jsString(fk.refColumns.front()) +
             " },\n";
    else
        r += in + "references: { table: " + jsString(fk.refTable) + ", fields: " + stringArray(fk.refColumns) + " },\n";
    if (!fk.onDelete.empty())
        r += in + "onDelete: " + jsString(fk.onDelete) + ",\n";
    if (!fk.onUpdate.empty())
        r += in + "onUpdate: " + jsString(fk.onUpdate) + ",\n";
    return r + in + "transaction\n" + kBody + "});\n";
}

std::string uniqueCall(const std::string &table, const schema::UniqueConstraint &u)
{
    return call("addConstraint", jsString(table) + ", { type: 'unique', name: " + jsString(u.name) +
                                     ", fields: " + stringArray(u.columns) + ", transaction }");
}

std::string dropEnumTypes(const std::string &table, const std::vector<schema::Column> &cols)
{
    std::string r;
    for (const auto &c : cols) {
        if (c.type.kind != design::TypeKind::Enum)
            continue;
        const std::string type =
            sql::PostgresDialect().quoteIdentifier(sql::PostgresDialect::enumTypeName(table, c.name));
        r += kBody + "if (queryInterface.sequelize.getDialect() === 'postgres') {\n";
        r += kBody + "  await queryInterface.sequelize.query(" + jsString("DROP TYPE IF EXISTS " + type) +
             ", { transaction });\n";
        r += kBody + "}\n";
    }
    return r;
}

// MySQL/MariaDB honour `after`/`first` (PostgreSQL and SQLite ignore them and append), so a column
// added in the middle of a model lands where SchemaForge's own MySQL planner puts it.
std::vector<std::string> positionHint(const ops::AddColumn &o, const schema::Schema *before)
{
    if (!before || o.position < 0)
        return {};
    const schema::Table *t = before->table(o.table);
    if (!t || static_cast<size_t>(o.position) >= t->columns.size())
        return {};
    if (o.position == 0)
        return {"first: true"};
    return {"after: " + jsString(t->columns[static_cast<size_t>(o.position) - 1].name)};
}

// queryInterface has no call for these: the SQL SchemaForge's own planners emit, run through
// sequelize.query per dialect (nothing where the dialect plans no statement).
std::string rawPerDialect(const ops::Operation &op, const schema::Schema &before, const std::string &what)
{
    const sql::PostgresDialect pg;
    const sql::MysqlDialect my;
    std::string r;
    auto branch = [&](const sql::Dialect &d, const std::string &test) {
        const auto statements = d.plan(op, before).statements;
        if (statements.empty())
            return;
        r += kBody + (r.empty() ? "if (" : "} else if (") + test + ") {\n";
        for (const auto &st : statements)
            r += kBody + "  await queryInterface.sequelize.query(" + jsString(st.sql) + ", { transaction });\n";
    };
    branch(pg, "queryInterface.sequelize.getDialect() === 'postgres'");
    branch(my, "['mysql', 'mariadb'].includes(queryInterface.sequelize.getDialect())");
    if (r.empty())
        return kBody + "// " + codegen::jsComment(what) + ": no statement\n";
    return kBody + "// " + codegen::jsComment(what) + " (sqlite" +
           (r.find("'postgres'") == std::string::npos ? ", postgres" : "") + ": no statement)\n" + r + kBody + "}\n";
}

std::string render(const ops::Operation &op, const schema::Schema *before)
{
    return std::visit(
        [&](const auto &o) -> std::string {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, ops::CreateTable>) {
                const auto &t = o.table;
                std::string r = kBody + "await queryInterface.createTable(" + jsString(t.name) + ", {\n";
                for (size_t i = 0; i < t.columns.size(); ++i) {
                    const auto &c = t.columns[i];
                    const bool pk = std::find(t.primaryKey.begin(), t.primaryKey.end(), c.name) != t.primaryKey.end();
                    r += kBody + "  " + jsKey(c.name) + ": " + columnObject(c, pk, kBody + "  ", false) +
                         (i + 1 < t.columns.size() ? ",\n" : "\n");
                }
                r += kBody + "}, { transaction" +
                     (t.comment.empty() ? std::string() : ", comment: " + jsString(t.comment)) +
                     (t.charset.empty() ? std::string() : ", charset: " + jsString(t.charset)) +
                     (t.collation.empty() ? std::string() : ", collate: " + jsString(t.collation)) + " });\n";
                for (const auto &u : t.uniques)
                    r += uniqueCall(t.name, u);
                for (const auto &ix : t.indexes)
                    r += call("addIndex", jsString(t.name) + ", " + stringArray(ix.columns) +
                                              ", { name: " + jsString(ix.name) + (ix.unique ? ", unique: true" : "") +
                                              ", transaction }");
                for (const auto &fk : t.foreignKeys)
                    r += foreignKeyCall(t.name, fk);
                return r;
            } else if constexpr (std::is_same_v<T, ops::DropTable>) {
                return call("dropTable", jsString(o.table.name) + ", { transaction }") +
                       dropEnumTypes(o.table.name, o.table.columns);
            } else if constexpr (std::is_same_v<T, ops::RenameTable>) {
                return call("renameTable", jsString(o.from) + ", " + jsString(o.to) + ", { transaction }");
            } else if constexpr (std::is_same_v<T, ops::AddColumn>) {
                return call("addColumn", jsString(o.table) + ", " + jsString(o.column.name) + ", " +
                                             columnObject(o.column, o.primaryKeyPosition >= 0, kBody, false,
                                                          positionHint(o, before)) +
                                             ", { transaction }");
            } else if constexpr (std::is_same_v<T, ops::RemoveColumn>) {
                return call("removeColumn", jsString(o.table) + ", " + jsString(o.column.name) + ", { transaction }") +
                       dropEnumTypes(o.table, {o.column});
            } else if constexpr (std::is_same_v<T, ops::RenameColumn>) {
                return call("renameColumn",
                            jsString(o.table) + ", " + jsString(o.from) + ", " + jsString(o.to) + ", { transaction }");
            } else if constexpr (std::is_same_v<T, ops::ChangeColumn>) {
                return call("changeColumn", jsString(o.table) + ", " + jsString(o.to.name) + ", " +
                                                columnObject(o.to, false, kBody, true) + ", { transaction }");
            } else if constexpr (std::is_same_v<T, ops::AddIndex>) {
                return call("addIndex", jsString(o.table) + ", " + stringArray(o.index.columns) +
                                            ", { name: " + jsString(o.index.name) +
                                            (o.index.unique ? ", unique: true" : "") + ", transaction }");
            } else if constexpr (std::is_same_v<T, ops::RemoveIndex>) {
                return call("removeIndex", jsString(o.table) + ", " + jsString(o.index.name) + ", { transaction }");
            } else if constexpr (std::is_same_v<T, ops::AddForeignKey>) {
                return foreignKeyCall(o.table, o.foreignKey);
            } else if constexpr (std::is_same_v<T, ops::RemoveForeignKey>) {
                std::string r = call("removeConstraint",
                                     jsString(o.table) + ", " + jsString(o.foreignKey.name) + ", { transaction }");
                const schema::Table *t = before ? before->table(o.table) : nullptr;
                if (t && sql::MysqlDialect::hasImplicitIndex(*t, o.foreignKey)) {
                    // InnoDB's index for the key stays behind DROP FOREIGN KEY (as SchemaForge's planner does)
                    r += kBody + "if (['mysql', 'mariadb'].includes(queryInterface.sequelize.getDialect())) {\n";
                    r += "  " + call("removeIndex",
                                     jsString(o.table) + ", " + jsString(o.foreignKey.name) + ", { transaction }");
                    r += kBody + "}\n";
                }
                return r;
            } else if constexpr (std::is_same_v<T, ops::AddUnique>) {
                return uniqueCall(o.table, o.unique);
            } else if constexpr (std::is_same_v<T, ops::RemoveUnique>) {
                return call("removeConstraint",
                            jsString(o.table) + ", " + jsString(o.unique.name) + ", { transaction }");
            } else if constexpr (std::is_same_v<T, ops::RawSql>) {
                if (o.up.empty())
                    return kBody + "// (no SQL)\n";
                const std::string run =
                    "await queryInterface.sequelize.query(" + jsString(o.up) + ", { transaction });\n";
                if (o.dialect.empty())
                    return kBody + run;
                // A raw object of one database: sequelize-cli runs it only there.
                using sql::DialectId;
                const std::string dialects = sql::dialectIdFromName(o.dialect) == DialectId::MySql
                                                 ? "[" + jsString(std::string(sql::dialectName(DialectId::MySql))) +
                                                       ", " +
                                                       jsString(std::string(sql::dialectName(DialectId::MariaDb))) + "]"
                                                 : "[" + jsString(o.dialect) + "]";
                return kBody + "if (" + dialects + ".includes(queryInterface.sequelize.getDialect())) {\n" + kBody +
                       "  " + run + kBody + "}\n";
            } else if constexpr (std::is_same_v<T, ops::ChangeTableComment>) {
                schema::Schema s;
                s.tables.push_back({});
                s.tables.back().name = o.table;
                return rawPerDialect(op, s, "table comment of " + o.table);
            } else if constexpr (std::is_same_v<T, ops::ReorderColumns>) {
                const schema::Table *t = before ? before->table(o.table) : nullptr;
                if (!t) {
                    std::string names;
                    for (const auto &c : o.to)
                        names += (names.empty() ? "" : ", ") + c;
                    return kBody + "// column order of " + codegen::jsComment(o.table + ": " + names) +
                           " (definitions unknown here)\n";
                }
                return rawPerDialect(op, *before, "column order of " + o.table);
            } else {
                static_assert(ops::kUnhandledOperation<T>, "an operation type is not handled here");
            }
        },
        op);
}

// state: the schema before the first operation (replayed as we go), or null when unknown.
std::string body(const std::vector<ops::Operation> &list, schema::Schema *state)
{
    std::string r = "    await queryInterface.sequelize.transaction(async (transaction) => {\n";
    for (const auto &op : list) {
        r += render(op, state);
        if (state && !ops::tryApply(*state, op).empty())
            state = nullptr; // cannot follow the schema any further: no more position hints
    }
    return r + "    });\n";
}

// Operations Sequelize's SQLite queryInterface implements by rebuilding the table with foreign keys
// on (which cascades deletes into child tables and loses ON DELETE actions and AUTOINCREMENT).
bool sqliteNeedsOwnPlan(const std::vector<ops::Operation> &list)
{
    for (const auto &op : list)
        if (std::holds_alternative<ops::RenameColumn>(op) || std::holds_alternative<ops::ChangeColumn>(op) ||
            std::holds_alternative<ops::RemoveColumn>(op) || std::holds_alternative<ops::AddForeignKey>(op) ||
            std::holds_alternative<ops::RemoveForeignKey>(op) || std::holds_alternative<ops::AddUnique>(op) ||
            std::holds_alternative<ops::RemoveUnique>(op) || std::holds_alternative<ops::ReorderColumns>(op))
            return true;
    return false;
}

std::string sqliteSteps(const std::vector<sql::Statement> &statements)
{
    std::string r = "      await sqliteRebuild(queryInterface, Sequelize, [\n";
    for (const auto &st : statements) {
        const char *phase = st.phase == sql::Statement::Phase::BeforeTransaction  ? "before"
                            : st.phase == sql::Statement::Phase::AfterTransaction ? "after"
                                                                                  : "in";
        r += "        { phase: '" + std::string(phase) + "', sql: " + jsString(st.sql) +
             (st.expectNoRows ? ", check: true" : "") + " },\n";
    }
    return r + "      ]);\n      return;\n";
}

const char *kSqliteHelper =
    R"(// SQLite: the statements SchemaForge's own executor runs (foreign keys off outside the transaction,
// the table rebuild, PRAGMA foreign_key_check), instead of queryInterface's rebuild with foreign keys on.
async function sqliteRebuild(queryInterface, Sequelize, steps) {
  const run = (s) => queryInterface.sequelize.query(s.sql, s.check ? { type: Sequelize.QueryTypes.SELECT } : {});
  for (const s of steps.filter((x) => x.phase === 'before')) await run(s);
  try {
    await queryInterface.sequelize.query('BEGIN IMMEDIATE');
    try {
      for (const s of steps.filter((x) => x.phase === 'in')) {
        const rows = await run(s);
        if (s.check && rows.length) throw new Error(`${s.sql} found ${rows.length} violating row(s)`);
      }
      await queryInterface.sequelize.query('COMMIT');
    } catch (e) {
      await queryInterface.sequelize.query('ROLLBACK').catch(() => {});
      throw e;
    }
  } finally {
    for (const s of steps.filter((x) => x.phase === 'after')) await run(s);
  }
}

)";

} // namespace

std::string JsWriter::write(const Migration &m)
{
    return write(m, nullptr);
}

std::string JsWriter::write(const Migration &m, const schema::Schema *before)
{
    return write(m, before, FolderStyle{});
}

std::string JsWriter::write(const Migration &m, const schema::Schema *before, const FolderStyle &style)
{
    std::optional<schema::Schema> state;
    if (before)
        state = *before;
    std::vector<ops::Operation> down;
    for (size_t i = m.operations.size(); i-- > 0;)
        down.push_back(ops::inverse(m.operations[i]));
    std::string sqliteUp, sqliteDown;
    if (before && sqliteNeedsOwnPlan(m.operations)) {
        const auto lite = sql::makeDialect(sql::DialectId::Sqlite);
        try {
            sqliteUp = sqliteSteps(lite->planAll(m.operations, *before).statements);
            sqliteDown = sqliteSteps(lite->planDown(m.operations, *before).statements);
        } catch (const std::exception &) {
            sqliteUp.clear(); // cannot plan here: the file keeps queryInterface's own calls
            sqliteDown.clear();
        }
    }
    const bool ts = style.module == FolderStyle::Module::TypeScript;
    const bool named = style.module != FolderStyle::Module::CommonJs;
    const std::string params = ts ? "queryInterface: any, Sequelize: any" : "queryInterface, Sequelize";
    auto fn = [&](const char *name, const std::string &lite, const std::string &bodyText, bool last) {
        std::string head = named ? std::string("export async function ") + name + "(" + params + ") {\n"
                                 : std::string("  async ") + name + "(" + params + ") {\n";
        std::string text = bodyText;
        if (named) { // one level less indentation outside the module.exports object
            std::string out;
            size_t pos = 0;
            while (pos < text.size()) {
                const size_t nl = text.find('\n', pos);
                const std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
                out += (line.rfind("  ", 0) == 0 ? line.substr(2) : line) + "\n";
                pos = nl == std::string::npos ? text.size() : nl + 1;
            }
            text = out;
        }
        std::string r = head;
        if (!lite.empty()) {
            std::string l = lite;
            if (named) {
                std::string out;
                size_t pos = 0;
                while (pos < l.size()) {
                    const size_t nl = l.find('\n', pos);
                    const std::string line = l.substr(pos, nl - pos);
                    out += (line.rfind("  ", 0) == 0 ? line.substr(2) : line) + "\n";
                    pos = nl + 1;
                }
                l = out;
            }
            r += std::string(named ? "  " : "    ") + "if (queryInterface.sequelize.getDialect() === 'sqlite') {\n" +
                 l + (named ? "  }\n" : "    }\n");
        }
        r += text + (named ? "}\n" : (last ? "  }\n" : "  },\n"));
        return r;
    };
    const std::string upBody = body(m.operations, state ? &*state : nullptr);
    // After the up body `state` holds the schema after the migration: where the down starts.
    const std::string downBody = body(down, state ? &*state : nullptr);
    std::string r = named ? std::string() : "'use strict';\n";
    r += "// Generated by SchemaForge from " + m.id + ".json; edit the design, not this file.\n";
    if (!sqliteUp.empty()) {
        std::string helper = kSqliteHelper;
        if (ts) {
            for (const auto &[from, to] : std::vector<std::pair<std::string, std::string>>{
                     {"(queryInterface, Sequelize, steps)", "(queryInterface: any, Sequelize: any, steps: any[])"},
                     {"(s) =>", "(s: any) =>"},
                     {"(x) =>", "(x: any) =>"}}) {
                for (size_t at = helper.find(from); at != std::string::npos; at = helper.find(from, at + to.size()))
                    helper.replace(at, from.size(), to);
            }
        }
        r += helper;
    }
    if (named) {
        r += fn("up", sqliteUp, upBody, false) + "\n" + fn("down", sqliteDown, downBody, true);
    } else {
        r += "/** @type {import('sequelize-cli').Migration} */\n";
        r += "module.exports = {\n";
        r += fn("up", sqliteUp, upBody, false) + "\n";
        r += fn("down", sqliteDown, downBody, true);
        r += "};\n";
    }
    return r;
}

} // namespace sf::migrate
