// schemaforge-cli migrate: apply pending migrations (all, or --to ID), under a lock, one transaction each.
#include "app/cli/dbsession.h"
#include "app/cli/runprinter.h"

namespace {

int runMigrate(const sf::cli::GlobalOptions &global, const QStringList &args)
{
    sf::cli::DbSession session;
    const sf::cli::DbSessionOptions options{{QStringLiteral("--dry-run"), QStringLiteral("--force")}, {QStringLiteral("--to")}};
    if (const int rc = session.open(global, args, options); rc != sf::cli::ExitOk)
        return rc;
    sf::migrate::ExecutorOptions eo;
    eo.dryRun = session.has("--dry-run");
    eo.force = session.has("--force");
    eo.lockTimeoutMs = session.lockTimeoutMs;
    eo.handWritten = session.handWritten.get();
    eo.target = session.value("--to").toStdString();
    sf::cli::RunPrinter printer(global, eo.dryRun);
    sf::migrate::Executor executor(*session.connection, eo, &printer);
    return printer.finish(executor.migrate(session.steps), session.redactedUrl, sf::migrate::Direction::Up);
}

const sf::cli::CommandRegistrar registrar(
    {"migrate", "apply pending migrations [--connection NAME | --url URL] [--to ID] [--dry-run] [--force] [--lock-timeout MS]",
     runMigrate});

} // namespace
