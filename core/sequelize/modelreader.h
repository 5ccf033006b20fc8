#pragma once
// ModelReader reads a design from a sequelize-cli project's model code: node loads the models with
// the project's own installed sequelize (as models/index.js does, including class-based Model.init,
// sequelize.define and associate(models)) and describes them; this turns the description into a
// Design. What the design cannot express (a VIRTUAL attribute, a custom type, renamed timestamps,
// constraints: false, a non-primary sourceKey) becomes a problem and a note on the model, never
// silently dropped. Blocking (node); never throws.

#include "core/design/design.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace sf::sequelize {

struct ModelReadOptions {
    std::string projectDir;
    std::string env;
    std::string modelsPath; // absolute; "" = as .sequelizerc says
    std::string dialect;    // the database's dialect (postgres, mysql, sqlite): node loads with it
    std::string url;        // optional connection override (memory only)
};

struct ModelReadResult {
    bool ok = false;
    std::string code;  // node failure kind ("no-node", "no-sequelize", "model-file", ...)
    std::string error; // names the model file and the error
    design::Design design;
    std::vector<std::string> problems;
};

class ModelReader
{
public:
    static ModelReadResult read(const ModelReadOptions &options);
    // The conversion alone (for tests and drift): node's description -> Design + problems.
    static ModelReadResult fromDescription(const nlohmann::json &description);
};

} // namespace sf::sequelize
