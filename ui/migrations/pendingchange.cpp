#include "ui/migrations/pendingchange.h"

#include "core/diff/differ.h"
#include "core/diff/matching.h"
#include "core/sql/dialect.h"

#include <string>
#include <unordered_set>

namespace sf::ui {

namespace {

bool referencesAny(const schema::Table &t, const std::unordered_set<std::string> &names)
{
    for (const auto &fk : t.foreignKeys)
        if (names.count(fk.refTable))
            return true;
    return false;
}

} // namespace

std::pair<schema::Schema, schema::Schema> PendingChange::reduce(const schema::Schema &recorded,
                                                                const schema::Schema &wanted)
{
    const auto &rec = recorded.tables;
    const auto &want = wanted.tables;
    // The differ's own matching, so the reduced pair matches exactly as the full one does.
    const diff::detail::Matching m = diff::detail::match(rec, want);
    std::vector<char> keepRec(rec.size(), 0), keepWant(want.size(), 0);
    // 1. Changed tables: created, dropped, or matched with a different definition.
    std::unordered_set<std::string> changedNames, referencedByChanged;
    const auto markChanged = [&](const schema::Table &t) {
        changedNames.insert(t.name);
        for (const auto &fk : t.foreignKeys)
            referencedByChanged.insert(fk.refTable);
    };
    for (size_t i = 0; i < rec.size(); ++i) {
        const int j = m.recToWant[i];
        if (j < 0 || !(rec[i] == want[size_t(j)])) {
            keepRec[i] = 1;
            markChanged(rec[i]);
            if (j >= 0) {
                keepWant[size_t(j)] = 1;
                markChanged(want[size_t(j)]);
            }
        }
    }
    for (size_t j = 0; j < want.size(); ++j)
        if (m.wantToRec[j] < 0) {
            keepWant[j] = 1;
            markChanged(want[j]);
        }
    // 2. Neighbours: tables named like a changed one, referencing one, or referenced by one. A
    // matched pair is kept or dropped as a whole.
    const auto neighbour = [&](const schema::Table &t) {
        return changedNames.count(t.name) || referencedByChanged.count(t.name) || referencesAny(t, changedNames);
    };
    for (size_t i = 0; i < rec.size(); ++i) {
        const int j = m.recToWant[i];
        if (keepRec[i] || !(neighbour(rec[i]) || (j >= 0 && neighbour(want[size_t(j)]))))
            continue;
        keepRec[i] = 1;
        if (j >= 0)
            keepWant[size_t(j)] = 1;
    }
    for (size_t j = 0; j < want.size(); ++j)
        if (!keepWant[j] && neighbour(want[j])) {
            keepWant[j] = 1;
            if (const int i = m.wantToRec[j]; i >= 0)
                keepRec[size_t(i)] = 1;
        }
    std::pair<schema::Schema, schema::Schema> out;
    for (size_t i = 0; i < rec.size(); ++i)
        if (keepRec[i])
            out.first.tables.push_back(rec[i]);
    for (size_t j = 0; j < want.size(); ++j)
        if (keepWant[j])
            out.second.tables.push_back(want[j]);
    return out;
}

PendingChange::Result PendingChange::computeFull(const schema::Schema &recorded, const schema::Schema &wanted,
                                                 const sql::Dialect &dialect)
{
    Result r;
    r.operations = diff::diff(recorded, wanted);
    r.up = dialect.planAll(r.operations, recorded);
    r.down = dialect.planDown(r.operations, recorded);
    r.tablesCompared = int(std::max(recorded.tables.size(), wanted.tables.size()));
    r.before = recorded;
    return r;
}

PendingChange::Result PendingChange::compute(const schema::Schema &recorded, const schema::Schema &wanted,
                                             const sql::Dialect &dialect)
{
    const auto [rec, want] = reduce(recorded, wanted);
    if (rec.tables.empty() && want.tables.empty())
        return {}; // nothing differs: diff(a, a) is empty
    try {
        return computeFull(rec, want, dialect);
    } catch (const std::exception &) {
        // A change the reduced pair cannot express (should not happen): the full diff decides,
        // with its own error if it has one.
        return computeFull(recorded, wanted, dialect);
    }
}

} // namespace sf::ui
