#pragma once
// ModelWriter turns a design into Sequelize model files (models/<name>.js with init() and
// static associate(models), one per model and one per many-to-many join table, plus the
// models/index.js that `sequelize-cli init` writes). Every column of the lowered table is declared
// explicitly, in the lowered order, with explicit foreignKey/otherKey on every association, so
// `sequelize.sync()` on these files creates exactly the schema the migrations create.

#include "core/design/design.h"

#include <string>
#include <vector>

namespace sf::codegen {

struct GeneratedFile {
    std::string relativePath; // e.g. "student.js", "index.js" (relative to the models folder)
    std::string content;
};

struct ModelWriterOptions {
    std::string configPath = "/../config/config.json"; // what index.js requires, relative to models/
};

std::vector<GeneratedFile> writeModelFiles(const design::Design &design, const ModelWriterOptions &options = {});

} // namespace sf::codegen
