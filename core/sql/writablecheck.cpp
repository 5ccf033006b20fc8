// WritableCheck: one exhaustive visit over the operation types and a walk over the schema objects
// they carry. NUL is the one byte that cannot be written: PostgreSQL rejects it in text, SQLite cuts
// the text there, MySQL would need \0, which NO_BACKSLASH_ESCAPES turns off.
#include "core/sql/writablecheck.h"

#include "core/design/naming.h"
#include "core/ops/visit.h"
#include "core/sql/dialect.h"

#include <cstdio>

namespace sf::sql {

namespace {

using ops::OneOf;

std::string q(const std::string &name)
{
    return design::naming::quote(name); // printable: a NUL in the name shows as \x00
}

// The first 4-byte UTF-8 sequence in v as "U+1F98A", or "".
std::string fourByteCharacter(const std::string &v)
{
    for (size_t i = 0; i + 3 < v.size(); ++i) {
        const auto b = static_cast<unsigned char>(v[i]);
        if ((b & 0xF8) != 0xF0)
            continue;
        const unsigned cp = ((b & 0x07u) << 18) | ((static_cast<unsigned char>(v[i + 1]) & 0x3Fu) << 12) |
                            ((static_cast<unsigned char>(v[i + 2]) & 0x3Fu) << 6) |
                            (static_cast<unsigned char>(v[i + 3]) & 0x3Fu);
        char buf[16];
        std::snprintf(buf, sizeof buf, "U+%04X", cp);
        return buf;
    }
    return {};
}

struct Walker {
    bool bmpOnly = false; // MySQL/MariaDB: definitions are 3-byte UTF-8
    void value(const std::string &v, const std::string &where, bool definition = true)
    {
        WritableCheck::checkValue(v, where);
        if (!bmpOnly || !definition)
            return;
        if (const std::string ch = fourByteCharacter(v); !ch.empty())
            throw UnwritableValue(where + " contains " + ch +
                                  ", a character outside the Basic Multilingual Plane (an emoji?): MySQL and "
                                  "MariaDB keep table definitions in 3-byte UTF-8 and would store it as '?'; "
                                  "use another character");
    }
    void names(const std::vector<std::string> &v, const std::string &where)
    {
        for (const auto &x : v)
            value(x, where);
    }
    void column(const std::string &table, const schema::Column &c)
    {
        value(table, "a table name");
        const std::string where = "column " + q(table) + "." + q(c.name);
        value(c.name, "a column name of table " + q(table));
        for (const auto &e : c.type.enumValues)
            value(e, where + ": an ENUM value");
        value(c.type.variant, where + ": its type");
        value(c.defaultValue.text, where + ": its default value");
        value(c.comment, where + ": its comment");
    }
    void index(const std::string &table, const schema::Index &ix)
    {
        value(ix.name, "an index name on table " + q(table));
        names(ix.columns, "index " + q(ix.name) + " on table " + q(table) + ": a column name");
    }
    void foreignKey(const std::string &table, const schema::ForeignKey &fk)
    {
        const std::string where = "foreign key " + q(fk.name) + " of table " + q(table);
        value(fk.name, "a foreign key name of table " + q(table));
        names(fk.columns, where + ": a column name");
        value(fk.refTable, where + ": the referenced table");
        names(fk.refColumns, where + ": a referenced column");
        value(fk.onDelete, where + ": ON DELETE");
        value(fk.onUpdate, where + ": ON UPDATE");
    }
    void unique(const std::string &table, const schema::UniqueConstraint &u)
    {
        value(u.name, "a unique constraint name of table " + q(table));
        names(u.columns, "unique constraint " + q(u.name) + " of table " + q(table) + ": a column name");
    }
    void table(const schema::Table &t)
    {
        value(t.name, "a table name");
        value(t.comment, "table " + q(t.name) + ": its comment");
        for (const auto &c : t.columns)
            column(t.name, c);
        names(t.primaryKey, "the primary key of table " + q(t.name));
        for (const auto &ix : t.indexes)
            index(t.name, ix);
        for (const auto &fk : t.foreignKeys)
            foreignKey(t.name, fk);
        for (const auto &u : t.uniques)
            unique(t.name, u);
    }
};

} // namespace

void WritableCheck::checkValue(std::string_view v, const std::string &where)
{
    const auto at = v.find('\0');
    if (at == std::string_view::npos)
        return;
    throw UnwritableValue(where + " contains a NUL byte (at byte " + std::to_string(at) +
                          "), which cannot be written as SQL on any database; remove it from the value");
}

void WritableCheck::check(const ops::Operation &op, const Capabilities &capabilities)
{
    Walker w;
    w.bmpOnly = !capabilities.fourByteUtf8InDefinitions;
    std::visit(ops::overloaded{
                   [&](const OneOf<ops::CreateTable, ops::DropTable> auto &o) { w.table(o.table); },
                   [&](const ops::RenameTable &o) {
                       w.value(o.from, "a table name");
                       w.value(o.to, "the new name of table " + q(o.from));
                   },
                   [&](const OneOf<ops::AddColumn, ops::RemoveColumn> auto &o) { w.column(o.table, o.column); },
                   [&](const ops::RenameColumn &o) {
                       w.value(o.table, "a table name");
                       w.value(o.from, "a column name of table " + q(o.table));
                       w.value(o.to, "the new name of column " + q(o.table) + "." + q(o.from));
                   },
                   [&](const ops::ChangeColumn &o) {
                       w.column(o.table, o.from);
                       w.column(o.table, o.to);
                   },
                   [&](const OneOf<ops::AddIndex, ops::RemoveIndex> auto &o) {
                       w.value(o.table, "a table name");
                       w.index(o.table, o.index);
                   },
                   [&](const OneOf<ops::AddForeignKey, ops::RemoveForeignKey> auto &o) {
                       w.value(o.table, "a table name");
                       w.foreignKey(o.table, o.foreignKey);
                   },
                   [&](const OneOf<ops::AddUnique, ops::RemoveUnique> auto &o) {
                       w.value(o.table, "a table name");
                       w.unique(o.table, o.unique);
                   },
                   [&](const ops::RawSql &o) {
                       w.value(o.up, "the raw SQL (up)", false); // statement text is utf8mb4
                       w.value(o.down, "the raw SQL (down)", false);
                   },
                   [&](const ops::ChangeTableComment &o) {
                       w.value(o.table, "a table name");
                       w.value(o.from, "table " + q(o.table) + ": its old comment");
                       w.value(o.to, "table " + q(o.table) + ": its comment");
                   },
                   [&](const ops::ReorderColumns &o) {
                       w.value(o.table, "a table name");
                       w.names(o.from, "a column name of table " + q(o.table));
                       w.names(o.to, "a column name of table " + q(o.table));
                   },
               },
               op);
}

} // namespace sf::sql
