// The differ: matches recorded and wanted objects by id (name when an id is empty) and emits
// operations in the documented order.
#include "core/diff/differ.h"

#include "core/diff/matching.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace sf::diff {

using namespace sf::ops;
using schema::Column;
using schema::Schema;
using schema::Table;

namespace {

const std::string kGone = std::string("\x01gone", 5); // maps a dropped table / removed column

using namespace detail;

struct TablePair {
    const Table *rec;
    const Table *want;
    Matching cols;
    NameMap colMap; // recorded column name -> wanted name (kGone when removed)
};

struct Differ {
    const Schema &rec;
    const Schema &want;
    Matching tables;
    NameMap tableMap; // recorded table name -> wanted name (kGone when dropped)
    std::unordered_map<std::string, const NameMap *> colMapOf; // recorded table name -> its column map
    std::vector<TablePair> pairs;                              // matched tables, wanted order
    std::vector<Operation> out;

    Differ(const Schema &r, const Schema &w) : rec(r), want(w) {}

    schema::ForeignKey mapFk(const schema::ForeignKey &fk, const NameMap &cols) const
    {
        schema::ForeignKey m = fk;
        m.columns = mappedList(cols, fk.columns);
        m.refTable = mapped(tableMap, fk.refTable);
        auto it = colMapOf.find(fk.refTable);
        if (m.refTable == kGone)
            m.refColumns.assign(fk.refColumns.size(), kGone);
        else if (it != colMapOf.end())
            m.refColumns = mappedList(*it->second, fk.refColumns);
        return m;
    }

    template <class T> T mapCols(const T &x, const NameMap &cols) const
    {
        T m = x;
        m.columns = mappedList(cols, x.columns);
        return m;
    }

    void run();
    void columnOps(const TablePair &p);
};

// Constraint lists of one matched table: removed (recorded, not kept) and added (wanted, not kept).
template <class T, class MapFn>
void constraintDiff(const std::vector<T> &rec, const std::vector<T> &want, MapFn mapFn, std::vector<const T *> &removed,
                    std::vector<const T *> &added)
{
    Matching m = match(rec, want);
    for (size_t i = 0; i < rec.size(); ++i) {
        const int j = m.recToWant[i];
        if (j < 0 || !(mapFn(rec[i]) == want[static_cast<size_t>(j)]))
            removed.push_back(&rec[i]);
    }
    for (size_t j = 0; j < want.size(); ++j) {
        const int i = m.wantToRec[j];
        if (i < 0 || !(mapFn(rec[static_cast<size_t>(i)]) == want[j]))
            added.push_back(&want[j]);
    }
}

void Differ::run()
{
    // Raw objects (views, triggers, checks, ... carried as SQL) may depend on any table or column:
    // gone or changed ones are dropped before anything else, in reverse creation order.
    auto sameRaw = [](const schema::RawObject &a, const schema::RawObject &b) { return a == b; };
    auto findRaw = [](const std::vector<schema::RawObject> &v, const std::string &id) {
        return std::find_if(v.begin(), v.end(), [&](const schema::RawObject &r) { return r.id == id; });
    };
    for (auto it = rec.rawObjects.rbegin(); it != rec.rawObjects.rend(); ++it) {
        const auto w = findRaw(want.rawObjects, it->id);
        if (w == want.rawObjects.end() || !sameRaw(*w, *it))
            out.push_back(RawSql{it->down, it->up, it->id, it->dialect});
    }
    tables = match(rec.tables, want.tables);
    for (size_t i = 0; i < rec.tables.size(); ++i) {
        const int j = tables.recToWant[i];
        tableMap[rec.tables[i].name] = j < 0 ? kGone : want.tables[static_cast<size_t>(j)].name;
    }
    pairs.reserve(want.tables.size());
    for (size_t j = 0; j < want.tables.size(); ++j) {
        const int i = tables.wantToRec[j];
        if (i < 0)
            continue;
        TablePair p{&rec.tables[static_cast<size_t>(i)], &want.tables[j], {}, {}};
        p.cols = match(p.rec->columns, p.want->columns);
        for (size_t c = 0; c < p.rec->columns.size(); ++c) {
            const int w = p.cols.recToWant[c];
            p.colMap[p.rec->columns[c].name] = w < 0 ? kGone : p.want->columns[static_cast<size_t>(w)].name;
        }
        pairs.push_back(std::move(p));
    }
    for (const auto &p : pairs)
        colMapOf[p.rec->name] = &p.colMap;

    // Constraint changes of matched tables.
    std::vector<Operation> addIdx, addFk;
    for (const auto &p : pairs) {
        std::vector<const schema::ForeignKey *> fkGone, fkNew;
        constraintDiff(
            p.rec->foreignKeys, p.want->foreignKeys, [&](const schema::ForeignKey &fk) { return mapFk(fk, p.colMap); },
            fkGone, fkNew);
        for (auto *fk : fkGone)
            out.push_back(RemoveForeignKey{p.rec->name, *fk});
        for (auto *fk : fkNew)
            addFk.push_back(AddForeignKey{p.want->name, *fk});
    }
    // Foreign keys of dropped tables that point at a table dropped before them.
    std::unordered_map<std::string, int> dropRank;
    std::vector<const Table *> dropped;
    for (size_t i = rec.tables.size(); i-- > 0;)
        if (tables.recToWant[i] < 0) {
            dropRank[rec.tables[i].name] = static_cast<int>(dropped.size());
            dropped.push_back(&rec.tables[i]);
        }
    std::vector<Table> dropDefs;
    for (const Table *t : dropped) {
        Table def = *t;
        def.foreignKeys.clear();
        for (const auto &fk : t->foreignKeys) {
            auto it = dropRank.find(fk.refTable);
            if (fk.refTable == t->name || it == dropRank.end() || it->second > dropRank[t->name])
                def.foreignKeys.push_back(fk);
            else
                out.push_back(RemoveForeignKey{t->name, fk});
        }
        dropDefs.push_back(std::move(def));
    }
    for (const auto &p : pairs) {
        std::vector<const schema::UniqueConstraint *> uGone, uNew;
        constraintDiff(
            p.rec->uniques, p.want->uniques, [&](const schema::UniqueConstraint &u) { return mapCols(u, p.colMap); },
            uGone, uNew);
        std::vector<const schema::Index *> iGone, iNew;
        constraintDiff(
            p.rec->indexes, p.want->indexes, [&](const schema::Index &x) { return mapCols(x, p.colMap); }, iGone, iNew);
        for (auto *x : iGone)
            out.push_back(RemoveIndex{p.rec->name, *x});
        for (auto *u : uGone)
            out.push_back(RemoveUnique{p.rec->name, *u});
        for (auto *u : uNew)
            addIdx.push_back(AddUnique{p.want->name, *u});
        for (auto *x : iNew)
            addIdx.push_back(AddIndex{p.want->name, *x});
    }

    for (auto &def : dropDefs)
        out.push_back(DropTable{std::move(def)});

    // Table renames.
    std::vector<std::pair<std::string, std::string>> renames;
    std::unordered_set<std::string> names;
    for (const auto &p : pairs) {
        names.insert(p.rec->name);
        if (p.rec->name != p.want->name)
            renames.emplace_back(p.rec->name, p.want->name);
    }
    orderedRenames(renames, names, [&](const std::string &a, const std::string &b) {
        out.push_back(RenameTable{a, b});
    });

    // New tables: each after the new tables it references (depth first, in wanted order), so
    // foreign keys go inline with the table; only keys inside a cycle wait for the end.
    std::unordered_set<std::string> existing;
    for (const auto &p : pairs)
        existing.insert(p.want->name);
    std::unordered_map<std::string, size_t> newByName;
    for (size_t j = 0; j < want.tables.size(); ++j)
        if (tables.wantToRec[j] < 0)
            newByName.emplace(want.tables[j].name, j);
    std::vector<char> state(want.tables.size(), 0); // 0 new, 1 visiting, 2 created
    std::vector<Operation> deferredFk;
    auto visit = [&](auto &&self, size_t j) -> void {
        if (state[j])
            return;
        state[j] = 1;
        for (const auto &fk : want.tables[j].foreignKeys) {
            auto it = newByName.find(fk.refTable);
            if (it != newByName.end() && it->second != j)
                self(self, it->second);
        }
        Table def = want.tables[j];
        def.foreignKeys.clear();
        for (const auto &fk : want.tables[j].foreignKeys) {
            if (fk.refTable == def.name || existing.count(fk.refTable))
                def.foreignKeys.push_back(fk);
            else
                deferredFk.push_back(AddForeignKey{def.name, fk});
        }
        existing.insert(def.name);
        state[j] = 2;
        out.push_back(CreateTable{std::move(def)});
    };
    for (size_t j = 0; j < want.tables.size(); ++j)
        if (tables.wantToRec[j] < 0)
            visit(visit, j);
    addFk.insert(addFk.begin(), deferredFk.begin(), deferredFk.end());

    for (const auto &p : pairs)
        columnOps(p);

    out.insert(out.end(), addIdx.begin(), addIdx.end());
    // Deferred keys of new tables first, then new keys of existing tables.
    out.insert(out.end(), addFk.begin(), addFk.end());
    // New or changed raw objects last (everything they refer to exists now), in the wanted order.
    for (const auto &r : want.rawObjects) {
        const auto it = findRaw(rec.rawObjects, r.id);
        if (it == rec.rawObjects.end() || !sameRaw(*it, r))
            out.push_back(RawSql{r.up, r.down, r.id, r.dialect});
    }
}

void Differ::columnOps(const TablePair &p)
{
    const std::string &tname = p.want->name;
    const auto &rc = p.rec->columns;
    const auto &wc = p.want->columns;

    std::vector<std::pair<std::string, std::string>> renames;
    std::unordered_set<std::string> names;
    for (size_t c = 0; c < rc.size(); ++c) {
        names.insert(rc[c].name);
        const int w = p.cols.recToWant[c];
        if (w >= 0 && rc[c].name != wc[static_cast<size_t>(w)].name)
            renames.emplace_back(rc[c].name, wc[static_cast<size_t>(w)].name);
    }
    orderedRenames(renames, names, [&](const std::string &a, const std::string &b) {
        out.push_back(RenameColumn{tname, a, b});
    });

    for (size_t c = 0; c < rc.size(); ++c) {
        const int w = p.cols.recToWant[c];
        if (w < 0)
            continue;
        Column from = rc[c];
        from.name = wc[static_cast<size_t>(w)].name;
        if (!(from == wc[static_cast<size_t>(w)]))
            out.push_back(ChangeColumn{tname, from, wc[static_cast<size_t>(w)]});
    }

    std::vector<std::string> cur = mappedList(p.colMap, [&] {
        std::vector<std::string> v;
        for (const auto &c : rc)
            v.push_back(c.name);
        return v;
    }());
    // Primary key as it stands after the renames; a removed column keeps a marker of its own.
    std::vector<std::string> pk;
    for (const auto &k : p.rec->primaryKey) {
        const std::string m = mapped(p.colMap, k);
        pk.push_back(m == kGone ? kGone + k : m);
    }
    for (size_t c = rc.size(); c-- > 0;) {
        if (p.cols.recToWant[c] >= 0)
            continue;
        const auto pos = static_cast<int>(c);
        auto pit = std::find(pk.begin(), pk.end(), kGone + rc[c].name);
        const int pkPos = pit == pk.end() ? -1 : static_cast<int>(pit - pk.begin());
        out.push_back(RemoveColumn{tname, rc[c], pos, pkPos});
        cur.erase(cur.begin() + pos);
        if (pkPos >= 0)
            pk.erase(pit);
    }

    for (size_t w = 0; w < wc.size(); ++w) {
        if (p.cols.wantToRec[w] >= 0)
            continue;
        int pos = 0;
        for (size_t k = w; k-- > 0;) {
            auto it = std::find(cur.begin(), cur.end(), wc[k].name);
            if (it != cur.end()) {
                pos = static_cast<int>(it - cur.begin()) + 1;
                break;
            }
        }
        int pkPos = -1;
        const auto &wpk = p.want->primaryKey;
        auto self = std::find(wpk.begin(), wpk.end(), wc[w].name);
        if (self != wpk.end()) {
            pkPos = 0;
            for (auto k = self; k != wpk.begin();) {
                --k;
                auto it = std::find(pk.begin(), pk.end(), *k);
                if (it != pk.end()) {
                    pkPos = static_cast<int>(it - pk.begin()) + 1;
                    break;
                }
            }
        }
        out.push_back(AddColumn{tname, wc[w], pos, pkPos});
        cur.insert(cur.begin() + pos, wc[w].name);
        if (pkPos >= 0)
            pk.insert(pk.begin() + pkPos, wc[w].name);
    }

    // Existing columns moved: record the new order (after the adds, which land in place).
    std::vector<std::string> order;
    for (const auto &c : wc)
        order.push_back(c.name);
    if (cur != order)
        out.push_back(ReorderColumns{tname, cur, order});
    if (p.rec->comment != p.want->comment)
        out.push_back(ChangeTableComment{tname, p.rec->comment, p.want->comment});

    if (pk != p.want->primaryKey) {
        auto list = [](const std::vector<std::string> &v) {
            std::string r;
            for (const auto &x : v)
                r += (r.empty() ? "" : ", ") + x;
            return "(" + r + ")";
        };
        throw DiffError("the primary key of table " + tname + " changes from " +
                        list(mappedList(p.colMap, p.rec->primaryKey)) + " to " + list(p.want->primaryKey) +
                        " over existing columns; SchemaForge cannot change a primary key in place. "
                        "Add the new key columns as new attributes (or drop and recreate the model).");
    }
}

} // namespace

std::vector<Operation> diff(const Schema &recorded, const Schema &wanted)
{
    Differ d(recorded, wanted);
    d.run();
    return std::move(d.out);
}

} // namespace sf::diff
