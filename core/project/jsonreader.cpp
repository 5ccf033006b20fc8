// JsonReader: key, type, name and id checks for the project file reader, each error naming its JSON path.
#include "core/project/jsonreader.h"

#include "core/design/naming.h"
#include "core/project/projectfile.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace sf::project::json {

using design::naming::quote;

namespace {

size_t distance(const std::string &a, const std::string &b)
{
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// nlohmann SAX handler building an ordered_json: keys are appended to the object's vector directly
// (duplicates are found with a hash set per open object), so each key costs O(1).
class LinearDomBuilder
{
public:
    LinearDomBuilder(Json &root, int maxDepth) : m_root(root), m_maxDepth(maxDepth) {}

    std::string limitError;

    bool null() { return put(Json(nullptr)) != nullptr; }
    bool boolean(bool v) { return put(Json(v)) != nullptr; }
    bool number_integer(Json::number_integer_t v) { return put(Json(v)) != nullptr; }
    bool number_unsigned(Json::number_unsigned_t v) { return put(Json(v)) != nullptr; }
    bool number_float(Json::number_float_t v, const Json::string_t &) { return put(Json(v)) != nullptr; }
    bool string(Json::string_t &v) { return put(Json(std::move(v))) != nullptr; }
    bool binary(Json::binary_t &v) { return put(Json::binary(std::move(v))) != nullptr; }
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(Json::string_t &k)
    {
        if (!m_keys.back().insert(k).second) {
            limitError = "duplicate key \"" + k + "\" in one JSON object; each key may appear only once";
            return false;
        }
        auto &items = static_cast<Json::object_t::Container &>(*m_stack.back()->get_ptr<Json::object_t *>());
        items.emplace_back(std::move(k), Json());
        m_slot = &items.back().second;
        return true;
    }
    template <class Exception> bool parse_error(std::size_t, const std::string &, const Exception &ex) { throw ex; }

private:
    Json &m_root;
    int m_maxDepth;
    std::vector<Json *> m_stack; // open containers; each is the last element of its parent, so stable
    std::vector<std::unordered_set<std::string>> m_keys; // per open container (unused for arrays)
    Json *m_slot = nullptr;                              // the value of the key just read

    Json *put(Json &&v)
    {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        if (m_stack.back()->is_array()) {
            auto &arr = *m_stack.back()->get_ptr<Json::array_t *>();
            arr.push_back(std::move(v));
            return &arr.back();
        }
        *m_slot = std::move(v);
        return m_slot;
    }
    bool open(Json &&container)
    {
        if (static_cast<int>(m_stack.size()) >= m_maxDepth) {
            limitError = "the JSON is nested more than " + std::to_string(m_maxDepth) +
                         " levels deep; this is not a project file";
            return false;
        }
        m_stack.push_back(put(std::move(container)));
        m_keys.emplace_back();
        return true;
    }
    bool close()
    {
        m_stack.pop_back();
        m_keys.pop_back();
        return true;
    }
};

} // namespace

bool parseDocument(std::string_view text, int maxDepth, Json *out, std::string *limitError)
{
    LinearDomBuilder builder(*out, maxDepth);
    const bool ok = Json::sax_parse(text.begin(), text.end(), &builder);
    if (!ok && limitError)
        *limitError = builder.limitError;
    return ok;
}

const char *kindOf(const Json &j)
{
    switch (j.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return "a boolean";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::binary:
        return "binary data";
    case Json::value_t::discarded:
        return "nothing";
    default:
        return "a number";
    }
}

std::string join(const std::string &path, const std::string &key)
{
    return path.empty() ? key : path + "." + key;
}

std::string idx(const std::string &path, size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

bool JsonReader::fail(const std::string &path, const std::string &msg)
{
    if (error.empty())
        error = (path.empty() ? std::string("(top level)") : path) + ": " + msg;
    return false;
}

bool JsonReader::object(const Json &j, const std::string &path, std::initializer_list<const char *> keys)
{
    if (!j.is_object())
        return fail(path, std::string("expected an object, got ") + kindOf(j));
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string &k = it.key();
        if (std::find_if(keys.begin(), keys.end(), [&](const char *s) { return k == s; }) != keys.end())
            continue;
        std::string best;
        size_t bestD = 99;
        std::string all;
        for (const char *s : keys) {
            all += (all.empty() ? "" : ", ") + std::string(s);
            const size_t d = distance(k, s);
            if (d < bestD) {
                bestD = d;
                best = s;
            }
        }
        const std::string shown = quote(k);
        if (bestD <= 2 && bestD < k.size())
            return fail(join(path, k), "unknown key " + shown + "; did you mean \"" + best + "\"?");
        return fail(join(path, k), "unknown key " + shown + "; expected one of " + all);
    }
    return true;
}

const Json *JsonReader::member(const Json &obj, const char *key, const std::string &path, bool required)
{
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            fail(path, std::string("missing required key \"") + key + "\"");
        return nullptr;
    }
    return &*it;
}

bool JsonReader::str(const Json &obj, const char *key, const std::string &path, bool required, std::string *out,
                     bool *present)
{
    if (present)
        *present = false;
    const Json *v = member(obj, key, path, required);
    if (!v)
        return error.empty();
    if (!v->is_string())
        return fail(join(path, key), std::string("expected a string, got ") + kindOf(*v));
    *out = v->get<std::string>();
    if (present)
        *present = true;
    return true;
}

bool JsonReader::optStr(const Json &obj, const char *key, const std::string &path, std::optional<std::string> *out)
{
    std::string s;
    bool present = false;
    if (!str(obj, key, path, false, &s, &present))
        return false;
    if (present)
        *out = std::move(s);
    return true;
}

bool JsonReader::optName(const Json &obj, const char *key, const std::string &path, std::optional<std::string> *out)
{
    if (!optStr(obj, key, path, out))
        return false;
    return !*out || name(**out, join(path, key));
}

bool JsonReader::physicalName(const std::string &n, const std::string &path)
{
    if (n.size() > ProjectFile::kMaxNameBytes)
        return fail(path, "the name is " + std::to_string(n.size()) + " bytes long; names are limited to " +
                              std::to_string(ProjectFile::kMaxNameBytes) + " bytes");
    const std::string problem = design::naming::physicalNameProblem(n);
    if (!problem.empty())
        return fail(path, quote(n) + " is not a valid name: " + problem);
    return true;
}

bool JsonReader::optPhysicalName(const Json &obj, const char *key, const std::string &path,
                                 std::optional<std::string> *out)
{
    if (!optStr(obj, key, path, out))
        return false;
    return !*out || physicalName(**out, join(path, key));
}

bool JsonReader::optBool(const Json &obj, const char *key, const std::string &path, std::optional<bool> *out)
{
    const Json *v = member(obj, key, path, false);
    if (!v)
        return true;
    if (!v->is_boolean())
        return fail(join(path, key), std::string("expected true or false, got ") + kindOf(*v));
    *out = v->get<bool>();
    return true;
}

bool JsonReader::number(const Json &obj, const char *key, const std::string &path, bool required,
                        std::optional<double> *out)
{
    const Json *v = member(obj, key, path, required);
    if (!v)
        return error.empty();
    if (!v->is_number())
        return fail(join(path, key), std::string("expected a number, got ") + kindOf(*v));
    *out = v->get<double>();
    return true;
}

bool JsonReader::name(const std::string &n, const std::string &path)
{
    if (n.size() > ProjectFile::kMaxNameBytes)
        return fail(path, "the name is " + std::to_string(n.size()) + " bytes long; names are limited to " +
                              std::to_string(ProjectFile::kMaxNameBytes) + " bytes");
    const std::string problem = design::naming::identifierProblem(n);
    if (!problem.empty())
        return fail(path, quote(n) + " is not a valid name: " + problem);
    return true;
}

bool JsonReader::id(const Json &obj, const std::string &path, std::string *out)
{
    if (!str(obj, "id", path, true, out))
        return false;
    const std::string p = join(path, "id");
    if (out->empty())
        return fail(p, "the id is empty");
    if (out->size() > 200)
        return fail(p, "the id is longer than 200 bytes");
    for (char c : *out) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f || c == '/' || c == '"' || c == '\\')
            return fail(p, quote(*out) + " is not a valid id: use letters, digits, '-' and '_' (no spaces, "
                                         "quotes, '/' or control characters)");
    }
    auto [it, inserted] = ids.emplace(*out, p);
    if (!inserted)
        return fail(p, "duplicate id " + quote(*out) + " (already used at " + it->second + ")");
    return true;
}

} // namespace sf::project::json
