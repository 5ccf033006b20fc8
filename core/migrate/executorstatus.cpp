// Executor: status() (every migration file against the history rows), the state names and exit codes.
#include "core/db/dberror.h"
#include "core/migrate/executor.h"
#include "core/migrate/history.h"

#include <map>

namespace sf::migrate {

const char *stateName(MigrationState s)
{
    switch (s) {
    case MigrationState::Applied:
        return "applied";
    case MigrationState::AppliedBySequelize:
        return "applied-by-sequelize";
    case MigrationState::ChangedChecksum:
        return "changed";
    case MigrationState::Pending:
        return "pending";
    case MigrationState::MissingFile:
        return "missing-file";
    }
    return "?";
}

int RunResult::exitCode() const
{
    switch (outcome) {
    case Outcome::Ok:
        return 0;
    case Outcome::UserError:
        return 1;
    case Outcome::DatabaseError:
        return 2;
    case Outcome::LockTimeout:
        return 4;
    }
    return 2;
}

std::vector<StatusEntry> Executor::status(const std::vector<MigrationStep> &steps, std::string *error)
{
    std::vector<StatusEntry> out;
    std::map<std::string, HistoryRow> rows;
    try {
        for (auto &r : History(m_conn).read())
            rows[r.name] = std::move(r);
    } catch (const db::DbError &e) {
        if (error)
            *error = std::string("cannot read the migration history: ") + e.what();
        return out;
    }
    for (const MigrationStep &s : steps) {
        StatusEntry e;
        e.id = s.id;
        e.fileName = s.fileName;
        e.fileChecksum = s.checksum;
        const auto it = rows.find(s.fileName);
        if (it != rows.end() && it->second.inSequelizeMeta) {
            const HistoryRow &h = it->second;
            e.appliedAt = h.appliedAt;
            e.durationMs = h.durationMs;
            e.recordedChecksum = h.checksum;
            if (!h.inSchemaForgeMeta)
                e.state = MigrationState::AppliedBySequelize;
            else if (!h.checksum.empty() && !s.checksum.empty() && h.checksum != s.checksum)
                e.state = MigrationState::ChangedChecksum;
            else
                e.state = MigrationState::Applied;
        }
        if (it != rows.end())
            rows.erase(it);
        out.push_back(std::move(e));
    }
    for (const auto &[name, h] : rows) {
        if (!h.inSequelizeMeta)
            continue; // a stale SchemaForgeMeta row (undone by sequelize-cli) means nothing
        StatusEntry e;
        e.fileName = name;
        e.id = name.size() > 3 && name.compare(name.size() - 3, 3, ".js") == 0 ? name.substr(0, name.size() - 3) : name;
        e.state = MigrationState::MissingFile;
        e.appliedAt = h.appliedAt;
        e.durationMs = h.durationMs;
        e.recordedChecksum = h.checksum;
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace sf::migrate
