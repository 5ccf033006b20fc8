#pragma once
// DbSession is what the database commands (status, migrate, undo, drift) share: the project, its
// migrations planned for the connection's dialect, and the open connection; owns the connection.

#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "core/db/connection.h"
#include "core/migrate/migrationsteps.h"
#include "core/migrate/sessiontimeouts.h"
#include "core/node/nodemigrationrunner.h"
#include "core/project/project.h"

#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace sf::cli {

struct DbSessionOptions {
    QStringList extraFlags;  // command flags without a value (e.g. --dry-run, --all), undocumented in --help
    QStringList extraValues; // command options taking a value (e.g. --to), undocumented in --help
    std::string command;     // the command's name and description, for --help and usage errors
    std::string description;
    std::vector<CliOption> options; // the command's own options beside --connection/--url/--lock-timeout
};

struct DbSession {
    project::Project project;
    std::string projectDir;
    std::string connectionName; // profile name, or "" for --url
    std::string redactedUrl;
    std::string dialect;
    std::unique_ptr<db::Connection> connection;
    std::vector<migrate::MigrationSource> sources;
    std::vector<migrate::MigrationStep> steps;
    int lockTimeoutMs = 60000;
    migrate::TimeoutOptions timeouts; // project settings, then --table-lock-timeout / --statement-timeout
    // Runs hand-written migrations through node (set when the folder has any); pass to ExecutorOptions.
    std::unique_ptr<node::NodeMigrationRunner> handWritten;
    QStringList flags;                               // extra flags given
    std::vector<std::pair<QString, QString>> values; // extra options given

    bool has(const char *flag) const { return flags.contains(QLatin1String(flag)); }
    QString value(const char *option) const;

    // Parses --connection/--url/--lock-timeout/--table-lock-timeout/--statement-timeout plus the command's
    // own options, loads the project, plans the migrations and connects. Returns ExitOk when the session
    // is usable; otherwise the code the command returns unchanged (ExitHelpShown after --help, or an exit
    // code after reporting the error in the one format). Passwords never appear in anything printed.
    int open(const GlobalOptions &global, const QStringList &args, const DbSessionOptions &options);
};

} // namespace sf::cli
