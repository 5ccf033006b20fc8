#include "core/db/dotenv.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace sf::db {

namespace {

std::string trim(const std::string &s)
{
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
    return s.substr(b, e - b);
}

bool validKey(const std::string &k)
{
    if (k.empty() || std::isdigit(static_cast<unsigned char>(k[0])))
        return false;
    for (char c : k)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-'))
            return false;
    return true;
}

} // namespace

DotEnv DotEnv::parse(const std::string &text, std::string *warnings)
{
    DotEnv env;
    std::istringstream in(text);
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::string t = trim(line);
        if (t.empty() || t[0] == '#')
            continue;
        if (t.rfind("export ", 0) == 0)
            t = trim(t.substr(7));
        const auto eq = t.find('=');
        const std::string key = eq == std::string::npos ? std::string() : trim(t.substr(0, eq));
        if (eq == std::string::npos || !validKey(key)) {
            if (warnings)
                *warnings += ".env line " + std::to_string(lineNo) + " is not KEY=VALUE; ignored\n";
            continue;
        }
        std::string raw = trim(t.substr(eq + 1));
        std::string value;
        if (!raw.empty() && raw[0] == '\'') {
            const auto end = raw.find('\'', 1);
            value = raw.substr(1, end == std::string::npos ? std::string::npos : end - 1);
        } else if (!raw.empty() && raw[0] == '"') {
            for (size_t i = 1; i < raw.size(); ++i) {
                const char c = raw[i];
                if (c == '"')
                    break;
                if (c == '\\' && i + 1 < raw.size()) {
                    const char n = raw[++i];
                    value += n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n;
                } else {
                    value += c;
                }
            }
        } else {
            const auto hash = raw.find(" #");
            value = trim(hash == std::string::npos ? raw : raw.substr(0, hash));
        }
        env.values[key] = value;
    }
    return env;
}

DotEnv DotEnv::load(const std::string &path, std::string *warnings)
{
    std::ifstream f(path, std::ios::binary);
    if (!f)
        return {};
    std::ostringstream ss;
    ss << f.rdbuf();
    return parse(ss.str(), warnings);
}

std::optional<std::string> DotEnv::value(const std::string &key) const
{
    const auto it = values.find(key);
    if (it == values.end())
        return std::nullopt;
    return it->second;
}

} // namespace sf::db
