#pragma once
// CommandLine parses one sub-command's arguments with QCommandLineParser from a declared CommandSpec:
// `COMMAND --help` prints the command's usage, an unknown option or a missing value is rejected with
// that usage, and every error of every command is reported in one format (reportError).

#include "app/cli/command.h"

#include <QStringList>

#include <memory>
#include <string>
#include <vector>

class QCommandLineParser;

namespace sf::cli {

// One option of a command: names without dashes ("dialect", or {"output", "o"}); a non-empty valueName
// makes it take a value.
struct CliOption {
    QStringList names;
    QString valueName;
    QString description;
};

struct CommandSpec {
    std::string name;        // "preview"
    std::string synopsis;    // "[--dialect D] [--pending | --all | --migration ID] [--down]"
    std::string description; // one paragraph for --help
    std::vector<CliOption> options;
    int maxPositional = 0; // how many bare arguments the command takes
};

// One error, as every command reports it: text on stderr ("error: MESSAGE" and "hint: HINT"), or under
// --json one object {"error": {"code": CODE, "message": MESSAGE, "hint": HINT}} on stdout. The codes are
// listed in README ("Errors under --json").
struct CliError {
    int exitCode = ExitUserError;
    std::string code;    // stable machine name: "usage", "project", "dialect", "io", "connection", ...
    std::string message; // what went wrong, naming the thing
    std::string hint;    // what to do about it ("" when the message says it already)
};

// Prints the error in the one format and returns its exit code.
int reportError(const GlobalOptions &global, const CliError &error);
// Shorthand: code derived from the exit code ("user-error", "database-error", "drift", "lock-timeout").
int reportError(const GlobalOptions &global, int exitCode, const std::string &message, const std::string &hint = {});

// The stable code name of an exit code, for errors that have no more specific code.
std::string errorCodeFor(int exitCode);

// The parsed arguments of one command.
class ParsedArgs
{
public:
    ParsedArgs();
    ~ParsedArgs();
    ParsedArgs(ParsedArgs &&) noexcept;
    ParsedArgs &operator=(ParsedArgs &&) noexcept;

    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const; // a repeatable option
    QStringList positional() const;

private:
    friend int parseCommandLine(const GlobalOptions &, const CommandSpec &, const QStringList &, ParsedArgs &);
    std::unique_ptr<QCommandLineParser> m_parser;
};

// The usage text `COMMAND --help` prints.
std::string usageText(const CommandSpec &spec);

// Parses args (everything after the command name, global options removed). Returns -1 when the command
// should run; otherwise the code to return at once: ExitHelpShown after printing --help, ExitUserError
// after reporting a usage error (with the command's usage as the hint).
int parseCommandLine(const GlobalOptions &global, const CommandSpec &spec, const QStringList &args, ParsedArgs &out);

} // namespace sf::cli
