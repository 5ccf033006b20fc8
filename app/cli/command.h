#pragma once
// Command is one schemaforge-cli sub-command; each lives in its own cmd_*.cpp and registers itself
// with a static CommandRegistrar, so adding a command never touches main.cpp.

#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace sf::cli {

// Exit codes (README, "Command line").
// ExitHelpShown is internal: a command printed its --help and returns it unchanged; main exits 0.
enum ExitCode {
    ExitOk = 0,
    ExitUserError = 1,
    ExitDatabaseError = 2,
    ExitDrift = 3,
    ExitLockTimeout = 4,
    ExitHelpShown = 100
};

struct GlobalOptions {
    QString projectPath; // --project FILE (default: the single *.schemaforge.json in the cwd)
    bool json = false;   // --json
};

struct Command {
    std::string name;
    std::string summary; // one line for --help
    // args: the arguments after the command name (global options already removed).
    std::function<int(const GlobalOptions &, const QStringList &args)> run;
};

std::vector<Command> &commands();

struct CommandRegistrar {
    explicit CommandRegistrar(Command c) { commands().push_back(std::move(c)); }
};

// Resolves --project or finds the single *.schemaforge.json in the current directory.
// Returns an empty string after reporting the error (none, or several; see commandline.h).
QString resolveProjectPath(const GlobalOptions &opts);

} // namespace sf::cli
