// PostgreSQL planner: one operation -> statements, each with the SQL that undoes it (several
// statements joined by ";\n" where one is not enough, e.g. recreating a dropped table).
#include "core/ops/visit.h"
#include "core/sql/postgres/postgresdialect.h"

#include <algorithm>

namespace sf::sql {

using design::TypeKind;
using schema::Column;
using schema::Table;

namespace {

void add(Plan &p, std::string sql, std::string reverse = {})
{
    Statement s;
    s.sql = std::move(sql);
    s.reverse = std::move(reverse);
    p.statements.push_back(std::move(s));
}

bool isEnum(const Column &c)
{
    return c.type.kind == TypeKind::Enum;
}

// Several statements as one reverse text ("a;\nb").
std::string joined(const Plan &p)
{
    std::string r;
    for (const auto &s : p.statements)
        r += (r.empty() ? "" : ";\n") + s.sql;
    return r;
}

} // namespace

void PostgresDialect::createTable(Plan &p, const Table &t) const
{
    const std::string tn = quoteIdentifier(t.name);
    for (const auto &c : t.columns)
        if (isEnum(c))
            add(p, createEnum(t.name, c), "DROP TYPE " + quoteIdentifier(enumTypeName(t.name, c.name)));
    std::string sql = "CREATE TABLE " + tn + " (";
    bool first = true;
    auto item = [&](const std::string &s) {
        sql += (first ? "" : ", ") + s;
        first = false;
    };
    for (const auto &c : t.columns)
        item(columnDefinition(t.name, c));
    if (!t.primaryKey.empty())
        item("PRIMARY KEY " + columnList(t.primaryKey));
    for (const auto &u : t.uniques)
        item(uniqueClause(u));
    for (const auto &fk : t.foreignKeys)
        item(foreignKeyClause(fk));
    add(p, sql + ")", "DROP TABLE " + tn);
    for (const auto &ix : t.indexes)
        add(p,
            std::string("CREATE ") + (ix.unique ? "UNIQUE " : "") + "INDEX " + quoteIdentifier(ix.name) + " ON " + tn +
                " " + columnList(ix.columns),
            "DROP INDEX " + quoteIdentifier(ix.name));
    if (!t.comment.empty())
        add(p, commentOn(t.name, "", t.comment), commentOn(t.name, "", ""));
    for (const auto &c : t.columns)
        if (!c.comment.empty())
            add(p, commentOn(t.name, c.name, c.comment), commentOn(t.name, c.name, ""));
}

void PostgresDialect::dropTable(Plan &p, const Table &t) const
{
    // The reverse recreates the table (its enum types come back first, as reverses of DROP TYPE).
    Plan create;
    createTable(create, t);
    Plan withoutTypes;
    for (auto &s : create.statements)
        if (s.sql.rfind("CREATE TYPE ", 0) != 0)
            withoutTypes.statements.push_back(s);
    add(p, "DROP TABLE " + quoteIdentifier(t.name), joined(withoutTypes));
    for (const auto &c : t.columns)
        if (isEnum(c))
            add(p, "DROP TYPE " + quoteIdentifier(enumTypeName(t.name, c.name)), createEnum(t.name, c));
}

void PostgresDialect::setPrimaryKey(Plan &p, const std::string &table, const std::vector<std::string> &from,
                                    const std::vector<std::string> &to) const
{
    const std::string tn = quoteIdentifier(table);
    const std::string pk = quoteIdentifier(primaryKeyName(table));
    if (!to.empty())
        add(p, "ALTER TABLE " + tn + " ADD CONSTRAINT " + pk + " PRIMARY KEY " + columnList(to),
            "ALTER TABLE " + tn + " DROP CONSTRAINT " + pk);
    (void)from;
}

void PostgresDialect::addColumn(Plan &p, const Table &t, const ops::AddColumn &o) const
{
    const std::string tn = quoteIdentifier(t.name);
    if (isEnum(o.column))
        add(p, createEnum(t.name, o.column), "DROP TYPE " + quoteIdentifier(enumTypeName(t.name, o.column.name)));
    if (o.primaryKeyPosition >= 0 && !t.primaryKey.empty())
        add(p, "ALTER TABLE " + tn + " DROP CONSTRAINT " + quoteIdentifier(primaryKeyName(t.name)),
            "ALTER TABLE " + tn + " ADD CONSTRAINT " + quoteIdentifier(primaryKeyName(t.name)) + " PRIMARY KEY " +
                columnList(t.primaryKey));
    add(p, "ALTER TABLE " + tn + " ADD COLUMN " + columnDefinition(t.name, o.column),
        "ALTER TABLE " + tn + " DROP COLUMN " + quoteIdentifier(o.column.name));
    if (o.primaryKeyPosition >= 0) {
        auto pk = t.primaryKey;
        pk.insert(pk.begin() + std::min<long>(o.primaryKeyPosition, static_cast<long>(pk.size())), o.column.name);
        setPrimaryKey(p, t.name, t.primaryKey, pk);
    }
    if (!o.column.comment.empty())
        add(p, commentOn(t.name, o.column.name, o.column.comment), commentOn(t.name, o.column.name, ""));
}

void PostgresDialect::removeColumn(Plan &p, const Table &t, const ops::RemoveColumn &o) const
{
    const std::string tn = quoteIdentifier(t.name);
    const bool inPk = std::find(t.primaryKey.begin(), t.primaryKey.end(), o.column.name) != t.primaryKey.end();
    if (inPk)
        add(p, "ALTER TABLE " + tn + " DROP CONSTRAINT " + quoteIdentifier(primaryKeyName(t.name)),
            "ALTER TABLE " + tn + " ADD CONSTRAINT " + quoteIdentifier(primaryKeyName(t.name)) + " PRIMARY KEY " +
                columnList(t.primaryKey));
    std::string readd = "ALTER TABLE " + tn + " ADD COLUMN " + columnDefinition(t.name, o.column);
    if (!o.column.comment.empty())
        readd += ";\n" + commentOn(t.name, o.column.name, o.column.comment);
    add(p, "ALTER TABLE " + tn + " DROP COLUMN " + quoteIdentifier(o.column.name), readd);
    if (inPk) {
        auto pk = t.primaryKey;
        pk.erase(std::remove(pk.begin(), pk.end(), o.column.name), pk.end());
        setPrimaryKey(p, t.name, t.primaryKey, pk);
    }
    if (isEnum(o.column))
        add(p, "DROP TYPE " + quoteIdentifier(enumTypeName(t.name, o.column.name)), createEnum(t.name, o.column));
}

void PostgresDialect::changeColumn(Plan &p, const ops::ChangeColumn &o) const
{
    const Column &f = o.from;
    const Column &t = o.to;
    const std::string tn = quoteIdentifier(o.table);
    const std::string alter = "ALTER TABLE " + tn + " ALTER COLUMN " + quoteIdentifier(t.name);
    const std::string typeF = columnType(o.table, f, false);
    const std::string typeT = columnType(o.table, t, false);
    const bool typeChanged = f.type != t.type;
    const bool autoChanged = f.autoIncrement != t.autoIncrement;
    const std::string seq = o.table + "_" + t.name + "_seq";
    const std::string nextval = "nextval(" + quoteLiteral(quoteIdentifier(seq)) + ")";
    const std::string defF = f.autoIncrement ? " DEFAULT " + nextval : defaultClause(f);
    const std::string defT = t.autoIncrement ? " DEFAULT " + nextval : defaultClause(t);
    const bool defaultTouched = defF != defT || typeChanged;

    if (!defF.empty() && defaultTouched)
        add(p, alter + " DROP DEFAULT", alter + " SET" + defF);
    if (typeChanged) {
        const std::string enumName = quoteIdentifier(enumTypeName(o.table, t.name));
        if (isEnum(t) && isEnum(f)) {
            // Values change by swapping the type (a value cannot be dropped from a PostgreSQL enum);
            // each step's reverse swaps back.
            const std::string old = quoteIdentifier(enumTypeName(o.table, t.name) + "_sfold");
            add(p, "ALTER TYPE " + enumName + " RENAME TO " + old, "ALTER TYPE " + old + " RENAME TO " + enumName);
            add(p, createEnum(o.table, t), "DROP TYPE " + enumName);
            add(p, alter + " TYPE " + enumName + " USING " + quoteIdentifier(t.name) + "::text::" + enumName,
                alter + " TYPE " + old + " USING " + quoteIdentifier(t.name) + "::text::" + old);
            add(p, "DROP TYPE " + old, "CREATE TYPE " + old + " AS " + renderType(f.type));
        } else if (isEnum(t)) {
            add(p, createEnum(o.table, t), "DROP TYPE " + enumName);
            add(p, alter + " TYPE " + enumName + " USING " + quoteIdentifier(t.name) + "::text::" + enumName,
                alter + " TYPE " + typeF + " USING " + quoteIdentifier(t.name) + "::text::" + typeF);
        } else if (isEnum(f)) {
            add(p, alter + " TYPE " + typeT + " USING " + quoteIdentifier(t.name) + "::text::" + typeT,
                alter + " TYPE " + enumName + " USING " + quoteIdentifier(t.name) + "::text::" + enumName);
            add(p, "DROP TYPE " + enumName, createEnum(o.table, f));
        } else {
            add(p, alter + " TYPE " + typeT + " USING " + quoteIdentifier(t.name) + "::" + typeT,
                alter + " TYPE " + typeF + " USING " + quoteIdentifier(t.name) + "::" + typeF);
        }
    }
    if (f.nullable != t.nullable)
        add(p, alter + (t.nullable ? " DROP NOT NULL" : " SET NOT NULL"),
            alter + (f.nullable ? " DROP NOT NULL" : " SET NOT NULL"));
    if (autoChanged && t.autoIncrement) {
        add(p,
            "CREATE SEQUENCE IF NOT EXISTS " + quoteIdentifier(seq) + " OWNED BY " + tn + "." + quoteIdentifier(t.name),
            "DROP SEQUENCE IF EXISTS " + quoteIdentifier(seq));
        // undone by resetting the sequence to where CREATE SEQUENCE left it
        add(p,
            "SELECT setval(" + quoteLiteral(quoteIdentifier(seq)) + ", COALESCE(MAX(" + quoteIdentifier(t.name) +
                "), 0) + 1, false) FROM " + tn,
            "SELECT setval(" + quoteLiteral(quoteIdentifier(seq)) + ", 1, false)");
    }
    if (!defT.empty() && defaultTouched)
        add(p, alter + " SET" + defT, alter + " DROP DEFAULT");
    if (f.comment != t.comment)
        add(p, commentOn(o.table, t.name, t.comment), commentOn(o.table, t.name, f.comment));
}

Plan PostgresDialect::planOperation(const ops::Operation &op, const schema::Schema &before) const
{
    Plan p;
    std::visit(
        [&](const auto &o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, ops::CreateTable>) {
                createTable(p, o.table);
            } else if constexpr (std::is_same_v<T, ops::DropTable>) {
                dropTable(p, tableIn(before, o.table.name, op));
            } else if constexpr (std::is_same_v<T, ops::RenameTable>) {
                const Table &t = tableIn(before, o.from, op);
                add(p, "ALTER TABLE " + quoteIdentifier(o.from) + " RENAME TO " + quoteIdentifier(o.to),
                    "ALTER TABLE " + quoteIdentifier(o.to) + " RENAME TO " + quoteIdentifier(o.from));
                if (!t.primaryKey.empty() && primaryKeyName(o.from) != primaryKeyName(o.to))
                    add(p,
                        "ALTER TABLE " + quoteIdentifier(o.to) + " RENAME CONSTRAINT " +
                            quoteIdentifier(primaryKeyName(o.from)) + " TO " + quoteIdentifier(primaryKeyName(o.to)),
                        "ALTER TABLE " + quoteIdentifier(o.to) + " RENAME CONSTRAINT " +
                            quoteIdentifier(primaryKeyName(o.to)) + " TO " + quoteIdentifier(primaryKeyName(o.from)));
                for (const auto &c : t.columns)
                    if (isEnum(c))
                        add(p,
                            "ALTER TYPE " + quoteIdentifier(enumTypeName(o.from, c.name)) + " RENAME TO " +
                                quoteIdentifier(enumTypeName(o.to, c.name)),
                            "ALTER TYPE " + quoteIdentifier(enumTypeName(o.to, c.name)) + " RENAME TO " +
                                quoteIdentifier(enumTypeName(o.from, c.name)));
            } else if constexpr (std::is_same_v<T, ops::AddColumn>) {
                addColumn(p, tableIn(before, o.table, op), o);
            } else if constexpr (std::is_same_v<T, ops::RemoveColumn>) {
                removeColumn(p, tableIn(before, o.table, op), o);
            } else if constexpr (std::is_same_v<T, ops::RenameColumn>) {
                const Table &t = tableIn(before, o.table, op);
                const std::string tn = quoteIdentifier(o.table);
                add(p,
                    "ALTER TABLE " + tn + " RENAME COLUMN " + quoteIdentifier(o.from) + " TO " + quoteIdentifier(o.to),
                    "ALTER TABLE " + tn + " RENAME COLUMN " + quoteIdentifier(o.to) + " TO " + quoteIdentifier(o.from));
                const Column *c = t.column(o.from);
                if (c && isEnum(*c))
                    add(p,
                        "ALTER TYPE " + quoteIdentifier(enumTypeName(o.table, o.from)) + " RENAME TO " +
                            quoteIdentifier(enumTypeName(o.table, o.to)),
                        "ALTER TYPE " + quoteIdentifier(enumTypeName(o.table, o.to)) + " RENAME TO " +
                            quoteIdentifier(enumTypeName(o.table, o.from)));
            } else if constexpr (std::is_same_v<T, ops::ChangeColumn>) {
                tableIn(before, o.table, op);
                changeColumn(p, o);
            } else if constexpr (std::is_same_v<T, ops::AddIndex>) {
                add(p,
                    std::string("CREATE ") + (o.index.unique ? "UNIQUE " : "") + "INDEX " +
                        quoteIdentifier(o.index.name) + " ON " + quoteIdentifier(o.table) + " " +
                        columnList(o.index.columns),
                    "DROP INDEX " + quoteIdentifier(o.index.name));
            } else if constexpr (std::is_same_v<T, ops::RemoveIndex>) {
                add(p, "DROP INDEX " + quoteIdentifier(o.index.name),
                    std::string("CREATE ") + (o.index.unique ? "UNIQUE " : "") + "INDEX " +
                        quoteIdentifier(o.index.name) + " ON " + quoteIdentifier(o.table) + " " +
                        columnList(o.index.columns));
            } else if constexpr (std::is_same_v<T, ops::AddForeignKey>) {
                add(p, "ALTER TABLE " + quoteIdentifier(o.table) + " ADD " + foreignKeyClause(o.foreignKey),
                    "ALTER TABLE " + quoteIdentifier(o.table) + " DROP CONSTRAINT " +
                        quoteIdentifier(o.foreignKey.name));
            } else if constexpr (std::is_same_v<T, ops::RemoveForeignKey>) {
                add(p,
                    "ALTER TABLE " + quoteIdentifier(o.table) + " DROP CONSTRAINT " +
                        quoteIdentifier(o.foreignKey.name),
                    "ALTER TABLE " + quoteIdentifier(o.table) + " ADD " + foreignKeyClause(o.foreignKey));
            } else if constexpr (std::is_same_v<T, ops::AddUnique>) {
                add(p, "ALTER TABLE " + quoteIdentifier(o.table) + " ADD " + uniqueClause(o.unique),
                    "ALTER TABLE " + quoteIdentifier(o.table) + " DROP CONSTRAINT " + quoteIdentifier(o.unique.name));
            } else if constexpr (std::is_same_v<T, ops::RemoveUnique>) {
                add(p, "ALTER TABLE " + quoteIdentifier(o.table) + " DROP CONSTRAINT " + quoteIdentifier(o.unique.name),
                    "ALTER TABLE " + quoteIdentifier(o.table) + " ADD " + uniqueClause(o.unique));
            } else if constexpr (std::is_same_v<T, ops::RawSql>) {
                // a raw object of this database or of any (another database's: nothing here)
                if (o.dialect.empty() || projectDialectFromName(o.dialect) == DialectId::Postgres)
                    add(p, o.up, o.down);
            } else if constexpr (std::is_same_v<T, ops::ChangeTableComment>) {
                tableIn(before, o.table, op);
                add(p, commentOn(o.table, "", o.to), commentOn(o.table, "", o.from));
            } else if constexpr (std::is_same_v<T, ops::ReorderColumns>) {
                tableIn(before, o.table, op); // no DDL: PostgreSQL cannot move a column (see ReorderColumns)
            } else {
                static_assert(ops::kUnhandledOperation<T>, "an operation type is not handled here");
            }
        },
        op);
    return p;
}

} // namespace sf::sql
