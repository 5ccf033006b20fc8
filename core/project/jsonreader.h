#pragma once
// JsonReader checks JSON values for the project file reader: allowed keys, value types, names and ids
// (unique across the file); it records the first error as "<json path>: <message>". Internal to ProjectFile.

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace sf::project::json {

using Json = nlohmann::ordered_json;

// Parses a whole JSON document into `out` in time linear in its size (nlohmann's own ordered_json
// parse searches every object for each new key: quadratic). A duplicate key or nesting deeper than
// maxDepth sets *limitError (naming it) and returns false; a syntax error throws Json::parse_error.
bool parseDocument(std::string_view text, int maxDepth, Json *out, std::string *limitError);

const char *kindOf(const Json &j);                                 // "a string", "an array", ...
std::string join(const std::string &path, const std::string &key); // "models[0]" + "name"
std::string idx(const std::string &path, size_t i);                // "models" + 2 -> "models[2]"

class JsonReader
{
public:
    std::string error;
    std::map<std::string, std::string> ids; // id -> path where it was first used

    bool fail(const std::string &path, const std::string &msg);
    // An object whose keys are all in `keys` (unknown keys fail, with a suggestion when one is close).
    bool object(const Json &j, const std::string &path, std::initializer_list<const char *> keys);
    const Json *member(const Json &obj, const char *key, const std::string &path, bool required);
    bool str(const Json &obj, const char *key, const std::string &path, bool required, std::string *out,
             bool *present = nullptr);
    bool optStr(const Json &obj, const char *key, const std::string &path, std::optional<std::string> *out);
    bool optName(const Json &obj, const char *key, const std::string &path, std::optional<std::string> *out);
    bool optBool(const Json &obj, const char *key, const std::string &path, std::optional<bool> *out);
    bool number(const Json &obj, const char *key, const std::string &path, bool required, std::optional<double> *out);
    bool name(const std::string &n, const std::string &path); // identifier syntax and length
    // A table, column, index or constraint name (tableName, field, foreignKey, ...): any character
    // but a control character (identifiers are always quoted), and the length limit.
    bool physicalName(const std::string &n, const std::string &path);
    bool optPhysicalName(const Json &obj, const char *key, const std::string &path, std::optional<std::string> *out);
    bool id(const Json &obj, const std::string &path, std::string *out); // the "id" key: valid and unique
};

} // namespace sf::project::json
