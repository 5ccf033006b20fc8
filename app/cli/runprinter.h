#pragma once
// RunPrinter is the CLI's migrate::Listener: prints progress as it happens (or collects it for --json)
// and the final summary; lives on the stack of one command run.

#include "app/cli/command.h"
#include "core/migrate/executor.h"

#include <nlohmann/json.hpp>

namespace sf::cli {

class RunPrinter : public migrate::Listener
{
public:
    RunPrinter(const GlobalOptions &global, bool dryRun) : m_json(global.json), m_dryRun(dryRun) {}

    void started(const migrate::MigrationStep &step, migrate::Direction direction, int index, int count) override;
    void statement(const migrate::MigrationStep &step, const sql::Statement &s, int index) override;
    void finished(const migrate::MigrationStep &step, migrate::Direction direction, int durationMs) override;
    void failed(const migrate::MigrationStep &step, const migrate::FailureReport &report) override;
    void message(const std::string &text) override;

    // Prints the summary (or the JSON document) and returns the exit code.
    int finish(const migrate::RunResult &result, const std::string &url, migrate::Direction direction);

private:
    bool m_json;
    bool m_dryRun;
    nlohmann::ordered_json m_migrations = nlohmann::ordered_json::array();
    std::vector<std::string> m_messages;
};

} // namespace sf::cli
