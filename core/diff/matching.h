#pragma once
// matching pairs recorded and wanted objects (tables, columns, keys) by id, or by name where an id
// is empty, and orders renames so no target name is taken when its rename runs (internal to diff).

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace sf::diff::detail {

using NameMap = std::unordered_map<std::string, std::string>;

struct Matching {
    std::vector<int> wantToRec;
    std::vector<int> recToWant;
};

template <class T> inline Matching match(const std::vector<T> &rec, const std::vector<T> &want)
{
    Matching m;
    m.wantToRec.assign(want.size(), -1);
    m.recToWant.assign(rec.size(), -1);
    std::unordered_map<std::string, int> byId, byName;
    for (size_t i = 0; i < rec.size(); ++i) {
        if (!rec[i].id.empty())
            byId.emplace(rec[i].id, static_cast<int>(i));
        byName.emplace(rec[i].name, static_cast<int>(i));
    }
    for (size_t j = 0; j < want.size(); ++j) {
        if (want[j].id.empty())
            continue;
        auto it = byId.find(want[j].id);
        if (it != byId.end() && m.recToWant[static_cast<size_t>(it->second)] < 0) {
            m.wantToRec[j] = it->second;
            m.recToWant[static_cast<size_t>(it->second)] = static_cast<int>(j);
        }
    }
    for (size_t j = 0; j < want.size(); ++j) {
        if (m.wantToRec[j] >= 0)
            continue;
        auto it = byName.find(want[j].name);
        if (it == byName.end())
            continue;
        const auto i = static_cast<size_t>(it->second);
        if (m.recToWant[i] < 0 && (rec[i].id.empty() || want[j].id.empty())) {
            m.wantToRec[j] = static_cast<int>(i);
            m.recToWant[i] = static_cast<int>(j);
        }
    }
    return m;
}

inline std::string mapped(const NameMap &m, const std::string &name)
{
    auto it = m.find(name);
    return it == m.end() ? name : it->second;
}

inline std::vector<std::string> mappedList(const NameMap &m, const std::vector<std::string> &v)
{
    std::vector<std::string> r;
    r.reserve(v.size());
    for (const auto &x : v)
        r.push_back(mapped(m, x));
    return r;
}

// Emits renames so that no target name is taken when its rename runs; a cycle goes through a
// temporary name.
template <class Emit>
void orderedRenames(std::vector<std::pair<std::string, std::string>> pending, std::unordered_set<std::string> names,
                    Emit emit)
{
    while (!pending.empty()) {
        bool progress = false;
        std::vector<std::pair<std::string, std::string>> rest;
        for (auto &r : pending) {
            if (!names.count(r.second)) {
                emit(r.first, r.second);
                names.erase(r.first);
                names.insert(r.second);
                progress = true;
            } else {
                rest.push_back(r);
            }
        }
        pending.swap(rest);
        if (!progress && !pending.empty()) {
            std::string tmp = "_sf_tmp_" + pending.front().first;
            while (names.count(tmp))
                tmp += "_";
            emit(pending.front().first, tmp);
            names.erase(pending.front().first);
            names.insert(tmp);
            pending.front().first = tmp;
        }
    }
}

} // namespace sf::diff::detail
