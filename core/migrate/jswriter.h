#pragma once
// JsWriter renders a Migration as a sequelize-cli migration file in the CLI's house style:
// 'use strict', the Migration type comment, async up/down whose bodies run inside
// queryInterface.sequelize.transaction, one queryInterface call per operation with
// { transaction }; down is the inverse operations in reverse order. In the folder's module style
// (CommonJS, ES module or TypeScript). When Sequelize's SQLite queryInterface would rebuild a table
// (renameColumn, changeColumn, removeColumn, constraints), the file carries SchemaForge's own SQLite
// plan instead for SQLite: foreign keys off outside the transaction, the 12-step rebuild, PRAGMA
// foreign_key_check, so sequelize-cli running it is exactly as safe as SchemaForge's executor.

#include "core/migrate/folderstyle.h"
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
    static std::string write(const Migration &m, const schema::Schema *before, const FolderStyle &style);
};

} // namespace sf::migrate
