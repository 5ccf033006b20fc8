#pragma once
// benchproject generates the benchmark project: `models` models of `attributes` attributes each and
// `links` associations (every tenth many-to-many), deterministic, with a grid layout.

#include "core/project/project.h"

namespace sf::test {

struct BenchProjectSize {
    int models = 1000;
    int attributes = 10;
    int links = 1500;
};

project::Project generateBenchProject(const BenchProjectSize &size = {});

} // namespace sf::test
