#include "app/cli/runprinter.h"

#include "app/cli/commandline.h"

#include <cstdio>

namespace sf::cli {

void RunPrinter::started(const migrate::MigrationStep &step, migrate::Direction direction, int, int)
{
    const bool up = direction == migrate::Direction::Up;
    if (m_json) {
        nlohmann::ordered_json m;
        m["id"] = step.id;
        m["direction"] = up ? "up" : "down";
        m["statements"] = nlohmann::ordered_json::array();
        m_migrations.push_back(m);
        return;
    }
    std::printf("== %s: %s%s\n", step.id.c_str(), up ? "migrating" : "reverting", m_dryRun ? " (dry run)" : "");
    std::fflush(stdout);
}

void RunPrinter::statement(const migrate::MigrationStep &, const sql::Statement &s, int)
{
    if (m_json) {
        if (!m_migrations.empty())
            m_migrations.back()["statements"].push_back(s.sql);
        return;
    }
    if (m_dryRun)
        std::printf("%s;\n", s.sql.c_str());
}

void RunPrinter::finished(const migrate::MigrationStep &step, migrate::Direction direction, int durationMs)
{
    const bool up = direction == migrate::Direction::Up;
    if (m_json) {
        if (!m_migrations.empty()) {
            m_migrations.back()["status"] = m_dryRun ? "planned" : up ? "applied" : "reverted";
            m_migrations.back()["durationMs"] = durationMs;
        }
        return;
    }
    if (!m_dryRun)
        std::printf("== %s: %s (%d ms)\n", step.id.c_str(), up ? "migrated" : "reverted", durationMs);
    std::fflush(stdout);
}

void RunPrinter::failed(const migrate::MigrationStep &, const migrate::FailureReport &report)
{
    if (m_json && !m_migrations.empty()) {
        auto &m = m_migrations.back();
        m["status"] = "failed";
        m["failedStatement"] = report.sql;
        m["failedIndex"] = report.statementIndex;
        m["rolledBack"] = report.rolledBack;
        m["executed"] = nlohmann::ordered_json::array();
        for (const auto &e : report.executed)
            m["executed"].push_back(
                {{"sql", e.statement.sql}, {"reverse", e.statement.reverse}, {"committed", e.committed}});
    }
}

void RunPrinter::message(const std::string &text)
{
    if (m_json)
        m_messages.push_back(text);
    else
        std::fprintf(stderr, "%s\n", text.c_str());
}

int RunPrinter::finish(const migrate::RunResult &result, const std::string &url, migrate::Direction direction)
{
    const int rc = result.exitCode();
    const bool up = direction == migrate::Direction::Up;
    if (m_json) {
        nlohmann::ordered_json j;
        j["ok"] = result.ok();
        j["exitCode"] = rc;
        j["url"] = url;
        j["dryRun"] = m_dryRun;
        j[up ? "applied" : "reverted"] = m_dryRun ? std::vector<std::string>{} : result.done;
        if (m_dryRun)
            j["planned"] = result.planned;
        j["migrations"] = m_migrations;
        if (!m_messages.empty())
            j["messages"] = m_messages;
        if (!result.ok())
            j["error"] = {{"code", errorCodeFor(rc)}, {"message", result.error}, {"hint", ""}};
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
        return rc;
    }
    if (!result.ok()) {
        std::fprintf(stderr, "error: %s\n", result.error.c_str());
        return rc;
    }
    if (result.planned.empty())
        std::printf(up ? "No pending migrations.\n" : "No applied migrations to undo.\n");
    else if (m_dryRun)
        std::printf("dry run: %zu migration(s) would be %s; nothing was changed\n", result.planned.size(),
                    up ? "applied" : "reverted");
    else
        std::printf("%zu migration(s) %s\n", result.done.size(), up ? "applied" : "reverted");
    return rc;
}

} // namespace sf::cli
