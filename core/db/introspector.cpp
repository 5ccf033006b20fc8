#include "core/db/introspector.h"

#include "core/db/dberror.h"
#include "core/sql/mysql/mysqlintrospector.h"
#include "core/sql/postgres/pgintrospector.h"
#include "core/sql/sqlite/sqliteintrospector.h"

#include <algorithm>

namespace sf::db {

IntrospectResult Introspector::introspect(Connection &connection)
{
    IntrospectResult r;
    switch (sql::dialectFamily(connection.dialectId())) {
    case sql::DialectId::Postgres:
        r = PgIntrospector::introspect(connection);
        break;
    case sql::DialectId::MySql:
    case sql::DialectId::MariaDb:
        r = MySqlIntrospector::introspect(connection);
        break;
    case sql::DialectId::Sqlite:
        r = SqliteIntrospector::introspect(connection);
        break;
    }
    auto &tables = r.schema.tables;
    tables.erase(
        std::remove_if(tables.begin(), tables.end(), [](const schema::Table &t) { return isHistoryTable(t.name); }),
        tables.end());
    std::sort(tables.begin(), tables.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (auto &t : tables) {
        auto byName = [](const auto &a, const auto &b) { return a.name < b.name; };
        std::sort(t.foreignKeys.begin(), t.foreignKeys.end(), byName);
        std::sort(t.uniques.begin(), t.uniques.end(), byName);
        std::sort(t.indexes.begin(), t.indexes.end(), byName);
    }
    return r;
}

bool Introspector::isHistoryTable(const std::string &name)
{
    return name == "SequelizeMeta" || name == "SchemaForgeMeta" || name == "SchemaForgeJournal";
}

} // namespace sf::db
