#pragma once
// autoLayout places every model of a Design in layers by foreign keys (a model to the right of the
// models it refers to), deterministically (same design, same positions), wrapping tall layers into
// extra columns; manyToMany join nodes go between their two models. Pure core: the one auto-layout,
// used by import, adopt and the designer's Auto Layout command (with its measured card sizes).

#include "core/design/design.h"
#include "core/project/project.h"

#include <map>
#include <string>

namespace sf::importer {

struct CardSize {
    double width = 0;
    double height = 0;
};

struct AutoLayoutOptions {
    double originX = 40;
    double originY = 40;
    double cardWidth = 220; // estimated card size: width, and header + one row per column
    double headerHeight = 32;
    double rowHeight = 18;
    double columnGap = 120;        // between layers
    double rowGap = 40;            // between cards of one layer
    double maxColumnHeight = 2400; // a taller layer continues in a further column
    // Measured card sizes by model id (the designer's cards); models not in it get the estimate.
    std::map<std::string, CardSize> cardSizes;
    double grid = 0; // > 0: positions snapped to this grid, so later drags line up
};

// Positions keyed by model id and, for manyToMany associations, by association id.
std::map<std::string, project::LayoutEntry> autoLayout(const design::Design &design,
                                                       const AutoLayoutOptions &options = {});

// Estimated card height of a model (header + attributes, implicit id, timestamps, foreign keys).
double estimatedCardHeight(const design::Design &design, const design::Model &model, const AutoLayoutOptions &options);

} // namespace sf::importer
