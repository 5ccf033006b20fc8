// The checkpoint file beside the hand-written migrations.
#include "core/migrate/checkpoint.h"

#include "core/ops/schemajson.h"

#include <nlohmann/json.hpp>

namespace sf::migrate {

std::string Checkpoint::toText() const
{
    nlohmann::ordered_json j;
    j["format"] = kFormat;
    j["after"] = after;
    j["source"] = source;
    j["tables"] = nlohmann::ordered_json::array();
    for (const auto &t : schema.tables)
        j["tables"].push_back(ops::toJson(t));
    return j.dump(2) + "\n";
}

Checkpoint Checkpoint::fromText(std::string_view text, const std::string &fileName)
{
    nlohmann::ordered_json j;
    try {
        j = nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(fileName + ": not valid JSON (" + e.what() + ")");
    }
    if (!j.is_object() || j.value("format", std::string()) != kFormat)
        throw std::runtime_error(fileName + ": \"format\" must be \"" + std::string(kFormat) + "\"");
    Checkpoint c;
    if (!j.contains("after") || !j["after"].is_string() || j["after"].get<std::string>().empty())
        throw std::runtime_error(fileName + ": \"after\" must name the last migration the checkpoint covers");
    c.after = j["after"].get<std::string>();
    c.source = j.value("source", std::string());
    if (!j.contains("tables") || !j["tables"].is_array())
        throw std::runtime_error(fileName + ": \"tables\" must be an array");
    try {
        for (size_t i = 0; i < j["tables"].size(); ++i)
            c.schema.tables.push_back(ops::tableFromJson(j["tables"][i], "tables[" + std::to_string(i) + "]"));
    } catch (const ops::OperationJsonError &e) {
        throw std::runtime_error(fileName + ": " + e.what());
    }
    return c;
}

} // namespace sf::migrate
