#include "ui/canvas/autolayout.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace sf::ui {

std::map<std::string, QPointF> AutoLayout::compute(const design::Design &design,
                                                   const std::map<std::string, QSizeF> &sizes)
{
    const int n = int(design.models.size());
    std::unordered_map<std::string, int> index;
    for (int i = 0; i < n; ++i)
        index[design.models[i].id] = i;

    // Edges parent -> child: the foreign key lives on the child (target of 1:1 / 1:N).
    std::vector<std::vector<int>> parents(n), children(n);
    for (const auto &a : design.associations) {
        if (a.kind == design::AssociationKind::ManyToMany || a.source == a.target)
            continue;
        auto s = index.find(a.source), t = index.find(a.target);
        if (s == index.end() || t == index.end())
            continue;
        parents[t->second].push_back(s->second);
        children[s->second].push_back(t->second);
    }

    // Longest-path layering over the graph with back edges (cycles) ignored, in design order.
    std::vector<int> layer(n, -1), state(n, 0);
    std::vector<std::pair<int, size_t>> stack;
    for (int root = 0; root < n; ++root) {
        if (state[root])
            continue;
        stack.push_back({root, 0});
        state[root] = 1;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next < parents[v].size()) {
                const int p = parents[v][next++];
                if (state[p] == 0) {
                    state[p] = 1;
                    stack.push_back({p, 0});
                }
                continue;
            }
            int l = 0;
            for (int p : parents[v])
                if (state[p] == 2)
                    l = std::max(l, layer[p] + 1);
            layer[v] = l;
            state[v] = 2;
            stack.pop_back();
        }
    }

    int maxLayer = 0;
    for (int l : layer)
        maxLayer = std::max(maxLayer, l);
    std::vector<std::vector<int>> layers(maxLayer + 1);
    for (int i = 0; i < n; ++i)
        layers[layer[i]].push_back(i);

    // Order each layer by the mean position of its parents (one barycentre pass), stable.
    std::vector<double> order(n, 0);
    for (auto &members : layers) {
        std::vector<std::pair<double, int>> keyed;
        for (int v : members) {
            double sum = 0;
            int count = 0;
            for (int p : parents[v])
                if (layer[p] < layer[v]) {
                    sum += order[p];
                    ++count;
                }
            keyed.push_back({count ? sum / count : double(v), v});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](auto &a, auto &b) { return a.first < b.first; });
        members.clear();
        for (int i = 0; i < int(keyed.size()); ++i) {
            members.push_back(keyed[i].second);
            order[keyed[i].second] = i;
        }
    }

    auto sizeOf = [&](int v) {
        auto it = sizes.find(design.models[v].id);
        return it != sizes.end() ? it->second : QSizeF(180, 140);
    };
    std::map<std::string, QPointF> out;
    double x = 40;
    for (const auto &members : layers) {
        for (size_t start = 0; start < members.size(); start += kMaxPerColumn) {
            const size_t end = std::min(members.size(), start + kMaxPerColumn);
            double y = 40, width = 0;
            for (size_t i = start; i < end; ++i) {
                const int v = members[i];
                const QSizeF s = sizeOf(v);
                out[design.models[v].id] = QPointF(x, y);
                y += s.height() + kRowGap;
                width = std::max(width, s.width());
            }
            x += width + kColumnGap;
        }
    }
    // Snap to the 20 px grid so later drags line up.
    for (auto &[id, p] : out)
        p = QPointF(std::round(p.x() / 20) * 20, std::round(p.y() / 20) * 20);
    return out;
}

} // namespace sf::ui
