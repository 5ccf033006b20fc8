// Design lookups by stable id.
#include "core/design/design.h"

namespace sf::design {

const Model *Design::modelById(const std::string &id) const
{
    for (const auto &m : models)
        if (m.id == id)
            return &m;
    return nullptr;
}

Model *Design::modelById(const std::string &id)
{
    return const_cast<Model *>(static_cast<const Design *>(this)->modelById(id));
}

const Association *Design::associationById(const std::string &id) const
{
    for (const auto &a : associations)
        if (a.id == id)
            return &a;
    return nullptr;
}

Association *Design::associationById(const std::string &id)
{
    return const_cast<Association *>(static_cast<const Design *>(this)->associationById(id));
}

const Model *Design::modelByName(const std::string &name) const
{
    for (const auto &m : models)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace sf::design
