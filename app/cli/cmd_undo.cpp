// schemaforge-cli undo: revert the last applied migration, --all of them, or --to ID (inclusive).
#include "app/cli/dbsession.h"
#include "app/cli/runprinter.h"

namespace {

int runUndo(const sf::cli::GlobalOptions &global, const QStringList &args)
{
    sf::cli::DbSession session;
    const sf::cli::DbSessionOptions options{{QStringLiteral("--dry-run"), QStringLiteral("--all")}, {QStringLiteral("--to")}};
    if (const int rc = session.open(global, args, options); rc != sf::cli::ExitOk)
        return rc;
    sf::migrate::ExecutorOptions eo;
    eo.dryRun = session.has("--dry-run");
    eo.lockTimeoutMs = session.lockTimeoutMs;
    eo.handWritten = session.handWritten.get();
    eo.target = session.value("--to").toStdString();
    if (session.has("--all") && !eo.target.empty())
        return sf::cli::reportError(global, sf::cli::ExitUserError, "give either --all or --to ID, not both");
    const auto scope = session.has("--all") ? sf::migrate::UndoScope::All
                       : eo.target.empty()  ? sf::migrate::UndoScope::Last
                                            : sf::migrate::UndoScope::To;
    sf::cli::RunPrinter printer(global, eo.dryRun);
    sf::migrate::Executor executor(*session.connection, eo, &printer);
    return printer.finish(executor.undo(session.steps, scope), session.redactedUrl, sf::migrate::Direction::Down);
}

const sf::cli::CommandRegistrar registrar(
    {"undo", "revert the last migration [--all | --to ID] [--connection NAME | --url URL] [--dry-run]", runUndo});

} // namespace
