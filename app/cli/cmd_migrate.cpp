// schemaforge-cli migrate: apply pending migrations (all, or --to ID), under a lock, one transaction each.
#include "app/cli/dbsession.h"
#include "app/cli/runprinter.h"

namespace {

int runMigrate(const sf::cli::GlobalOptions &global, const QStringList &args)
{
    sf::cli::DbSession session;
    const sf::cli::DbSessionOptions options{{QStringLiteral("--dry-run"), QStringLiteral("--force"), QStringLiteral("--online")},
                                            {QStringLiteral("--to")}};
    if (const int rc = session.open(global, args, options); rc != sf::cli::ExitOk)
        return rc;
    if (session.has("--online"))  // PostgreSQL: CONCURRENTLY indexes, NOT VALID + VALIDATE foreign keys
        session.steps = sf::migrate::MigrationSteps::plan(session.sources, session.dialect, true);
    sf::migrate::ExecutorOptions eo;
    eo.dryRun = session.has("--dry-run");
    eo.force = session.has("--force");
    eo.lockTimeoutMs = session.lockTimeoutMs;
    eo.timeouts = session.timeouts;
    eo.target = session.value("--to").toStdString();
    sf::cli::RunPrinter printer(global, eo.dryRun);
    sf::migrate::Executor executor(*session.connection, eo, &printer);
    return printer.finish(executor.migrate(session.steps), session.redactedUrl, sf::migrate::Direction::Up);
}

const sf::cli::CommandRegistrar registrar(
    {"migrate", "apply pending migrations [--connection NAME | --url URL] [--to ID] [--dry-run] [--force] [--online] [--lock-timeout MS] [--table-lock-timeout MS] [--statement-timeout MS]",
     runMigrate});

} // namespace
