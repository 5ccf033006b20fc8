// Dialect names: the only table of them.
#include "core/sql/dialectid.h"

namespace sf::sql {

std::string_view dialectName(DialectId id)
{
    switch (id) {
    case DialectId::Postgres:
        return "postgres";
    case DialectId::MySql:
        return "mysql";
    case DialectId::MariaDb:
        return "mariadb";
    case DialectId::Sqlite:
        return "sqlite";
    }
    return "postgres";
}

std::string_view projectDialectName(DialectId id)
{
    return dialectName(dialectFamily(id));
}

std::optional<DialectId> dialectIdFromName(std::string_view name)
{
    for (DialectId id : {DialectId::Postgres, DialectId::MySql, DialectId::MariaDb, DialectId::Sqlite})
        if (name == dialectName(id))
            return id;
    if (name == "postgresql") // the URL scheme's spelling
        return DialectId::Postgres;
    return std::nullopt;
}

std::optional<DialectId> projectDialectFromName(std::string_view name)
{
    for (DialectId id : projectDialects())
        if (name == dialectName(id))
            return id;
    return std::nullopt;
}

std::string projectDialectOf(std::string_view name)
{
    const auto id = dialectIdFromName(name);
    return std::string(id ? projectDialectName(*id) : name);
}

DialectId dialectFamily(DialectId id)
{
    return id == DialectId::MariaDb ? DialectId::MySql : id;
}

const std::vector<DialectId> &projectDialects()
{
    static const std::vector<DialectId> ids{DialectId::Postgres, DialectId::MySql, DialectId::Sqlite};
    return ids;
}

} // namespace sf::sql
