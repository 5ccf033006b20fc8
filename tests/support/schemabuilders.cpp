#include "support/schemabuilders.h"

#include "core/design/datatype.h"

#include <utility>

namespace sf::test {

schema::Column column(const std::string &name, const char *type, bool nullable, bool autoIncrement)
{
    return column(name, type, nullable, design::DefaultValue::none(), autoIncrement);
}

schema::Column column(const std::string &name, const char *type, bool nullable, design::DefaultValue def,
                      bool autoIncrement)
{
    schema::Column c;
    c.name = name;
    c.type = *design::DataType::parse(type);
    c.nullable = nullable;
    c.defaultValue = std::move(def);
    c.autoIncrement = autoIncrement;
    return c;
}

schema::Table tableWithId(const std::string &name, std::vector<schema::Column> columns)
{
    schema::Table t;
    t.name = name;
    t.columns = {column("id", "INTEGER", false, true)};
    t.columns.insert(t.columns.end(), columns.begin(), columns.end());
    t.primaryKey = {"id"};
    return t;
}

} // namespace sf::test
