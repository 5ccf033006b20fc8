#pragma once
// Association links two models: oneToOne (hasOne/belongsTo), oneToMany (hasMany/belongsTo) or
// manyToMany (belongsToMany through a join table). The foreign key lives on the target for
// oneToOne and oneToMany; manyToMany creates the join table named by `through`.

#include "core/design/attribute.h"

#include <optional>
#include <string>
#include <vector>

namespace sf::design {

enum class AssociationKind { OneToOne, OneToMany, ManyToMany };

struct Association {
    std::string id;
    AssociationKind kind = AssociationKind::OneToMany;
    std::string source;                       // model id (Grade in Grade.hasMany(Student))
    std::string target;                       // model id
    std::optional<std::string> as;            // alias on the source side
    std::optional<std::string> inverseAs;     // alias on the target side
    std::optional<std::string> foreignKey;    // default: lowerCamel(singular source) + "Id" (snake when underscored)
    std::optional<std::string> otherKey;      // manyToMany: the target's column in the join table
    std::optional<std::string> onDelete;      // default SET NULL (CASCADE for manyToMany)
    std::optional<std::string> onUpdate;      // default CASCADE
    std::optional<std::string> through;       // manyToMany join table name, verbatim
    std::optional<bool> allowNull;            // foreign key nullability (default true)
    std::vector<Attribute> throughAttributes; // manyToMany payload columns of the join table
    // oneToOne/oneToMany: the source's column the foreign key refers to (Sequelize's belongsTo
    // targetKey / hasMany sourceKey), when not its primary key; a unique column.
    std::optional<std::string> targetKey = {};
    // oneToOne/oneToMany: the foreign-key constraint's name, when not the derived <table>_<column>_fkey
    // (import keeps a database's own names).
    std::optional<std::string> constraintName = {};

    friend bool operator==(const Association &, const Association &) = default;
};

const char *toString(AssociationKind k); // "oneToOne" | "oneToMany" | "manyToMany"
std::optional<AssociationKind> associationKindFromString(const std::string &s);

} // namespace sf::design
