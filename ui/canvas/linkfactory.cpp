#include "ui/canvas/linkfactory.h"

#include "core/design/naming.h"

namespace sf::ui {

design::Association LinkFactory::make(const design::Model &s, const design::Model &t, Tool kind, std::string id)
{
    design::Association a;
    a.id = std::move(id);
    a.source = s.id;
    a.target = t.id;
    a.foreignKey = design::naming::lowerCamel(s.name) + "Id";
    switch (kind) {
    case Tool::OneToOne:
        a.kind = design::AssociationKind::OneToOne;
        break;
    case Tool::ManyToMany:
        a.kind = design::AssociationKind::ManyToMany;
        a.through = s.name + t.name;
        if (s.id != t.id)
            a.otherKey = design::naming::lowerCamel(t.name) + "Id";
        break;
    default:
        a.kind = design::AssociationKind::OneToMany;
        break;
    }
    if (s.id == t.id && a.kind != design::AssociationKind::ManyToMany) {
        // A self-link needs an alias and its own key to be a valid Sequelize association.
        a.as = "parent";
        a.foreignKey = "parent" + s.name + "Id";
    }
    return a;
}

} // namespace sf::ui
