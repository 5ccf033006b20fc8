#pragma once
// Design is what the user draws: models and the associations between them, all keyed by stable id.

#include "core/design/association.h"
#include "core/design/model.h"
#include "core/design/rawsqlobject.h"

#include <string>
#include <vector>

namespace sf::design {

struct Design {
    std::vector<Model> models;
    std::vector<Association> associations;
    std::vector<RawSqlObject> rawSql = {}; // in creation (dependency) order

    const Model *modelById(const std::string &id) const;
    Model *modelById(const std::string &id);
    const Association *associationById(const std::string &id) const;
    Association *associationById(const std::string &id);
    const Model *modelByName(const std::string &name) const;

    friend bool operator==(const Design &, const Design &) = default;
};

} // namespace sf::design
