#pragma once
// DbSession is what the database commands (status, migrate, undo, drift) share: the project, its
// migrations planned for the connection's dialect, and the open connection; owns the connection.

#include "app/cli/command.h"
#include "core/db/connection.h"
#include "core/migrate/migrationsteps.h"
#include "core/node/nodemigrationrunner.h"
#include "core/project/project.h"

#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace sf::cli {

struct DbSessionOptions {
    QStringList extraFlags;   // command flags without a value (e.g. --dry-run, --all)
    QStringList extraValues;  // command options taking a value (e.g. --to)
};

struct DbSession {
    project::Project project;
    std::string projectDir;
    std::string connectionName;  // profile name, or "" for --url
    std::string redactedUrl;
    std::string dialect;
    std::unique_ptr<db::Connection> connection;
    std::vector<migrate::MigrationSource> sources;
    std::vector<migrate::MigrationStep> steps;
    int lockTimeoutMs = 60000;
    // Runs hand-written migrations through node (set when the folder has any); pass to ExecutorOptions.
    std::unique_ptr<node::NodeMigrationRunner> handWritten;
    QStringList flags;                          // extra flags given
    std::vector<std::pair<QString, QString>> values;  // extra options given

    bool has(const char *flag) const { return flags.contains(QLatin1String(flag)); }
    QString value(const char *option) const;

    // Parses --connection/--url/--lock-timeout plus the command's own options, loads the project,
    // plans the migrations and connects. Returns an exit code (0 = ok) after printing the error
    // (JSON on --json). Passwords never appear in anything printed.
    int open(const GlobalOptions &global, const QStringList &args, const DbSessionOptions &options);
};

// Prints an error: "error: ..." on stderr, or {"ok":false,"error":...,"exitCode":N} on stdout with --json.
int reportError(const GlobalOptions &global, int exitCode, const std::string &message);

} // namespace sf::cli
