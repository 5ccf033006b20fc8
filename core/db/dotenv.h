#pragma once
// DotEnv reads a `.env` file (KEY=VALUE lines, dotenv syntax) into a map; a plain value type, no I/O after load.

#include <map>
#include <optional>
#include <string>

namespace sf::db {

struct DotEnv {
    std::map<std::string, std::string> values;

    // Parses dotenv text: `KEY=VALUE`, `export KEY=VALUE`, `# comments`, blank lines, values in
    // single quotes (literal), double quotes (\n, \t, \", \\ escapes) or bare (trailing ` #...` dropped).
    // Lines that are not assignments are ignored; *warnings (optional) names them by line number.
    static DotEnv parse(const std::string &text, std::string *warnings = nullptr);
    // Loads `path`; a missing file gives an empty DotEnv (not an error).
    static DotEnv load(const std::string &path, std::string *warnings = nullptr);

    std::optional<std::string> value(const std::string &key) const;
};

} // namespace sf::db
