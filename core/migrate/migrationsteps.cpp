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
        std::shared_ptr<const schema::Schema> checkpoint;
        if (d.checkpoint())
            checkpoint = std::make_shared<const schema::Schema>(d.checkpoint()->schema);
        for (const SequenceItem &item : d.sequence()) {
            MigrationSource src;
            src.fileName = item.fileName;
            if (item.own) {
                src.id = item.own->id;
                src.checksum = item.own->checksum;
                src.operations = item.own->migration.operations;
            } else {
                src.id = item.handWritten->id;
                src.checksum = item.handWritten->checksum;
                src.handWrittenPath = item.handWritten->path;
            }
            src.coveredByCheckpoint = d.coveredByCheckpoint(item.fileName);
            out.push_back(std::move(src));
        }
        // The checkpoint's schema is the state after the last migration it covers.
        for (auto it = out.rbegin(); it != out.rend(); ++it)
            if (it->coveredByCheckpoint) {
                it->checkpoint = checkpoint;
                break;
            }
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
        step.fileName = src.fileName.empty() ? src.id + ".js" : src.fileName;
        step.checksum = src.checksum;
        step.handWrittenPath = src.handWrittenPath;
        step.planError = "unknown dialect \"" + dialect + "\"";
        steps.push_back(std::move(step));
    }
    return steps;
}

std::vector<MigrationStep> MigrationSteps::plan(const std::vector<MigrationSource> &sources,
                                                const sql::Dialect &dialect, bool online)
{
    std::vector<MigrationStep> steps;
    const sql::Dialect *d = &dialect;
    schema::Schema state;
    std::string broken; // first migration that could not be planned: later ones build on it
    for (const MigrationSource &src : sources) {
        MigrationStep step;
        step.id = src.id;
        step.fileName = src.fileName.empty() ? src.id + ".js" : src.fileName;
        step.checksum = src.checksum;
        step.handWrittenPath = src.handWrittenPath;
        if (!src.handWrittenPath.empty()) {
            // Runs through node; nothing to plan.
        } else if (!src.error.empty()) {
            step.planError = src.error;
        } else if (!broken.empty() && !src.coveredByCheckpoint) {
            step.planError = "an earlier migration (" + broken + ") cannot be planned";
        } else {
            try {
                step.up = d->planAll(src.operations, state).statements;
                step.down = d->planDown(src.operations, state).statements;
                step.upChecks = DataGuard::checks(src.operations, dialect.name(), false, src.id);
                step.downChecks = DataGuard::checks(src.operations, dialect.name(), true, src.id);
                step.lockEstimate = DataGuard::lockEstimate(src.operations, state);
                if (online && dialect.capabilities().concurrentIndexes)
                    OnlinePlan::apply(step, src.operations);
                for (const auto &op : src.operations)
                    ops::apply(state, op);
            } catch (const std::exception &e) {
                step.planError = e.what();
            }
        }
        if (src.checkpoint) {
            // What the hand-written migrations produced is known again here.
            state = *src.checkpoint;
            broken.clear();
        } else if (!step.planError.empty() && broken.empty() && !src.coveredByCheckpoint) {
            broken = src.id;
        }
        steps.push_back(std::move(step));
    }
    return steps;
}

schema::Schema MigrationSteps::replay(const std::vector<MigrationSource> &sources, const std::set<std::string> &ids,
                                      std::string *error)
{
    schema::Schema s;
    for (const MigrationSource &src : sources) {
        if (src.checkpoint && ids.count(src.id)) {
            s = *src.checkpoint;
            continue;
        }
        if (!ids.count(src.id) || src.coveredByCheckpoint)
            continue;
        if (!src.handWrittenPath.empty()) {
            if (error)
                *error =
                    src.fileName + " is a hand-written migration that the checkpoint (" +
                    std::string(Checkpoint::kFileName) +
                    ") does not cover, so what it changed is unknown; run schemaforge-cli adopt again to refresh it";
            return s;
        }
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
