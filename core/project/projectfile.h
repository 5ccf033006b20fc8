#pragma once
// ProjectFile reads and writes a Project as a "schemaforge/1" JSON file (format in project.h):
// strict on input (every error names its JSON path, e.g. models[2].attributes[0].type), stable on
// output (2-space indent, fixed key order, trailing newline, atomic write). Never throws.

#include "core/project/project.h"

#include <string>
#include <string_view>

namespace sf::project {

struct LoadResult {
    bool ok = false;
    std::string error; // one line; load(path) prefixes it with the path
    Project project;
    explicit operator bool() const { return ok; }
};

struct SaveResult {
    bool ok = false;
    std::string error;
    explicit operator bool() const { return ok; }
};

class ProjectFile
{
public:
    static constexpr const char *kFormat = "schemaforge/1";
    static constexpr size_t kMaxFileBytes = 64u * 1024u * 1024u;
    static constexpr size_t kMaxNameBytes = 255; // identifiers longer than this are refused on load

    static LoadResult load(const std::string &path);
    static LoadResult loadFromString(std::string_view text);
    // Writes atomically (QSaveFile): a failed save leaves any existing file untouched.
    static SaveResult save(const Project &project, const std::string &path);
    // The exact bytes save() writes; load -> saveToString reproduces a saved file byte for byte.
    static std::string saveToString(const Project &project);
};

} // namespace sf::project
