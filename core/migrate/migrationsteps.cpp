#include "core/migrate/migrationsteps.h"

#include "core/ops/replay.h"
#include "core/sql/dialect.h"

#include "core/migrate/dataguard.h"
#include "core/migrate/directory.h"
#include "core/migrate/onlineplan.h"

#include <QCryptographicHash>

namespace sf::migrate {

std::string MigrationSteps::checksum(const std::string &bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex().toStdString();
}

std::vector<MigrationSource> MigrationSteps::load(const std::string &dir, std::string *error)
{
    std::vector<MigrationSource> out;
    try {
        const MigrationDirectory d = MigrationDirectory::load(dir);
        for (const MigrationEntry &e : d.entries())
            out.push_back({e.id, e.checksum, e.migration.operations, {}});
    } catch (const std::exception &e) {
        if (error)
            *error = e.what();
    }
    return out;
}

std::vector<MigrationStep> MigrationSteps::plan(const std::vector<MigrationSource> &sources, const std::string &dialect,
                                                bool online)
{
    if (const auto d = sql::makeDialect(dialect))
        return plan(sources, *d, online);
    std::vector<MigrationStep> steps;
    for (const MigrationSource &src : sources) {
        MigrationStep step;
        step.id = src.id;
        step.fileName = src.id + ".js";
        step.checksum = src.checksum;
        step.planError = "unknown dialect \"" + dialect + "\"";
        steps.push_back(std::move(step));
    }
    return steps;
}

std::vector<MigrationStep> MigrationSteps::plan(const std::vector<MigrationSource> &sources, const sql::Dialect &dialect,
                                                bool online)
{
    std::vector<MigrationStep> steps;
    const sql::Dialect *d = &dialect;
    schema::Schema state;
    std::string broken;  // first migration that could not be planned: later ones build on it
    for (const MigrationSource &src : sources) {
        MigrationStep step;
        step.id = src.id;
        step.fileName = src.id + ".js";
        step.checksum = src.checksum;
        if (!src.error.empty()) {
            step.planError = src.error;
        } else if (!broken.empty()) {
            step.planError = "an earlier migration (" + broken + ") cannot be planned";
        } else {
            try {
                step.up = d->planAll(src.operations, state).statements;
                step.down = d->planDown(src.operations, state).statements;
                step.upChecks = DataGuard::checks(src.operations, dialect.name(), false, src.id);
                step.downChecks = DataGuard::checks(src.operations, dialect.name(), true, src.id);
                step.lockEstimate = DataGuard::lockEstimate(src.operations, state);
                if (online && dialect.name() == "postgres")
                    OnlinePlan::apply(step, src.operations);
                for (const auto &op : src.operations)
                    ops::apply(state, op);
            } catch (const std::exception &e) {
                step.planError = e.what();
            }
        }
        if (!step.planError.empty() && broken.empty())
            broken = src.id;
        steps.push_back(std::move(step));
    }
    return steps;
}

schema::Schema MigrationSteps::replay(const std::vector<MigrationSource> &sources, const std::set<std::string> &ids,
                                      std::string *error)
{
    schema::Schema s;
    for (const MigrationSource &src : sources) {
        if (!ids.count(src.id))
            continue;
        if (!src.error.empty()) {
            if (error)
                *error = src.error;
            return s;
        }
        for (const auto &op : src.operations) {
            const std::string e = ops::tryApply(s, op);
            if (!e.empty()) {
                if (error)
                    *error = "replaying " + src.id + ": " + e;
                return s;
            }
        }
    }
    return s;
}

} // namespace sf::migrate
