#pragma once
// Preview gives the SQL of migrations without touching a database: the pending design change, one
// migration, or all of them, up or down, planned for one dialect; plus the full CREATE script of a
// design (MigrationSteps plans migrations for the executor).

#include "core/migrate/directory.h"
#include "core/project/project.h"
#include "core/sql/dialect.h"

#include <string>
#include <vector>

namespace sf::migrate {

struct PreviewSection {
    std::string title; // "20240101120000-create-students (up)", "pending change (down)", ...
    sql::Plan plan;
};

class Preview
{
public:
    // The change `generate` would write now. Throws DirectoryError / DiffError / sql::PlanError.
    static PreviewSection pending(const project::Project &project, const MigrationDirectory &dir,
                                  const sql::Dialect &dialect, bool down = false);
    // One migration, planned from the schema the migrations before it give. Throws DirectoryError
    // (also for an unknown id) / sql::PlanError.
    static PreviewSection migration(const MigrationDirectory &dir, const std::string &id, const sql::Dialect &dialect,
                                    bool down = false);
    // Every migration in order (down: newest first, each reversed).
    static std::vector<PreviewSection> all(const MigrationDirectory &dir, const sql::Dialect &dialect,
                                           bool down = false);
    // CREATE script of the design lowered for the dialect.
    static std::vector<sql::Statement> createScript(const project::Project &project, const sql::Dialect &dialect);

    // Printable SQL: "-- title" then each operation's "-- comment" and "statement;" lines.
    static std::string text(const std::vector<PreviewSection> &sections);
    static std::string text(const std::vector<sql::Statement> &statements);
};

} // namespace sf::migrate
