// AssociationKind spelling in the project file.
#include "core/design/association.h"

namespace sf::design {

const char *toString(AssociationKind k)
{
    switch (k) {
    case AssociationKind::OneToOne:
        return "oneToOne";
    case AssociationKind::OneToMany:
        return "oneToMany";
    case AssociationKind::ManyToMany:
        return "manyToMany";
    }
    return "oneToMany";
}

std::optional<AssociationKind> associationKindFromString(const std::string &s)
{
    if (s == "oneToOne")
        return AssociationKind::OneToOne;
    if (s == "oneToMany")
        return AssociationKind::OneToMany;
    if (s == "manyToMany")
        return AssociationKind::ManyToMany;
    return std::nullopt;
}

} // namespace sf::design
