#pragma once
// ConnectionUrl is a parsed database URL (postgres://, mysql://, mariadb://, sqlite:); a plain value
// type. It holds the password in memory only: redacted() and every error message print it as ****.

#include "core/sql/dialectid.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sf::db {

struct UrlParseOptions {
    std::string baseDir; // relative sqlite: paths resolve against it (the project's folder); "" = cwd
};

struct VariableOptions {
    std::string dotEnvPath; // `.env` consulted for ${VAR} not set in the environment; "" = none
};

struct ConnectionUrl {
    enum class Kind { Postgres, MySql, Sqlite };

    Kind kind = Kind::Postgres;
    std::string scheme; // as written: postgres, postgresql, mysql, mariadb, sqlite
    std::string user;
    std::string password; // empty: libpq falls back to PGPASSWORD / ~/.pgpass
    std::string host;
    int port = 0;         // 0: the dialect's default (5432, 3306)
    std::string database; // server database; for sqlite the absolute file path or ":memory:"
    std::vector<std::pair<std::string, std::string>> params; // ?key=value, percent-decoded

    // Parses `text`. On failure returns nullopt and sets *error to a message that names the
    // problem (unknown scheme, missing host or database, bad port, unknown parameter) and never
    // contains the password.
    static std::optional<ConnectionUrl> parse(std::string_view text, const UrlParseOptions &options,
                                              std::string *error);
    // Replaces each ${VAR} with the environment variable VAR, else the value in the .env file.
    // On an unset variable returns nullopt and names it and where it was looked for.
    static std::optional<std::string> expandVariables(std::string_view text, const VariableOptions &options,
                                                      std::string *error);
    // The URL text with any password replaced by ****, for URLs that did not parse too.
    static std::string redactText(std::string_view text);

    // The database the scheme names (MariaDb for mariadb:, which no server answer has confirmed yet).
    sql::DialectId dialectId() const;
    std::string dialect() const; // sql::projectDialectName(dialectId()): postgres, mysql or sqlite
    bool isMariaDb() const;      // the scheme is mariadb:
    bool isMemory() const { return kind == Kind::Sqlite && database == ":memory:"; }
    int effectivePort() const;
    std::string param(const std::string &key, const std::string &fallback = {}) const;
    std::string redacted() const; // URL form with the password as ****
    std::string location() const; // for messages: `host:port, database "db"` or the sqlite path
};

} // namespace sf::db
