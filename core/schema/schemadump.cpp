// Stable text form of a physical schema.
#include "core/schema/schemadump.h"

namespace sf::schema {

namespace {

std::string list(const std::vector<std::string> &v)
{
    std::string s = "(";
    for (size_t i = 0; i < v.size(); ++i)
        s += (i ? ", " : "") + v[i];
    return s + ")";
}

std::string literal(const std::string &s)
{
    std::string r = "'";
    for (char c : s) {
        if (c == '\'')
            r += "''";
        else if (c == '\n')
            r += "\\n";
        else
            r += c;
    }
    return r + "'";
}

std::string idTag(const std::string &id)
{
    return id.empty() ? std::string() : "  [" + id + "]";
}

} // namespace

std::string dumpDefault(const design::DefaultValue &d)
{
    using K = design::DefaultValue::Kind;
    switch (d.kind) {
    case K::None:
        return "";
    case K::String:
        return literal(d.text);
    case K::Number:
    case K::Boolean:
        return d.text;
    case K::Now:
        return "NOW (js)";
    case K::UuidV4:
        return "UUIDV4 (js)";
    case K::Sql:
        return "SQL(" + d.text + ")";
    }
    return "";
}

std::string dumpSchema(const Schema &schema)
{
    std::string out;
    for (const auto &t : schema.tables) {
        if (!out.empty())
            out += "\n";
        out += "table " + t.name + idTag(t.id) + "\n";
        if (!t.comment.empty())
            out += "  comment " + literal(t.comment) + "\n";
        for (const auto &c : t.columns) {
            out += "  column " + c.name + " " + c.type.toString() + (c.nullable ? " NULL" : " NOT NULL");
            if (!c.defaultValue.isNone())
                out += " DEFAULT " + dumpDefault(c.defaultValue);
            if (c.autoIncrement)
                out += " AUTOINCREMENT";
            if (!c.comment.empty())
                out += " COMMENT " + literal(c.comment);
            out += idTag(c.id) + "\n";
        }
        if (!t.primaryKey.empty())
            out += "  primary key " + list(t.primaryKey) + "\n";
        for (const auto &fk : t.foreignKeys) {
            out += "  foreign key " + fk.name + " " + list(fk.columns) + " references " + fk.refTable + " " +
                   list(fk.refColumns);
            if (!fk.onDelete.empty())
                out += " on delete " + fk.onDelete;
            if (!fk.onUpdate.empty())
                out += " on update " + fk.onUpdate;
            out += idTag(fk.id) + "\n";
        }
        for (const auto &u : t.uniques)
            out += "  unique " + u.name + " " + list(u.columns) + idTag(u.id) + "\n";
        for (const auto &i : t.indexes)
            out += std::string(i.unique ? "  unique index " : "  index ") + i.name + " " + list(i.columns) +
                   idTag(i.id) + "\n";
    }
    return out;
}

} // namespace sf::schema
