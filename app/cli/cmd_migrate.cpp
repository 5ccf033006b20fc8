// schemaforge-cli migrate: apply pending migrations (all, or --to ID), under a lock, one transaction each.
#include "app/cli/dbsession.h"
#include "app/cli/runprinter.h"

namespace {

int runMigrate(const sf::cli::GlobalOptions &global, const QStringList &args)
{
    sf::cli::DbSession session;
    sf::cli::DbSessionOptions options;
    options.command = "migrate";
    options.description = "Apply pending migrations in order under the migration lock, each in its own transaction\n"
                          "where the database allows.";
    options.options = {
        {{QStringLiteral("to")}, QStringLiteral("ID"), QStringLiteral("stop after this migration")},
        {{QStringLiteral("dry-run")}, {}, QStringLiteral("print the statements, change nothing")},
        {{QStringLiteral("force")}, {}, QStringLiteral("apply although an applied migration's file changed")},
        {{QStringLiteral("resume")},
         {},
         QStringLiteral("first finish a migration a killed run left half-done (status shows it)")},
        {{QStringLiteral("rollback")},
         {},
         QStringLiteral("first take back what a killed run's half-done migration ran, last first")},
        {{QStringLiteral("online")},
         {},
         QStringLiteral("PostgreSQL: indexes CONCURRENTLY, foreign keys NOT VALID + VALIDATE")}};
    if (const int rc = session.open(global, args, options); rc != sf::cli::ExitOk)
        return rc;
    sf::usecase::RunOptions ro;
    ro.online = session.has("--online"); // PostgreSQL: CONCURRENTLY indexes, NOT VALID + VALIDATE foreign keys
    ro.dryRun = session.has("--dry-run");
    ro.force = session.has("--force");
    ro.target = session.value("--to").toStdString();
    if (const int rc = sf::cli::recoveryOption(global, session, ro.recovery); rc != sf::cli::ExitOk)
        return rc;
    sf::cli::RunPrinter printer(global, ro.dryRun);
    const auto report = session->migrate(ro, &printer);
    return printer.finish(report.result, session->redactedUrl(), sf::migrate::Direction::Up);
}

const sf::cli::CommandRegistrar registrar({"migrate", "apply pending migrations", runMigrate});

} // namespace
