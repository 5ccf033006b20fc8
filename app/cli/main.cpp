// schemaforge-cli: the command line over the same engine the designer uses (core only).
#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "core/util/version.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>

namespace sf::cli {

std::vector<Command> &commands()
{
    static std::vector<Command> all;
    return all;
}

QString resolveProjectPath(const GlobalOptions &opts)
{
    if (!opts.projectPath.isEmpty())
        return opts.projectPath;
    const QStringList found = QDir::current().entryList({QStringLiteral("*.schemaforge.json")}, QDir::Files);
    if (found.size() == 1)
        return QDir::current().filePath(found.first());
    const std::string here = QDir::currentPath().toStdString();
    reportError(opts, CliError{ExitUserError, "project",
                               found.isEmpty() ? "no project given and no *.schemaforge.json in " + here
                                               : "several *.schemaforge.json files in " + here,
                               "pass --project FILE"});
    return {};
}

} // namespace sf::cli

static void printUsage(FILE *out)
{
    std::fprintf(out, "usage: schemaforge-cli [--project FILE] [--json] COMMAND [options]\n\ncommands:\n");
    auto cmds = sf::cli::commands();
    std::sort(cmds.begin(), cmds.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const auto &c : cmds)
        std::fprintf(out, "  %-14s %s\n", c.name.c_str(), c.summary.c_str());
    std::fprintf(out, "\nCOMMAND --help shows the options of one command.\n"
                      "exit codes: 0 ok, 1 user error, 2 database error, 3 drift found, 4 lock timeout\n");
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("schemaforge-cli"));
    QStringList args = QCoreApplication::arguments().mid(1);
    sf::cli::GlobalOptions opts;
    QString commandName;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--project")) {
            if (i + 1 >= args.size())
                return sf::cli::reportError(
                    opts, sf::cli::CliError{sf::cli::ExitUserError, "usage", "--project needs a file name", ""});
            opts.projectPath = args.at(++i);
        } else if (a.startsWith(QLatin1String("--project="))) {
            opts.projectPath = a.mid(10);
        } else if (a == QLatin1String("--json")) {
            opts.json = true;
        } else if (commandName.isEmpty() && (a == QLatin1String("--version"))) {
            std::printf("schemaforge-cli %s\n", sf::toolVersion());
            return 0;
        } else if (commandName.isEmpty() && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            printUsage(stdout);
            return 0;
        } else if (commandName.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            commandName = a;
        } else {
            rest << a;
        }
    }
    if (commandName.isEmpty()) {
        if (opts.json)
            return sf::cli::reportError(opts, sf::cli::CliError{sf::cli::ExitUserError, "usage", "no command given",
                                                                "run schemaforge-cli --help for the list"});
        printUsage(stderr);
        return sf::cli::ExitUserError;
    }
    for (const auto &c : sf::cli::commands()) {
        if (QString::fromStdString(c.name) == commandName) {
            const int rc = c.run(opts, rest);
            return rc == sf::cli::ExitHelpShown ? sf::cli::ExitOk : rc;
        }
    }
    return sf::cli::reportError(opts, sf::cli::CliError{sf::cli::ExitUserError, "usage",
                                                        "unknown command \"" + commandName.toStdString() + "\"",
                                                        "run schemaforge-cli --help for the list"});
}
