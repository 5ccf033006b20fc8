#pragma once
// ModelIndex is an index declared on a model (Sequelize `indexes: [...]`).

#include <optional>
#include <string>
#include <vector>

namespace sf::design {

struct ModelIndex {
    std::string id;
    std::optional<std::string> name; // default: <table>_<fields> (Sequelize style)
    std::vector<std::string> fields; // attribute names
    std::optional<bool> unique;
    // true: a UNIQUE constraint (exact name and column order) rather than an index; import uses it for
    // a unique key whose name or column order attribute `unique` groups cannot reproduce.
    std::optional<bool> constraint = {};

    friend bool operator==(const ModelIndex &, const ModelIndex &) = default;
};

} // namespace sf::design
