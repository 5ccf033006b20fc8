// Model lookups by stable id and by name.
#include "core/design/model.h"

namespace sf::design {

const Attribute *Model::attributeById(const std::string &id) const
{
    for (const auto &a : attributes)
        if (a.id == id)
            return &a;
    return nullptr;
}

Attribute *Model::attributeById(const std::string &id)
{
    return const_cast<Attribute *>(static_cast<const Model *>(this)->attributeById(id));
}

const Attribute *Model::attributeByName(const std::string &name) const
{
    for (const auto &a : attributes)
        if (a.name == name)
            return &a;
    return nullptr;
}

std::vector<const Attribute *> Model::primaryKeyAttributes() const
{
    std::vector<const Attribute *> r;
    for (const auto &a : attributes)
        if (a.isPrimaryKey())
            r.push_back(&a);
    return r;
}

} // namespace sf::design
