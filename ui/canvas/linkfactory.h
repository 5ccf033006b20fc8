#pragma once
// LinkFactory builds the association a link tool draws between two models, with Sequelize's
// defaults made explicit: foreign key lowerCamel(source) + "Id", join table SourceTarget for
// many-to-many, and an alias plus a distinct key for self-links.

#include "core/design/design.h"
#include "ui/canvas/tool.h"

#include <string>

namespace sf::ui {

class LinkFactory
{
public:
    static design::Association make(const design::Model &source, const design::Model &target, Tool kind,
                                    std::string id);
};

} // namespace sf::ui
