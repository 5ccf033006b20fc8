#pragma once
// openConnection is the one factory for sf::db::Connection: expands ${VAR}, parses the URL and connects,
// returning an owned connection or a clear error (never throws, never prints a password).

#include "core/db/connection.h"
#include "core/db/connectionurl.h"

#include <memory>
#include <string>

namespace sf::db {

struct OpenOptions {
    std::string projectDir; // base for relative sqlite: paths and where `.env` is looked for
    int connectTimeoutSeconds = 5;
    int sqliteBusyTimeoutMs = 5000;
    bool createSqliteFile = true; // false: a missing SQLite file is an error instead of created
};

struct OpenResult {
    std::unique_ptr<Connection> connection; // null on failure
    std::string error;                      // why it failed, naming where; no password
    std::string redactedUrl;                // the URL as it may be shown
    std::string dialect;                    // project dialect name when the URL parsed
    bool userError = false;                 // true when the URL itself was wrong (exit 1, not 2)

    bool ok() const { return connection != nullptr; }
};

OpenResult openConnection(const std::string &urlText, const OpenOptions &options = {});
// Expands and parses only (no connection); failures are user errors.
std::optional<ConnectionUrl> resolveConnectionUrl(const std::string &urlText, const OpenOptions &options,
                                                  std::string *error);

} // namespace sf::db
