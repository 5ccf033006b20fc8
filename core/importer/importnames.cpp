// Import naming: table -> model name, column -> attribute name, foreign key -> alias stem.
#include "core/importer/importnames.h"

#include "core/design/naming.h"

#include <cctype>
#include <cstdint>
#include <cstdio>

namespace sf::importer {

namespace naming = design::naming;

namespace {

bool isWordChar(unsigned char c)
{
    return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80;
}

} // namespace

std::string ImportNames::pascalCase(std::string_view text)
{
    std::string out;
    bool upperNext = true;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (!isWordChar(c) || c == '_' || c == '$') {
            upperNext = true;
            continue;
        }
        out.push_back(upperNext ? static_cast<char>(std::toupper(c)) : ch);
        upperNext = false;
    }
    return out;
}

std::string ImportNames::modelName(std::string_view table)
{
    std::string base = pascalCase(naming::singularize(table));
    if (base.empty())
        base = "Model";
    if (std::isdigit(static_cast<unsigned char>(base[0])))
        base = "T" + base;
    std::string name = base;
    for (int n = 2; m_used.count(name); ++n)
        name = base + std::to_string(n);
    m_used.insert(name);
    return name;
}

std::string ImportNames::attributeName(std::string_view column)
{
    if (naming::identifierProblem(column).empty())
        return std::string(column);
    std::string out;
    for (const char ch : column)
        out.push_back(isWordChar(static_cast<unsigned char>(ch)) ? ch : '_');
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0])))
        out = "_" + out;
    return out;
}

std::string ImportNames::keyStem(std::string_view column)
{
    std::string c(column);
    for (const char *suffix : {"_id", "Id", "ID", "_ID"}) {
        const std::string s(suffix);
        if (c.size() > s.size() && c.compare(c.size() - s.size(), s.size(), s) == 0)
            return naming::lowerCamel(attributeName(c.substr(0, c.size() - s.size())));
    }
    return naming::lowerCamel(attributeName(c));
}

std::string ImportNames::safeId(std::string_view raw)
{
    std::string out;
    bool changed = false;
    for (const char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        const bool bad = u <= 0x20 || u == 0x7f || c == '/' || c == '"' || c == '\\';
        out.push_back(bad ? '_' : c);
        changed = changed || bad;
    }
    if (!changed && out.size() <= 200)
        return out;
    std::uint32_t h = 2166136261u; // FNV-1a
    for (const char c : raw)
        h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "-%08x", static_cast<unsigned>(h));
    if (out.size() > 191) {
        out.resize(191);
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
            out.pop_back(); // never cut inside a UTF-8 sequence
        if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0)
            out.pop_back();
    }
    return out + suffix;
}

} // namespace sf::importer
