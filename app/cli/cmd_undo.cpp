// schemaforge-cli undo: revert the last applied migration, --all of them, or --to ID (inclusive).
#include "app/cli/dbsession.h"
#include "app/cli/runprinter.h"

namespace {

int runUndo(const sf::cli::GlobalOptions &global, const QStringList &args)
{
    sf::cli::DbSession session;
    sf::cli::DbSessionOptions options;
    options.command = "undo";
    options.description = "Revert the last applied migration, all of them, or down to and including one.";
    options.options = {
        {{QStringLiteral("all")}, {}, QStringLiteral("revert every applied migration")},
        {{QStringLiteral("to")}, QStringLiteral("ID"), QStringLiteral("revert down to and including this migration")},
        {{QStringLiteral("dry-run")}, {}, QStringLiteral("print the statements, change nothing")},
        {{QStringLiteral("resume")},
         {},
         QStringLiteral("first finish a migration a killed run left half-done (status shows it)")},
        {{QStringLiteral("rollback")},
         {},
         QStringLiteral("first take back what a killed run's half-done migration ran, last first")},
        {{QStringLiteral("allow-destructive")},
         {},
         QStringLiteral("revert although it deletes data (named with its row count)")}};
    if (const int rc = session.open(global, args, options); rc != sf::cli::ExitOk)
        return rc;
    sf::usecase::RunOptions ro;
    ro.dryRun = session.has("--dry-run");
    ro.allowDestructive = session.has("--allow-destructive");
    ro.target = session.value("--to").toStdString();
    if (const int rc = sf::cli::recoveryOption(global, session, ro.recovery); rc != sf::cli::ExitOk)
        return rc;
    if (session.has("--all") && !ro.target.empty())
        return sf::cli::reportError(
            global, sf::cli::CliError{sf::cli::ExitUserError, "usage", "give either --all or --to ID, not both", ""});
    const auto scope = session.has("--all") ? sf::migrate::UndoScope::All
                       : ro.target.empty()  ? sf::migrate::UndoScope::Last
                                            : sf::migrate::UndoScope::To;
    sf::cli::RunPrinter printer(global, ro.dryRun);
    const auto report = session->undo(scope, ro, &printer);
    return printer.finish(report.result, session->redactedUrl(), sf::migrate::Direction::Down);
}

const sf::cli::CommandRegistrar registrar(
    {"undo",
     "revert the last migration [--all | --to ID] [--connection NAME | --url URL] [--dry-run] [--allow-destructive] "
     "[--resume | --rollback]",
     runUndo});

} // namespace
