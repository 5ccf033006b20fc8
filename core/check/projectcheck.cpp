// checkProject: validate, lint, in step, up -> down -> up.
#include "core/check/projectcheck.h"

#include "core/db/dberror.h"
#include "core/db/introspector.h"
#include "core/design/validator.h"
#include "core/lint/projectlint.h"
#include "core/migrate/branches.h"
#include "core/migrate/directory.h"
#include "core/migrate/drift.h"
#include "core/migrate/executor.h"
#include "core/migrate/generator.h"
#include "core/migrate/migrationsteps.h"
#include "core/ops/describe.h"
#include "core/sql/dialectid.h"

#include <algorithm>
#include <set>

namespace sf::check {

bool CheckResult::ok() const
{
    for (const auto &s : steps)
        if (!s.ok)
            return false;
    return !databaseError;
}

namespace {

CheckStep validateStep(const project::Project &project, const std::string &dialect)
{
    CheckStep s{"validate", true, {}};
    auto vo = design::validationOptionsFor(project);
    if (vo.dialect != dialect &&
        std::find(vo.alsoDialects.begin(), vo.alsoDialects.end(), dialect) == vo.alsoDialects.end())
        vo.alsoDialects.push_back(sql::projectDialectOf(dialect));
    for (const auto &p : design::validate(project.design, vo))
        if (p.severity == design::Severity::Error) {
            s.ok = false;
            s.problems.push_back(p.path + ": " + p.message);
        }
    return s;
}

CheckStep inStepStep(const project::Project &project, const std::string &dir)
{
    CheckStep s{"in-step", true, {}};
    try {
        for (const auto &f : migrate::Branches::forks(migrate::MigrationDirectory::load(dir))) {
            s.ok = false;
            s.problems.push_back(f.message);
        }
        for (const auto &op : migrate::Generator::pendingOperations(project, migrate::MigrationDirectory::load(dir))) {
            s.ok = false;
            s.problems.push_back("the design changes what no migration does: " + ops::describe(op) +
                                 " (run generate and commit the migration)");
        }
    } catch (const std::exception &e) {
        s.ok = false;
        s.problems.push_back(e.what());
    }
    return s;
}

schema::Schema live(db::Connection &c)
{
    return db::Introspector::introspect(c).schema;
}

std::string differences(const schema::Schema &expected, const schema::Schema &actual, const std::string &dialect)
{
    std::string r;
    for (const auto &d : migrate::Drift::compare(expected, actual, dialect))
        r += (r.empty() ? "" : "; ") + d.message;
    return r;
}

CheckStep roundTripStep(const std::vector<migrate::MigrationSource> &sources, db::Connection &c,
                        const std::string &dialect, bool *databaseError)
{
    CheckStep s{"round-trip", true, {}};
    auto fail = [&](const std::string &m) {
        s.ok = false;
        s.problems.push_back(m);
    };
    const auto steps = migrate::MigrationSteps::plan(sources, dialect);
    migrate::ExecutorOptions eo;
    eo.allowDestructive = true; // a scratch database: nothing to keep
    try {
        if (!live(c).tables.empty()) {
            fail("the scratch database is not empty; give check a database of its own (it creates and drops "
                 "tables)");
            return s;
        }
        std::set<std::string> applied;
        schema::Schema before = live(c);
        for (const auto &step : steps) {
            eo.target = step.id;
            auto r = migrate::Executor(c, eo).migrate(steps);
            if (!r.ok()) {
                fail(step.id + ": up failed: " + r.error);
                return s;
            }
            const schema::Schema up = live(c);
            applied.insert(step.id);
            std::string error;
            const schema::Schema described = migrate::MigrationSteps::replay(sources, applied, &error);
            if (const std::string d = differences(described, up, dialect); !d.empty())
                fail(step.id + ": after up the database differs from what the migrations describe: " + d);
            r = migrate::Executor(c, eo).undo(steps, migrate::UndoScope::Last);
            if (!r.ok()) {
                fail(step.id + ": down failed: " + r.error);
                return s;
            }
            if (const std::string d = differences(before, live(c), dialect); !d.empty())
                fail(step.id + ": down does not restore the schema before the migration: " + d);
            r = migrate::Executor(c, eo).migrate(steps);
            if (!r.ok()) {
                fail(step.id + ": up after down failed: " + r.error);
                return s;
            }
            if (const std::string d = differences(up, live(c), dialect); !d.empty())
                fail(step.id + ": up after down gives a different schema: " + d);
            if (!s.ok)
                return s;
            before = live(c);
        }
    } catch (const db::DbError &e) {
        *databaseError = true;
        fail(std::string("the scratch database failed: ") + e.what());
    }
    return s;
}

} // namespace

CheckResult checkProject(const project::Project &project, const std::string &dir, db::Connection &scratch,
                         const CheckOptions &options)
{
    CheckResult r;
    r.dialect = options.dialect;
    r.steps.push_back(validateStep(project, options.dialect));

    lint::ProjectLintOptions lo;
    lo.dialect = options.dialect;
    lo.connection = &scratch; // everything is pending on the scratch database, and it holds no rows
    auto linted = lint::lintProject(project, dir, lo);
    CheckStep lintStep{"lint", linted.ok(), {}};
    if (!linted.ok())
        lintStep.problems.push_back(linted.error);
    for (const auto &f : linted.findings)
        if (f.severity == lint::Severity::Error) {
            lintStep.ok = false;
            lintStep.problems.push_back(f.message);
        }
    r.findings = std::move(linted.findings);
    r.steps.push_back(lintStep);

    r.steps.push_back(inStepStep(project, dir));

    std::string error;
    const auto sources = migrate::MigrationSteps::load(dir, &error);
    if (!error.empty()) {
        r.steps.push_back({"round-trip", false, {error}});
        return r;
    }
    r.steps.push_back(roundTripStep(sources, scratch, options.dialect, &r.databaseError));
    return r;
}

} // namespace sf::check
