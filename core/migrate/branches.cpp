// Branches: parents, forks and rebase.
#include "core/migrate/branches.h"

#include "core/migrate/directory.h"
#include "core/migrate/jswriter.h"
#include "core/migrate/migrationsteps.h"
#include "core/ops/describe.h"
#include "core/ops/replay.h"
#include "core/ops/schemajson.h"

#include <QFile>

#include <set>

namespace sf::migrate {

namespace {

std::optional<MigrationParent> parentOf(const MigrationEntry &e)
{
    QFile f(QString::fromStdString(e.jsonPath));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = f.readAll();
    return readMigrationParent(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), e.jsonPath);
}

// "table" and "table.column" of everything an operation changes.
std::set<std::string> touched(const std::vector<ops::Operation> &list)
{
    std::set<std::string> out;
    for (const auto &op : list) {
        std::visit(
            [&](const auto &o) {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, ops::CreateTable> || std::is_same_v<T, ops::DropTable>) {
                    out.insert(o.table.name);
                } else if constexpr (std::is_same_v<T, ops::RenameTable>) {
                    out.insert(o.from);
                    out.insert(o.to);
                } else if constexpr (std::is_same_v<T, ops::AddColumn> || std::is_same_v<T, ops::RemoveColumn>) {
                    out.insert(o.table + "." + o.column.name);
                } else if constexpr (std::is_same_v<T, ops::RenameColumn>) {
                    out.insert(o.table + "." + o.from);
                    out.insert(o.table + "." + o.to);
                } else if constexpr (std::is_same_v<T, ops::ChangeColumn>) {
                    out.insert(o.table + "." + o.to.name);
                } else if constexpr (std::is_same_v<T, ops::AddIndex> || std::is_same_v<T, ops::RemoveIndex>) {
                    out.insert(o.table + " index " + o.index.name);
                } else if constexpr (std::is_same_v<T, ops::AddForeignKey> ||
                                     std::is_same_v<T, ops::RemoveForeignKey>) {
                    out.insert(o.table + " foreign key " + o.foreignKey.name);
                } else if constexpr (std::is_same_v<T, ops::AddUnique> || std::is_same_v<T, ops::RemoveUnique>) {
                    out.insert(o.table + " unique " + o.unique.name);
                } else if constexpr (std::is_same_v<T, ops::ChangeTableComment> ||
                                     std::is_same_v<T, ops::ReorderColumns>) {
                    out.insert(o.table + " (table options)");
                }
            },
            op);
    }
    return out;
}

} // namespace

std::string Branches::schemaHash(const schema::Schema &s)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const auto &t : s.tables)
        j.push_back(ops::toJson(t));
    return MigrationSteps::checksum(j.dump());
}

MigrationParent Branches::parentFor(const MigrationDirectory &dir)
{
    return {dir.entries().empty() ? std::string() : dir.entries().back().id, schemaHash(dir.replay())};
}

std::vector<Fork> Branches::forks(const MigrationDirectory &dir)
{
    std::vector<Fork> out;
    const auto &entries = dir.entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        const auto parent = parentOf(entries[i]);
        if (!parent)
            continue;
        const std::string before = i ? entries[i - 1].id : std::string();
        if (parent->id == before)
            continue;
        Fork f{entries[i].id, parent->id, before, {}};
        std::string between;
        bool after = parent->id.empty();
        for (size_t k = 0; k < i; ++k) {
            if (after)
                between += (between.empty() ? "" : ", ") + entries[k].id;
            after = after || entries[k].id == parent->id;
        }
        f.message = entries[i].id + " was generated on top of " +
                    (parent->id.empty() ? "an empty folder" : parent->id) + ", but " + before +
                    " now comes before it: another branch added " + (between.empty() ? before : between) +
                    " after the same parent. Run schemaforge-cli rebase " + entries[i].id +
                    " to regenerate it on top of " + before;
        out.push_back(std::move(f));
    }
    return out;
}

RebaseResult Branches::rebase(const std::string &dirPath, const std::string &wanted)
{
    RebaseResult r;
    try {
        const MigrationDirectory dir = MigrationDirectory::load(dirPath);
        const auto all = forks(dir);
        const Fork *fork = nullptr;
        for (const auto &f : all)
            if (wanted.empty() || f.id == wanted)
                fork = fork ? fork : &f;
        if (!fork) {
            r.message = wanted.empty() ? "no fork in " + dirPath + ": nothing to rebase"
                                       : wanted + " is not forked (its parent is the migration before it)";
            r.ok = wanted.empty();
            return r;
        }
        const auto &entries = dir.entries();
        size_t index = 0;
        while (entries[index].id != fork->id)
            ++index;
        // What the other branch did between the common parent and this migration.
        std::vector<ops::Operation> theirs;
        bool after = fork->recordedParent.empty();
        for (size_t k = 0; k < index; ++k) {
            if (after)
                theirs.insert(theirs.end(), entries[k].migration.operations.begin(),
                              entries[k].migration.operations.end());
            after = after || entries[k].id == fork->recordedParent;
        }
        const auto &ours = entries[index].migration.operations;
        std::string both;
        const auto a = touched(theirs);
        for (const auto &t : touched(ours))
            if (a.count(t))
                both += (both.empty() ? "" : ", ") + t;
        if (!both.empty()) {
            r.message = "cannot rebase " + fork->id + " onto " + fork->before + ": both branches changed " + both +
                        "; change the design to what you want after the merge, delete " + fork->id +
                        ".json/.js and run generate";
            return r;
        }
        schema::Schema state = dir.replay(index);
        const schema::Schema start = state;
        for (const auto &op : ours) {
            if (const std::string e = ops::tryApply(state, op); !e.empty()) {
                r.message = "cannot rebase " + fork->id + " onto " + fork->before + ": " + ops::describe(op) +
                            " no longer fits (" + e + ")";
                return r;
            }
        }
        const Migration m = entries[index].migration;
        const MigrationParent parent{fork->before, schemaHash(start)};
        saveTextFile(entries[index].jsonPath, writeMigration(m, parent));
        saveTextFile(entries[index].jsPath, JsWriter::write(m, &start));
        r.ok = true;
        r.message = "rebased " + fork->id + " onto " + fork->before + " (" + std::to_string(ours.size()) +
                    " operation(s), .json and .js rewritten)";
    } catch (const std::exception &e) {
        r.message = e.what();
    }
    return r;
}

} // namespace sf::migrate
