// schemaforge-cli status: which migrations a database has applied, which are pending, changed or missing.
#include "app/cli/dbsession.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace {

int runStatus(const sf::cli::GlobalOptions &global, const QStringList &args)
{
    sf::cli::DbSession session;
    sf::cli::DbSessionOptions options;
    options.command = "status";
    options.description = "List which migrations the database has applied, which are pending, and which were\n"
                          "changed or are missing since they were applied.";
    if (const int rc = session.open(global, args, options); rc != sf::cli::ExitOk)
        return rc;
    const auto report = session->status();
    if (!report.error.empty())
        return sf::cli::reportError(global, sf::cli::ExitDatabaseError, report.error);
    const auto &entries = report.entries;
    const int pending = report.pending, problems = report.problems;
    if (global.json) {
        nlohmann::ordered_json j;
        j["ok"] = true;
        j["connection"] = session->connectionName();
        j["url"] = session->redactedUrl();
        j["server"] = report.server;
        j["migrations"] = nlohmann::ordered_json::array();
        for (const auto &e : entries) {
            nlohmann::ordered_json m;
            m["id"] = e.id;
            m["file"] = e.fileName;
            m["state"] = sf::migrate::stateName(e.state);
            for (const auto &s : session->steps())
                if (s.fileName == e.fileName)
                    m["handWritten"] = !s.handWrittenPath.empty();
            if (!e.appliedAt.empty())
                m["appliedAt"] = e.appliedAt;
            if (e.durationMs)
                m["durationMs"] = *e.durationMs;
            if (!e.recordedChecksum.empty())
                m["recordedChecksum"] = e.recordedChecksum;
            if (!e.fileChecksum.empty())
                m["fileChecksum"] = e.fileChecksum;
            j["migrations"].push_back(m);
        }
        if (report.interrupted) {
            nlohmann::ordered_json in;
            in["id"] = report.interrupted->id();
            in["file"] = report.interrupted->fileName;
            in["direction"] = report.interrupted->direction == sf::migrate::Direction::Up ? "up" : "down";
            in["handWritten"] = report.interrupted->handWritten();
            in["statements"] = nlohmann::ordered_json::array();
            for (const auto &e : report.interrupted->entries)
                if (e.index >= 0)
                    in["statements"].push_back({{"index", e.index},
                                                {"state", e.done ? "ran" : "may-have-run"},
                                                {"sql", e.sql},
                                                {"reverse", e.reverse}});
            in["message"] = report.interruptedText;
            j["interrupted"] = in;
        }
        j["forks"] = nlohmann::ordered_json::array();
        for (const auto &f : report.forks)
            j["forks"].push_back(
                {{"id", f.id}, {"recordedParent", f.recordedParent}, {"before", f.before}, {"message", f.message}});
        j["pending"] = pending;
        std::printf("%s\n", j.dump(2).c_str());
        return sf::cli::ExitOk;
    }
    std::printf("%s (%s)\n", session->redactedUrl().c_str(), report.server.c_str());
    if (entries.empty())
        std::printf("no migrations\n");
    for (const auto &e : entries) {
        std::string note;
        bool handWritten = false;
        for (const auto &s : session->steps())
            handWritten = handWritten || (s.fileName == e.fileName && !s.handWrittenPath.empty());
        switch (e.state) {
        case sf::migrate::MigrationState::AppliedBySequelize:
            note = handWritten ? "hand-written, applied by sequelize-cli" : "applied by sequelize-cli";
            break;
        case sf::migrate::MigrationState::ChangedChecksum:
            note = "file changed since it was applied";
            break;
        case sf::migrate::MigrationState::MissingFile:
            note = "applied, but the migration file is missing";
            break;
        default:
            note = handWritten ? "hand-written" : "";
            break;
        }
        std::printf("  %-22s %s%s%s\n", sf::migrate::stateName(e.state), e.id.c_str(),
                    e.appliedAt.empty() ? "" : ("  " + e.appliedAt).c_str(),
                    note.empty() ? "" : ("  (" + note + ")").c_str());
    }
    if (report.interrupted)
        std::printf("interrupted: %s\n", report.interruptedText.c_str());
    for (const auto &f : report.forks)
        std::printf("fork: %s\n", f.message.c_str());
    std::printf("%d pending, %d needing attention\n", pending, problems);
    return sf::cli::ExitOk;
}

const sf::cli::CommandRegistrar registrar({"status", "list applied / pending / changed migrations of a database",
                                           runStatus});

} // namespace
