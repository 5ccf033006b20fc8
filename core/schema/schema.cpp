// Schema and Table lookups by name and by id.
#include "core/schema/schema.h"

namespace sf::schema {

const Column *Table::column(const std::string &n) const
{
    for (const auto &c : columns)
        if (c.name == n)
            return &c;
    return nullptr;
}

Column *Table::column(const std::string &n)
{
    return const_cast<Column *>(static_cast<const Table *>(this)->column(n));
}

const Column *Table::columnById(const std::string &id) const
{
    for (const auto &c : columns)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Table *Schema::table(const std::string &n) const
{
    for (const auto &t : tables)
        if (t.name == n)
            return &t;
    return nullptr;
}

Table *Schema::table(const std::string &n)
{
    return const_cast<Table *>(static_cast<const Schema *>(this)->table(n));
}

const Table *Schema::tableById(const std::string &id) const
{
    for (const auto &t : tables)
        if (t.id == id)
            return &t;
    return nullptr;
}

Table *Schema::tableById(const std::string &id)
{
    return const_cast<Table *>(static_cast<const Schema *>(this)->tableById(id));
}

} // namespace sf::schema
