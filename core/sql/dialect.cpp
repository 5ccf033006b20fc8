// Dialect: shared rendering helpers, multi-operation planning and the dialect factory.
#include "core/sql/dialect.h"

#include "core/design/naming.h"
#include "core/diff/differ.h"
#include "core/ops/describe.h"
#include "core/ops/inverse.h"
#include "core/ops/replay.h"
#include "core/sql/mysql/mysqldialect.h"
#include "core/sql/postgres/postgresdialect.h"
#include "core/sql/sqlite/sqlitedialect.h"
#include "core/sql/writablecheck.h"

#include <regex>
#include <unordered_set>

namespace sf::sql {

Dialect::~Dialect() = default;

Plan Dialect::plan(const ops::Operation &op, const schema::Schema &before) const
{
    WritableCheck::check(op, capabilities());
    return planOperation(op, before);
}

std::string Dialect::schemaForgeJournalDdl() const
{
    return "CREATE TABLE IF NOT EXISTS " + quoteIdentifier("SchemaForgeJournal") + " (" + quoteIdentifier("name") +
           " VARCHAR(255) NOT NULL, " + quoteIdentifier("direction") + " VARCHAR(4) NOT NULL, " +
           quoteIdentifier("idx") + " INTEGER NOT NULL, " + quoteIdentifier("done") + " INTEGER NOT NULL, " +
           quoteIdentifier("statement") + " TEXT NOT NULL, " + quoteIdentifier("reverse") + " TEXT NOT NULL, " +
           "PRIMARY KEY (" + quoteIdentifier("name") + ", " + quoteIdentifier("idx") + "));";
}

std::vector<std::string> Dialect::splitStatements(std::string_view sql) const
{
    return StatementSplitter::split(sql, splitRules());
}

std::string Dialect::quoteWith(std::string_view ident, char q)
{
    WritableCheck::checkValue(ident, "the identifier " + design::naming::quote(ident));
    std::string r(1, q);
    r.reserve(ident.size() + 2);
    for (char c : ident) {
        if (c == q)
            r += q;
        r += c;
    }
    return r + q;
}

std::string Dialect::quoteStandardLiteral(std::string_view text)
{
    WritableCheck::checkValue(text, "the value " + design::naming::quote(text));
    std::string r = "'";
    r.reserve(text.size() + 2);
    for (char c : text) {
        if (c == '\'')
            r += '\'';
        r += c;
    }
    return r + "'";
}

std::optional<std::string> Dialect::readStandardLiteral(std::string_view text, size_t *length)
{
    if (text.empty() || text.front() != '\'')
        return std::nullopt;
    std::string value;
    for (size_t i = 1; i < text.size(); ++i) {
        if (text[i] != '\'') {
            value += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == '\'') {
            value += '\'';
            ++i;
        } else {
            if (length)
                *length = i + 1;
            return value;
        }
    }
    return std::nullopt; // unterminated
}

std::optional<std::string> Dialect::readStringLiteral(std::string_view text, size_t *length) const
{
    return readStandardLiteral(text, length);
}

std::string Plan::text(bool withComments) const
{
    std::string out;
    int lastOp = -2;
    for (const auto &s : statements) {
        if (withComments && s.sourceOperation != lastOp && !s.comment.empty() && !s.outsideTransaction())
            out += "-- " + s.comment + "\n";
        lastOp = s.sourceOperation;
        out += s.sql + ";\n";
    }
    return out;
}

namespace {

Plan hoist(std::vector<Statement> all)
{
    Plan p;
    std::vector<Statement> before, after;
    std::unordered_set<std::string> seenBefore, seenAfter;
    for (auto &s : all) {
        if (s.phase == Statement::Phase::BeforeTransaction) {
            if (seenBefore.insert(s.sql).second)
                before.push_back(std::move(s));
        } else if (s.phase == Statement::Phase::AfterTransaction) {
            if (seenAfter.insert(s.sql).second)
                after.push_back(std::move(s));
        } else {
            p.statements.push_back(std::move(s));
        }
    }
    p.statements.insert(p.statements.begin(), before.begin(), before.end());
    p.statements.insert(p.statements.end(), after.begin(), after.end());
    return p;
}

} // namespace

Plan Dialect::planAll(const std::vector<ops::Operation> &list, const schema::Schema &before) const
{
    schema::Schema state = before;
    std::vector<Statement> all;
    std::vector<std::string> warnings;
    for (size_t i = 0; i < list.size(); ++i) {
        Plan p = plan(list[i], state);
        const std::string what = ops::describe(list[i]);
        for (auto &s : p.statements) {
            s.sourceOperation = static_cast<int>(i);
            if (s.comment.empty())
                s.comment = what;
            all.push_back(std::move(s));
        }
        warnings.insert(warnings.end(), p.warnings.begin(), p.warnings.end());
        ops::apply(state, list[i]);
    }
    Plan out = hoist(std::move(all));
    out.warnings = std::move(warnings);
    return out;
}

Plan Dialect::planDown(const std::vector<ops::Operation> &list, const schema::Schema &before) const
{
    schema::Schema state = before;
    for (const auto &op : list)
        ops::apply(state, op);
    std::vector<Statement> all;
    std::vector<std::string> warnings;
    for (size_t k = list.size(); k-- > 0;) {
        const ops::Operation inv = ops::inverse(list[k]);
        Plan p = plan(inv, state);
        const std::string what = ops::describe(inv);
        for (auto &s : p.statements) {
            s.sourceOperation = static_cast<int>(k);
            if (s.comment.empty())
                s.comment = what;
            all.push_back(std::move(s));
        }
        warnings.insert(warnings.end(), p.warnings.begin(), p.warnings.end());
        ops::apply(state, inv);
    }
    Plan out = hoist(std::move(all));
    out.warnings = std::move(warnings);
    return out;
}

std::vector<Statement> Dialect::createScript(const schema::Schema &s) const
{
    return planAll(diff::diff(schema::Schema{}, s), schema::Schema{}).statements;
}

std::string Dialect::columnList(const std::vector<std::string> &cols) const
{
    std::string r = "(";
    for (size_t i = 0; i < cols.size(); ++i)
        r += (i ? ", " : "") + quoteIdentifier(cols[i]);
    return r + ")";
}

namespace {

std::string referentialAction(const std::string &action, const schema::ForeignKey &fk)
{
    static const char *const allowed[] = {"CASCADE", "SET NULL", "RESTRICT", "NO ACTION", "SET DEFAULT"};
    std::string up;
    for (char c : action)
        up += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const char *a : allowed)
        if (up == a)
            return up;
    throw PlanError("foreign key " + fk.name + ": \"" + action +
                    "\" is not a referential action (CASCADE, SET NULL, RESTRICT, NO ACTION, SET DEFAULT)");
}

} // namespace

std::string Dialect::foreignKeyClause(const schema::ForeignKey &fk) const
{
    std::string r = "CONSTRAINT " + quoteIdentifier(fk.name) + " FOREIGN KEY " + columnList(fk.columns) +
                    " REFERENCES " + quoteIdentifier(fk.refTable) + " " + columnList(fk.refColumns);
    if (!fk.onDelete.empty())
        r += " ON DELETE " + referentialAction(fk.onDelete, fk);
    if (!fk.onUpdate.empty())
        r += " ON UPDATE " + referentialAction(fk.onUpdate, fk);
    return r;
}

std::string Dialect::uniqueClause(const schema::UniqueConstraint &u) const
{
    return "CONSTRAINT " + quoteIdentifier(u.name) + " UNIQUE " + columnList(u.columns);
}

std::string Dialect::booleanLiteral(bool value) const
{
    return value ? "true" : "false";
}

std::string Dialect::defaultClause(const schema::Column &c) const
{
    using K = design::DefaultValue::Kind;
    const auto &d = c.defaultValue;
    switch (d.kind) {
    case K::None:
    case K::Now:
    case K::UuidV4:
        return {};
    case K::String:
        return " DEFAULT " + quoteLiteral(d.text);
    case K::Number: {
        static const std::regex number(R"(-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?)");
        return " DEFAULT " + (std::regex_match(d.text, number) ? d.text : quoteLiteral(d.text));
    }
    case K::Boolean:
        return " DEFAULT " + booleanLiteral(d.text == "true");
    case K::Sql:
        return " DEFAULT " + sqlDefault(d.text);
    }
    return {};
}

const schema::Table &Dialect::tableIn(const schema::Schema &s, const std::string &name, const ops::Operation &op)
{
    if (const schema::Table *t = s.table(name))
        return *t;
    throw PlanError("cannot plan " + ops::describe(op) + ": table " + name + " does not exist");
}

std::unique_ptr<Dialect> makeDialect(DialectId id)
{
    switch (id) {
    case DialectId::Postgres:
        return std::make_unique<PostgresDialect>();
    case DialectId::MySql:
    case DialectId::MariaDb:
        return std::make_unique<MysqlDialect>(id);
    case DialectId::Sqlite:
        return std::make_unique<SqliteDialect>();
    }
    return nullptr;
}

const Capabilities &capabilitiesOf(DialectId id)
{
    static const std::vector<Capabilities> all = [] {
        std::vector<Capabilities> v;
        for (DialectId d : {DialectId::Postgres, DialectId::MySql, DialectId::MariaDb, DialectId::Sqlite})
            v.push_back(makeDialect(d)->capabilities());
        return v;
    }();
    return all.at(static_cast<size_t>(id));
}

std::unique_ptr<Dialect> makeDialect(std::string_view name)
{
    const auto id = dialectIdFromName(name);
    return id ? makeDialect(*id) : nullptr;
}

} // namespace sf::sql
