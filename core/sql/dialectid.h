#pragma once
// DialectId names one database SchemaForge plans for; the one place a dialect name ("postgres",
// "mysql", "mariadb", "sqlite") becomes an enum and back. Behaviour is asked of the enum or of the
// dialect's Capabilities, never of a name string.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sf::sql {

enum class DialectId { Postgres, MySql, MariaDb, Sqlite };

// "postgres" | "mysql" | "mariadb" | "sqlite".
std::string_view dialectName(DialectId id);
// The name a project, a raw SQL object or Sequelize's `dialect` option stores: MariaDB is "mysql"
// (one project dialect serves both servers).
std::string_view projectDialectName(DialectId id);
// "postgres" (also "postgresql"), "mysql", "mariadb", "sqlite"; nullopt for anything else.
std::optional<DialectId> dialectIdFromName(std::string_view name);
// The dialect a project may name (projectDialectName of some id: "postgres", "mysql", "sqlite");
// nullopt for anything else, "mariadb" and "postgresql" included.
std::optional<DialectId> projectDialectFromName(std::string_view name);
// projectDialectName of a dialect name (mariadb -> mysql, postgresql -> postgres); a name that is
// no dialect comes back unchanged.
std::string projectDialectOf(std::string_view name);
// MariaDB and MySQL share one dialect family (the same planner, the same project dialect).
DialectId dialectFamily(DialectId id);
inline bool isMySqlFamily(DialectId id)
{
    return dialectFamily(id) == DialectId::MySql;
}
// The dialects a project can choose, in menu order (PostgreSQL, MySQL/MariaDB, SQLite).
const std::vector<DialectId> &projectDialects();

} // namespace sf::sql
