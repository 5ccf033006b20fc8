#include "core/db/openconnection.h"

#include "core/db/dberror.h"
#include "core/sql/mysql/mysqlconnection.h"
#include "core/sql/postgres/pgconnection.h"
#include "core/sql/sqlite/sqliteconnection.h"

#include <filesystem>

namespace sf::db {

std::optional<ConnectionUrl> resolveConnectionUrl(const std::string &urlText, const OpenOptions &options,
                                                  std::string *error)
{
    VariableOptions vars;
    if (!options.projectDir.empty())
        vars.dotEnvPath = (std::filesystem::path(options.projectDir) / ".env").string();
    const auto expanded = ConnectionUrl::expandVariables(urlText, vars, error);
    if (!expanded)
        return std::nullopt;
    return ConnectionUrl::parse(*expanded, UrlParseOptions{options.projectDir}, error);
}

OpenResult openConnection(const std::string &urlText, const OpenOptions &options)
{
    OpenResult result;
    result.redactedUrl = ConnectionUrl::redactText(urlText);
    std::string error;
    const auto url = resolveConnectionUrl(urlText, options, &error);
    if (!url) {
        result.error = error;
        result.userError = true;
        return result;
    }
    result.redactedUrl = url->redacted();
    result.dialect = url->dialect();
    try {
        switch (url->dialectId()) { // the one choice of connection class
        case sql::DialectId::Postgres:
            result.connection = std::make_unique<PgConnection>(*url, options.connectTimeoutSeconds);
            break;
        case sql::DialectId::MySql:
        case sql::DialectId::MariaDb:
            result.connection = std::make_unique<MysqlConnection>(*url, options.connectTimeoutSeconds);
            break;
        case sql::DialectId::Sqlite:
            if (!url->isMemory()) {
                const std::filesystem::path file(url->database);
                if (!options.createSqliteFile && !std::filesystem::exists(file)) {
                    result.error = "SQLite file " + url->database + " does not exist";
                    return result;
                }
                if (file.has_parent_path() && !std::filesystem::is_directory(file.parent_path())) {
                    result.error = "cannot open SQLite file " + url->database + ": folder " +
                                   file.parent_path().string() + " does not exist";
                    return result;
                }
            }
            result.connection = std::make_unique<SqliteConnection>(*url, options.sqliteBusyTimeoutMs);
            break;
        }
    } catch (const DbError &e) {
        result.error = e.what();
    } catch (const std::exception &e) {
        result.error = std::string("cannot connect to ") + url->location() + ": " + e.what();
    }
    return result;
}

} // namespace sf::db
