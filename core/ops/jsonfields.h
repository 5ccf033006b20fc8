#pragma once
// jsonfields holds the small checked readers (required/optional strings, booleans, lists, allowed
// keys) shared by the operation and schema JSON converters; each error names its JSON path.

#include "core/ops/schemajson.h"

#include <set>
#include <string>
#include <vector>

namespace sf::ops::detail {

using json = nlohmann::ordered_json;

[[noreturn]] inline void fail(const std::string &path, const std::string &why)
{
    throw OperationJsonError(path + ": " + why);
}

inline const json &member(const json &j, const std::string &path, const char *key)
{
    if (!j.is_object())
        fail(path, "expected an object");
    auto it = j.find(key);
    if (it == j.end())
        fail(path, std::string("missing \"") + key + "\"");
    return *it;
}

inline std::string str(const json &j, const std::string &path, const char *key)
{
    const json &v = member(j, path, key);
    if (!v.is_string())
        fail(path + "." + key, "expected a string");
    return v.get<std::string>();
}

inline std::string optStr(const json &j, const std::string &path, const char *key)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return {};
    if (!it->is_string())
        fail(path + "." + key, "expected a string");
    return it->get<std::string>();
}

inline bool optBool(const json &j, const std::string &path, const char *key, bool dflt)
{
    auto it = j.find(key);
    if (it == j.end())
        return dflt;
    if (!it->is_boolean())
        fail(path + "." + key, "expected true or false");
    return it->get<bool>();
}

inline int optInt(const json &j, const std::string &path, const char *key, int dflt)
{
    auto it = j.find(key);
    if (it == j.end())
        return dflt;
    if (!it->is_number_integer())
        fail(path + "." + key, "expected an integer");
    return it->get<int>();
}

inline std::vector<std::string> strList(const json &j, const std::string &path, const char *key, bool required = true)
{
    auto it = j.find(key);
    if (it == j.end()) {
        if (required)
            fail(path, std::string("missing \"") + key + "\"");
        return {};
    }
    if (!it->is_array())
        fail(path + "." + key, "expected an array of strings");
    std::vector<std::string> r;
    for (size_t i = 0; i < it->size(); ++i) {
        if (!(*it)[i].is_string())
            fail(path + "." + key + "[" + std::to_string(i) + "]", "expected a string");
        r.push_back((*it)[i].get<std::string>());
    }
    return r;
}

inline void checkKeys(const json &j, const std::string &path, std::initializer_list<const char *> allowed)
{
    if (!j.is_object())
        fail(path, "expected an object");
    std::set<std::string> ok(allowed.begin(), allowed.end());
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!ok.count(it.key()))
            fail(path, "unknown key \"" + it.key() + "\"");
}

inline void putIfNotEmpty(json &j, const char *key, const std::string &v)
{
    if (!v.empty())
        j[key] = v;
}

} // namespace sf::ops::detail
