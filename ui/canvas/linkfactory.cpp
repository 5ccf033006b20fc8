#include "ui/canvas/linkfactory.h"

#include "core/design/naming.h"

namespace sf::ui {

design::Association LinkFactory::make(const design::Model &s, const design::Model &t, Tool kind, std::string id)
{
    design::Association a;
    a.id = std::move(id);
    a.source = s.id;
    a.target = t.id;
    // core's naming rule (the key lowering derives when none is given), so a new link names its key
    // exactly as Sequelize would: lowerCamel(singular) + "Id", snake_case in an underscored model.
    a.foreignKey = design::naming::foreignKeyFor(s, t.isUnderscored());
    switch (kind) {
    case Tool::OneToOne:
        a.kind = design::AssociationKind::OneToOne;
        break;
    case Tool::ManyToMany:
        a.kind = design::AssociationKind::ManyToMany;
        a.through = s.name + t.name;
        a.foreignKey = design::naming::foreignKeyFor(s, s.isUnderscored()); // the join table's, as lowering
        if (s.id != t.id)
            a.otherKey = design::naming::foreignKeyFor(t, s.isUnderscored());
        break;
    default:
        a.kind = design::AssociationKind::OneToMany;
        break;
    }
    if (s.id == t.id && a.kind != design::AssociationKind::ManyToMany) {
        // A self-link needs an alias and its own key to be a valid Sequelize association.
        a.as = "parent";
        a.foreignKey = design::naming::foreignKeyFor("parent" + s.name, t.isUnderscored());
    }
    return a;
}

} // namespace sf::ui
