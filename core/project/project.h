#pragma once
// Project is one *.schemaforge.json file: the design, the diagram layout (kept apart from the
// design), connection profiles without secrets, and settings.

#include "core/design/design.h"
#include "core/sql/dialectid.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sf::project {

struct Settings {
    std::optional<std::string> migrationsDir;  // default "migrations"
    std::optional<std::string> modelsDir;      // default "models"
    std::optional<std::string> defaultDialect; // a project dialect name (postgres, mysql, sqlite); default postgres
    std::optional<int> tableLockTimeoutMs;     // how long a migration waits for a table lock; default 30000
    std::optional<int> statementTimeoutMs;     // longest one migration statement may run; default 0 = the server's

    friend bool operator==(const Settings &, const Settings &) = default;
};

struct LayoutEntry {
    double x = 0;
    double y = 0;
    std::optional<double> width;
    std::optional<double> height;
    std::optional<std::string> color; // "#rrggbb"
    std::optional<bool> collapsed;

    friend bool operator==(const LayoutEntry &, const LayoutEntry &) = default;
};

struct ConnectionProfile {
    std::string name;
    std::string url; // may contain ${VAR}; never a literal password

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

struct Project {
    std::string name;
    Settings settings;
    design::Design design;
    std::map<std::string, LayoutEntry> layout; // keyed by model / association id
    std::vector<ConnectionProfile> connections;

    std::string migrationsDir() const { return settings.migrationsDir.value_or("migrations"); }
    std::string modelsDir() const { return settings.modelsDir.value_or("models"); }
    std::string defaultDialect() const
    {
        return settings.defaultDialect.value_or(std::string(sql::dialectName(sql::DialectId::Postgres)));
    }

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace sf::project
