#pragma once
// NodeRunner runs SchemaForge's embedded node scripts (core/node/scripts, compiled in as Qt resources
// under :/sf-node/) with the project's own node_modules: finds `node` ($SF_NODE, else PATH), sends one
// JSON request on stdin and reads one JSON result from stdout (after a marker line, so whatever a
// project prints goes elsewhere). Secrets are passed in the environment, never on the command line.
// Blocking; call it from one thread at a time per instance. Never throws.

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace sf::node {

struct NodeOptions {
    std::string workingDirectory;                   // the sequelize-cli project root
    std::map<std::string, std::string> environment; // added to the inherited environment (secrets go here)
    int timeoutMs = 300000;
};

struct NodeResult {
    bool ok = false;       // the script answered {"ok": true, ...}
    nlohmann::json result; // the whole answer (also on a script-level failure)
    std::string code;      // failure kind: "no-node", "no-sequelize", "config", "load", "crash", ...
    std::string error;     // one clear message naming the file and the fix
    std::string log;       // what the project printed (stderr), for a failure report
};

class NodeRunner
{
public:
    // Path of the node executable, or "" with *error saying how to install or point at it.
    static std::string findNode(std::string *error);
    // Runs the bridge with `request` (see scripts/bridge.js for the commands).
    static NodeResult run(const nlohmann::json &request, const NodeOptions &options);
};

} // namespace sf::node
