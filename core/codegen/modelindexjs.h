#pragma once
// modelIndexJs is the models/index.js that `sequelize-cli init` writes, verbatim but for the
// config path.

#include <string>

namespace sf::codegen {
std::string modelIndexJs(const std::string &configPath);
} // namespace sf::codegen
