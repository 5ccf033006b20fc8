// Layered auto-layout by foreign keys: DFS order (back edges ignored), longest-path layers,
// barycenter ordering inside a layer, tall layers wrapped into extra columns.
#include "core/importer/autolayout.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace sf::importer {

using design::AssociationKind;

namespace {

// Card height from the model's own rows plus `keyRows` foreign-key columns added by associations.
double cardHeight(const design::Model &model, int keyRows, const AutoLayoutOptions &o)
{
    int rows = static_cast<int>(model.attributes.size()) + keyRows;
    if (model.primaryKeyAttributes().empty())
        ++rows;
    if (model.hasTimestamps())
        rows += model.isParanoid() ? 3 : 2;
    return o.headerHeight + rows * o.rowHeight;
}

bool addsKeyColumn(const design::Association &a, const design::Model &target)
{
    return a.kind != AssociationKind::ManyToMany && !(a.foreignKey && target.attributeByName(*a.foreignKey));
}

} // namespace

double estimatedCardHeight(const design::Design &design, const design::Model &model, const AutoLayoutOptions &o)
{
    int keyRows = 0;
    for (const auto &a : design.associations)
        if (a.target == model.id && addsKeyColumn(a, model))
            ++keyRows;
    return cardHeight(model, keyRows, o);
}

std::map<std::string, project::LayoutEntry> autoLayout(const design::Design &design, const AutoLayoutOptions &o)
{
    const auto &models = design.models;
    const size_t n = models.size();
    std::unordered_map<std::string, size_t> index;
    for (size_t i = 0; i < n; ++i)
        index.emplace(models[i].id, i);
    std::vector<std::vector<size_t>> out(n), in(n);
    std::vector<int> keyRows(n, 0);
    for (const auto &a : design.associations) {
        if (const auto t = index.find(a.target); t != index.end() && addsKeyColumn(a, models[t->second]))
            ++keyRows[t->second];
        if (a.kind == AssociationKind::ManyToMany || a.source == a.target)
            continue;
        const auto s = index.find(a.source), t = index.find(a.target);
        if (s == index.end() || t == index.end())
            continue;
        out[s->second].push_back(t->second);
    }
    // Depth-first post-order from every model in design order; edges to a node still on the
    // stack close a cycle and are ignored for layering.
    std::vector<int> state(n, 0); // 0 new, 1 on stack, 2 done
    std::vector<size_t> post;
    std::vector<std::pair<size_t, size_t>> stack; // node, next edge
    for (size_t root = 0; root < n; ++root) {
        if (state[root])
            continue;
        stack.push_back({root, 0});
        state[root] = 1;
        while (!stack.empty()) {
            auto &[v, e] = stack.back();
            if (e < out[v].size()) {
                const size_t w = out[v][e++];
                if (state[w] == 0) {
                    state[w] = 1;
                    in[w].push_back(v);
                    stack.push_back({w, 0});
                } else if (state[w] == 2) {
                    in[w].push_back(v);
                }
            } else {
                state[v] = 2;
                post.push_back(v);
                stack.pop_back();
            }
        }
    }
    std::vector<int> layer(n, 0);
    int layers = n ? 1 : 0;
    for (auto it = post.rbegin(); it != post.rend(); ++it) {
        for (size_t u : in[*it])
            layer[*it] = std::max(layer[*it], layer[u] + 1);
        layers = std::max(layers, layer[*it] + 1);
    }
    std::vector<std::vector<size_t>> byLayer(layers);
    for (size_t i = 0; i < n; ++i)
        byLayer[layer[i]].push_back(i);
    std::vector<double> rank(n, 0);
    std::map<std::string, project::LayoutEntry> result;
    double x = o.originX;
    for (auto &members : byLayer) {
        std::vector<double> key(n, 0);
        for (size_t v : members) {
            if (in[v].empty()) {
                key[v] = static_cast<double>(v);
                continue;
            }
            double sum = 0;
            for (size_t u : in[v])
                sum += rank[u];
            key[v] = sum / static_cast<double>(in[v].size());
        }
        std::stable_sort(members.begin(), members.end(), [&](size_t a, size_t b) { return key[a] < key[b]; });
        double y = o.originY;
        double width = o.cardWidth; // of the widest card in this column
        for (size_t r = 0; r < members.size(); ++r) {
            const size_t v = members[r];
            const auto measured = o.cardSizes.find(models[v].id);
            const bool known = measured != o.cardSizes.end();
            const double h = known ? measured->second.height : cardHeight(models[v], keyRows[v], o);
            if (y > o.originY && y + h > o.originY + o.maxColumnHeight) {
                x += width + o.columnGap;
                y = o.originY;
                width = o.cardWidth;
            }
            if (known)
                width = std::max(width, measured->second.width);
            rank[v] = static_cast<double>(r);
            project::LayoutEntry e;
            e.x = x;
            e.y = y;
            result[models[v].id] = e;
            y += h + o.rowGap;
        }
        x += width + o.columnGap;
    }
    for (const auto &a : design.associations) {
        if (a.kind != AssociationKind::ManyToMany || !result.count(a.source) || !result.count(a.target))
            continue;
        const auto &s = result[a.source], &t = result[a.target];
        project::LayoutEntry e;
        e.x = (s.x + t.x) / 2 + (s.x == t.x ? o.cardWidth + o.columnGap / 4 : 0);
        e.y = (s.y + t.y) / 2 + o.headerHeight;
        result[a.id] = e;
    }
    if (o.grid > 0)
        for (auto &[id, e] : result) {
            e.x = std::round(e.x / o.grid) * o.grid;
            e.y = std::round(e.y / o.grid) * o.grid;
        }
    return result;
}

} // namespace sf::importer
