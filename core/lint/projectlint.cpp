// lintProject: what is pending where, then Linter::lint.
#include "core/lint/projectlint.h"

#include "core/migrate/directory.h"
#include "core/migrate/executor.h"
#include "core/migrate/generator.h"
#include "core/migrate/migrationsteps.h"

#include <algorithm>
#include <set>

namespace sf::lint {

ProjectLintResult lintProject(const project::Project &project, const std::string &migrationsDir,
                              const ProjectLintOptions &options)
{
    ProjectLintResult r;
    r.dialect = options.dialect;
    if (r.dialect.empty() && options.connection) {
        r.dialect = sql::dialectName(options.connection->dialectId());
    }
    if (r.dialect.empty())
        r.dialect = project.defaultDialect();
    std::string error;
    const auto sources = migrate::MigrationSteps::load(migrationsDir, &error);
    if (!error.empty()) {
        r.error = error;
        return r;
    }
    std::vector<LintMigration> pending;
    std::set<std::string> before; // ids whose effect the database (or the lint's start) already has
    if (options.connection) {
        migrate::Executor ex(*options.connection, {});
        const auto status = ex.status(migrate::MigrationSteps::plan(sources, r.dialect), &error);
        if (!error.empty()) {
            r.error = error;
            return r;
        }
        std::set<std::string> applied;
        for (const auto &e : status)
            if (e.state != migrate::MigrationState::Pending && e.state != migrate::MigrationState::MissingFile)
                applied.insert(e.id);
        for (const auto &s : sources) {
            if (applied.count(s.id))
                before.insert(s.id);
            else
                pending.push_back({s.id, s.operations});
        }
    } else {
        for (const auto &id : options.migrationIds) {
            bool found = false;
            for (const auto &s : sources)
                found = found || s.id == id;
            if (!found) {
                r.error = "there is no migration \"" + id + "\" in " + migrationsDir;
                return r;
            }
        }
        // Offline, each asked-for migration is linted from the state of every file before the first one.
        bool reached = false;
        for (const auto &s : sources) {
            const bool asked =
                std::find(options.migrationIds.begin(), options.migrationIds.end(), s.id) != options.migrationIds.end();
            reached = reached || asked;
            if (!reached)
                before.insert(s.id);
            else if (asked)
                pending.push_back({s.id, s.operations});
        }
    }
    schema::Schema start = migrate::MigrationSteps::replay(sources, before, &error);
    if (!error.empty()) {
        r.error = error;
        return r;
    }
    std::vector<ops::Operation> design;
    if (options.designChange) {
        try {
            design = migrate::Generator::pendingOperations(project, migrate::MigrationDirectory::load(migrationsDir));
        } catch (const std::exception &e) {
            r.error = std::string("cannot diff the design against the migrations: ") + e.what();
            return r;
        }
    }
    LintOptions lo;
    lo.dialect = r.dialect;
    lo.connection = options.connection;
    for (const auto &p : pending)
        r.linted.push_back(p.id);
    if (!design.empty())
        r.linted.push_back("design change");
    if (options.connection) {
        // Pending files and then the design change, in the order they would run on that database.
        if (!design.empty())
            pending.push_back({"", design});
        r.findings = Linter::lint(pending, start, lo);
        return r;
    }
    r.findings = Linter::lint(pending, start, lo);
    if (!design.empty()) {
        // The design change starts where every migration file ends.
        std::set<std::string> all;
        for (const auto &src : sources)
            all.insert(src.id);
        const auto more = Linter::lint({{"", design}}, migrate::MigrationSteps::replay(sources, all, &error), lo);
        r.findings.insert(r.findings.end(), more.begin(), more.end());
    }
    return r;
}

} // namespace sf::lint
