#pragma once
// AutoLayout computes deterministic card positions layered by foreign keys: a model referenced by
// another's foreign key sits in a column to its left; ties keep design order.

#include "core/design/design.h"

#include <QPointF>
#include <QSizeF>

#include <map>
#include <string>

namespace sf::ui {

class AutoLayout
{
public:
    static constexpr double kColumnGap = 120;
    static constexpr double kRowGap = 40;
    static constexpr int kMaxPerColumn = 12;

    // sizes: card size per model id (missing ids use a default size).
    static std::map<std::string, QPointF> compute(const design::Design &design,
                                                  const std::map<std::string, QSizeF> &sizes);
};

} // namespace sf::ui
