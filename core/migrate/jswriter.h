#pragma once
// JsWriter renders a Migration as a sequelize-cli migration file in the CLI's house style:
// 'use strict', the Migration type comment, async up/down whose bodies run inside
// queryInterface.sequelize.transaction, one queryInterface call per operation with
// { transaction }; down is the inverse operations in reverse order.

#include "core/migrate/migrationfile.h"
#include "core/schema/schema.h"

#include <string>

namespace sf::migrate {

class JsWriter
{
public:
    static std::string write(const Migration &m);
    // With the schema before the migration, added columns carry MySQL `after`/`first` hints so
    // sequelize-cli places them where SchemaForge's planner does.
    static std::string write(const Migration &m, const schema::Schema *before);
};

} // namespace sf::migrate
