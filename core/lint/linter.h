#pragma once
// Linter checks pending operations for what they do to a live database, per dialect: the lock each
// takes and whether it rewrites or scans the table, and the risky patterns (NOT NULL without default
// on a table with rows, a rewriting type change, an index built without CONCURRENTLY, a foreign key
// without NOT VALID + VALIDATE, a unique constraint over rows (duplicates counted), renaming or
// dropping what the application may still read, dropping data). With a connection, each finding
// carries the live row count and size, and rules fire only where the table has rows. The CLI's lint
// and check and the designer call this same function. Stateless; borrows the connection.

#include "core/db/connection.h"
#include "core/lint/finding.h"
#include "core/ops/operation.h"
#include "core/schema/schema.h"
#include "core/sql/dialectid.h"

#include <string>
#include <vector>

namespace sf::lint {

struct LintMigration {
    std::string id; // "" for the design's change that is not generated yet
    std::vector<ops::Operation> operations;
};

struct LintOptions {
    std::string dialect{sql::dialectName(sql::DialectId::Postgres)}; // planner dialect (sql::dialectName)
    db::Connection *connection = nullptr; // live sizes and counts; null = offline (rules say "if it has rows")
};

class Linter
{
public:
    // Lints `pending` applied in order from `before` (the schema the database has now).
    static std::vector<Finding> lint(const std::vector<LintMigration> &pending, const schema::Schema &before,
                                     const LintOptions &options);
    static bool hasErrors(const std::vector<Finding> &findings);
};

} // namespace sf::lint
