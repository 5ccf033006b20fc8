// SQL previews of migrations.
#include "core/migrate/preview.h"

#include "core/migrate/generator.h"
#include "core/ops/replay.h"
#include "core/schema/lowering.h"

namespace sf::migrate {

namespace {

schema::Schema replayOrThrow(const MigrationDirectory &dir, size_t count)
{
    return dir.replay(count);
}

size_t indexOf(const MigrationDirectory &dir, const std::string &id)
{
    for (size_t i = 0; i < dir.entries().size(); ++i)
        if (dir.entries()[i].id == id || dir.entries()[i].id.substr(0, 14) == id)
            return i;
    throw DirectoryError("no migration " + id + " in " + dir.path());
}

} // namespace

PreviewSection Preview::pending(const project::Project &project, const MigrationDirectory &dir,
                                const sql::Dialect &dialect, bool down)
{
    const schema::Schema recorded = dir.replay();
    const auto ops = Generator::pendingOperations(project, dir);
    PreviewSection s;
    s.title = std::string("pending change (") + (down ? "down" : "up") + ")";
    s.plan = down ? dialect.planDown(ops, recorded) : dialect.planAll(ops, recorded);
    return s;
}

PreviewSection Preview::migration(const MigrationDirectory &dir, const std::string &id, const sql::Dialect &dialect,
                                  bool down)
{
    const size_t k = indexOf(dir, id);
    const auto &e = dir.entries()[k];
    const schema::Schema before = replayOrThrow(dir, k);
    PreviewSection s;
    s.title = e.id + (down ? " (down)" : " (up)");
    try {
        s.plan =
            down ? dialect.planDown(e.migration.operations, before) : dialect.planAll(e.migration.operations, before);
    } catch (const std::exception &err) {
        throw DirectoryError(e.jsonPath + ": " + err.what());
    }
    return s;
}

std::vector<PreviewSection> Preview::all(const MigrationDirectory &dir, const sql::Dialect &dialect, bool down)
{
    std::vector<PreviewSection> r;
    const size_t n = dir.entries().size();
    for (size_t i = 0; i < n; ++i)
        r.push_back(migration(dir, dir.entries()[down ? n - 1 - i : i].id, dialect, down));
    return r;
}

std::vector<sql::Statement> Preview::createScript(const project::Project &project, const sql::Dialect &dialect)
{
    const schema::Schema s = schema::lower(project.design, schema::LoweringOptions::forDialect(dialect.name()));
    return dialect.createScript(s);
}

std::string Preview::text(const std::vector<PreviewSection> &sections)
{
    std::string out;
    for (const auto &s : sections) {
        out += "-- " + s.title + "\n";
        for (const auto &w : s.plan.warnings)
            out += "-- warning: " + w + "\n";
        out += s.plan.text(true);
        out += "\n";
    }
    return out;
}

std::string Preview::text(const std::vector<sql::Statement> &statements)
{
    sql::Plan p;
    p.statements = statements;
    return p.text(true);
}

} // namespace sf::migrate
