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

    friend bool operator==(const ModelIndex &, const ModelIndex &) = default;
};

} // namespace sf::design
