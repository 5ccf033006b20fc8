#pragma once
// DbSession is the CLI side of usecase::MigrationSession (status, migrate, undo, drift, lint): the
// command-line options turned into ConnectOptions, errors reported in the one format.

#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "core/usecase/migrationsession.h"
#include "core/usecase/projectcontext.h"

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

// The project of --project (or the single one in the current folder) with its folders resolved by
// core's one rule. Returns ExitOk, or an exit code after reporting the error.
int loadProject(const GlobalOptions &global, usecase::ProjectContext *out);
// Reports a session error in the one format; returns its exit code.
int reportSessionError(const GlobalOptions &global, const usecase::SessionError &error);

struct DbSession;
// --resume / --rollback (at most one) into *recovery; ExitOk, or the usage error's exit code after reporting it.
int recoveryOption(const GlobalOptions &global, const DbSession &session, migrate::Recovery &recovery);

struct DbSession {
    std::unique_ptr<usecase::MigrationSession> session; // set once open() returned ExitOk
    QStringList flags;                                  // extra flags given
    std::vector<std::pair<QString, QString>> values;    // extra options given

    bool has(const char *flag) const { return flags.contains(QLatin1String(flag)); }
    QString value(const char *option) const;
    usecase::MigrationSession *operator->() const { return session.get(); }

    // Parses --connection/--url/--lock-timeout/--table-lock-timeout/--statement-timeout plus the command's
    // own options, loads the project and connects through usecase::MigrationSession. Returns ExitOk when
    // the session is usable; otherwise the code the command returns unchanged (ExitHelpShown after --help,
    // or an exit code after reporting the error in the one format). Passwords never appear in anything printed.
    int open(const GlobalOptions &global, const QStringList &args, const DbSessionOptions &options);
};

} // namespace sf::cli
