#include "core/db/connectionurl.h"

#include "core/db/dotenv.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

namespace sf::db {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Percent-decodes `in`; false on a malformed escape.
bool percentDecode(std::string_view in, std::string *out, bool plusIsSpace = false)
{
    out->clear();
    for (size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '%') {
            if (i + 2 >= in.size())
                return false;
            const int h = hexValue(in[i + 1]);
            const int l = hexValue(in[i + 2]);
            if (h < 0 || l < 0)
                return false;
            out->push_back(static_cast<char>(h * 16 + l));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out->push_back(' ');
        } else {
            out->push_back(c);
        }
    }
    return true;
}

std::string percentEncode(const std::string &in)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : in) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

std::string lower(std::string_view s)
{
    std::string r(s);
    for (char &c : r)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return r;
}

const std::vector<std::string> &knownParams(ConnectionUrl::Kind kind)
{
    static const std::vector<std::string> pg = {
        "sslmode", "connect_timeout",     "application_name", "sslrootcert", "sslcert", "sslkey", "options",
        "host",    "target_session_attrs"};
    static const std::vector<std::string> my = {"sslmode", "ssl-mode", "ssl", "connect_timeout", "socket", "charset"};
    static const std::vector<std::string> none;
    return kind == ConnectionUrl::Kind::Postgres ? pg : kind == ConnectionUrl::Kind::MySql ? my : none;
}

std::string join(const std::vector<std::string> &v)
{
    std::string r;
    for (const auto &s : v)
        r += (r.empty() ? "" : ", ") + s;
    return r;
}

} // namespace

std::string ConnectionUrl::redactText(std::string_view text)
{
    // A raw password may hold '/', ':', '?', '#' or '@' itself; cutting at the first '/' would print
    // the rest of it.
    std::string s(text);
    const auto schemeEnd = s.find(':');
    if (schemeEnd == std::string::npos)
        return s;
    size_t authStart = schemeEnd + 1;
    while (authStart < s.size() && s[authStart] == '/')
        ++authStart;
    // As parse(): the authority's last '@', else (an unencoded password with / ? #) the URL's last '@'.
    const auto authEnd = s.find_first_of("/?#", authStart);
    auto at = s.rfind('@', authEnd == std::string::npos ? std::string::npos : authEnd);
    if (at == std::string::npos || at < authStart || (authEnd != std::string::npos && at > authEnd))
        at = s.rfind('@');
    if (at == std::string::npos || at < authStart)
        return s;
    const auto colon = s.find(':', authStart);
    if (colon == std::string::npos || colon > at)
        return s;
    return s.substr(0, colon + 1) + "****" + s.substr(at);
}

std::optional<std::string> ConnectionUrl::expandVariables(std::string_view text, const VariableOptions &options,
                                                          std::string *error)
{
    std::string out;
    std::optional<DotEnv> dotenv;
    // A value substituted into the user info (between "scheme://" and the last '@' of the template)
    // is taken literally and percent-encoded, so a password holding / : @ ? # cannot end the field.
    const auto sep = text.find("://");
    const auto lastAt = text.rfind('@');
    const bool hasUserInfo = sep != std::string_view::npos && lastAt != std::string_view::npos && lastAt > sep;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') {
            const auto end = text.find('}', i + 2);
            if (end == std::string_view::npos) {
                if (error)
                    *error = "unterminated ${ in connection URL (missing })";
                return std::nullopt;
            }
            const std::string name(text.substr(i + 2, end - i - 2));
            if (name.empty()) {
                if (error)
                    *error = "empty ${} in connection URL";
                return std::nullopt;
            }
            const bool inUserInfo = hasUserInfo && i > sep && end < lastAt;
            auto put = [&](const std::string &value) { out += inUserInfo ? percentEncode(value) : value; };
            if (const char *v = std::getenv(name.c_str()); v && *v) {
                put(v);
            } else {
                if (!dotenv && !options.dotEnvPath.empty())
                    dotenv = DotEnv::load(options.dotEnvPath);
                const auto v2 = dotenv ? dotenv->value(name) : std::nullopt;
                if (!v2) {
                    if (error) {
                        *error = "${" + name + "} is not set: export " + name + " in the environment";
                        *error += options.dotEnvPath.empty() ? std::string() : " or define it in " + options.dotEnvPath;
                    }
                    return std::nullopt;
                }
                put(*v2);
            }
            i = end;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

std::optional<ConnectionUrl> ConnectionUrl::parse(std::string_view text, const UrlParseOptions &options,
                                                  std::string *error)
{
    auto fail = [&](const std::string &msg) -> std::optional<ConnectionUrl> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    std::string trimmed(text);
    while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back())))
        trimmed.pop_back();
    while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.front())))
        trimmed.erase(trimmed.begin());
    if (trimmed.empty())
        return fail("empty connection URL; expected postgres://, mysql://, mariadb:// or sqlite:");
    const std::string shown = redactText(trimmed);
    const auto colon = trimmed.find(':');
    if (colon == std::string::npos || colon == 0)
        return fail("\"" + shown +
                    "\" is not a connection URL; expected postgres://user@host:port/db, "
                    "mysql://..., mariadb://... or sqlite:path.db");
    ConnectionUrl url;
    url.scheme = lower(trimmed.substr(0, colon));
    if (url.scheme == "postgresql")
        url.scheme = "postgres";

    if (url.scheme == "sqlite") {
        url.kind = Kind::Sqlite;
        std::string rest = trimmed.substr(colon + 1);
        if (rest.rfind("//", 0) == 0)
            rest = rest.substr(2);
        const auto q = rest.find('?');
        if (q != std::string::npos)
            return fail("sqlite URLs take no parameters: \"" + shown + "\"");
        std::string path;
        if (!percentDecode(rest, &path))
            return fail("bad %-escape in \"" + shown + "\"");
        if (path.empty())
            return fail("sqlite URL \"" + shown + "\" names no file; use sqlite:path/to/file.db or sqlite::memory:");
        if (path == ":memory:") {
            url.database = path;
            return url;
        }
        std::filesystem::path p(path);
        if (p.is_relative()) {
            const std::filesystem::path base =
                options.baseDir.empty() ? std::filesystem::current_path() : std::filesystem::path(options.baseDir);
            p = base / p;
        }
        url.database = p.lexically_normal().string();
        return url;
    }
    if (url.scheme == "postgres")
        url.kind = Kind::Postgres;
    else if (url.scheme == "mysql" || url.scheme == "mariadb")
        url.kind = Kind::MySql;
    else
        return fail("unsupported URL scheme \"" + url.scheme + ":\" in \"" + shown +
                    "\"; use postgres://, postgresql://, mysql://, mariadb:// or sqlite:");

    if (trimmed.compare(colon, 3, "://") != 0)
        return fail("\"" + shown + "\" is missing \"//\" after \"" + url.scheme + ":\"; expected " + url.scheme +
                    "://user@host:port/database");
    std::string rest = trimmed.substr(colon + 3);
    // User info: the standard authority (up to the first / ? #) ends it at its last '@'. When that
    // holds no '@' but "user:" comes before a later '@', the password is unencoded and contains
    // / ? or #: then the user info runs to the last '@' (so neither parsing nor a message cuts it).
    std::string userinfo;
    bool hasUserinfo = false;
    const auto authorityEnd = rest.find_first_of("/?#");
    const auto atInAuthority = rest.rfind('@', authorityEnd == std::string::npos ? std::string::npos : authorityEnd);
    const auto lastAt = rest.rfind('@');
    std::size_t at = std::string::npos;
    if (atInAuthority != std::string::npos && (authorityEnd == std::string::npos || atInAuthority < authorityEnd))
        at = atInAuthority;
    else if (lastAt != std::string::npos && rest.substr(0, lastAt).find(':') != std::string::npos)
        at = lastAt;
    if (at != std::string::npos) {
        userinfo = rest.substr(0, at);
        rest = rest.substr(at + 1);
        hasUserinfo = true;
    }
    std::string query;
    if (const auto q = rest.find('?'); q != std::string::npos) {
        query = rest.substr(q + 1);
        rest.resize(q);
    }
    if (const auto h = rest.find('#'); h != std::string::npos)
        rest.resize(h);
    std::string authority = rest, path;
    if (const auto slash = rest.find('/'); slash != std::string::npos) {
        authority = rest.substr(0, slash);
        path = rest.substr(slash + 1);
    }
    std::string hostport = authority;
    if (hasUserinfo) {
        const auto c = userinfo.find(':');
        if (!percentDecode(userinfo.substr(0, c), &url.user))
            return fail("bad %-escape in the user name of \"" + shown + "\"");
        if (c != std::string::npos && !percentDecode(userinfo.substr(c + 1), &url.password))
            return fail("bad %-escape in the password of \"" + shown + "\"");
    }
    std::string portText;
    if (!hostport.empty() && hostport[0] == '[') {
        const auto close = hostport.find(']');
        if (close == std::string::npos)
            return fail("unterminated [IPv6] host in \"" + shown + "\"");
        url.host = hostport.substr(1, close - 1);
        if (close + 1 < hostport.size()) {
            if (hostport[close + 1] != ':')
                return fail("unexpected text after ] in \"" + shown + "\"");
            portText = hostport.substr(close + 2);
        }
    } else {
        const auto c = hostport.rfind(':');
        std::string h = c == std::string::npos ? hostport : hostport.substr(0, c);
        if (c != std::string::npos)
            portText = hostport.substr(c + 1);
        if (!percentDecode(h, &url.host))
            return fail("bad %-escape in the host of \"" + shown + "\"");
    }
    if (!portText.empty()) {
        int port = 0;
        for (char ch : portText) {
            if (!std::isdigit(static_cast<unsigned char>(ch)) || port > 65535) {
                port = -1;
                break;
            }
            port = port * 10 + (ch - '0');
        }
        if (port <= 0 || port > 65535)
            return fail("port \"" + portText + "\" in \"" + shown + "\" is not a number from 1 to 65535");
        url.port = port;
    }
    if (!percentDecode(path, &url.database))
        return fail("bad %-escape in the database name of \"" + shown + "\"");
    if (!query.empty()) {
        size_t start = 0;
        while (start <= query.size()) {
            auto amp = query.find('&', start);
            if (amp == std::string::npos)
                amp = query.size();
            const std::string pair = query.substr(start, amp - start);
            start = amp + 1;
            if (pair.empty())
                continue;
            const auto eq = pair.find('=');
            std::string key, value;
            if (!percentDecode(pair.substr(0, eq), &key, true) ||
                (eq != std::string::npos && !percentDecode(pair.substr(eq + 1), &value, true)))
                return fail("bad %-escape in the parameters of \"" + shown + "\"");
            const auto &known = knownParams(url.kind);
            if (std::find(known.begin(), known.end(), key) == known.end())
                return fail("unknown parameter \"" + key + "\" in \"" + shown + "\"; " + url.dialect() +
                            " URLs accept: " + join(known));
            url.params.emplace_back(key, value);
        }
    }
    const bool socketGiven = !url.param("host").empty() || !url.param("socket").empty();
    if (url.host.empty() && !socketGiven)
        return fail("\"" + shown + "\" names no host; expected " + url.scheme + "://user@HOST:port/database");
    if (url.database.empty())
        return fail("\"" + shown + "\" names no database; add /DATABASE after the host");
    if (url.database.find('\0') != std::string::npos)
        return fail("the database name in \"" + shown + "\" contains a NUL byte");
    if (url.kind == Kind::MySql && (url.database.find('/') != std::string::npos || url.database.size() > 64))
        return fail("\"" + url.database + "\" is not a valid MySQL database name (no '/', at most 64 characters)");
    if (const std::string ssl = url.param("sslmode"); !ssl.empty() && url.kind == Kind::Postgres) {
        static const std::vector<std::string> modes = {"disable", "allow",     "prefer",
                                                       "require", "verify-ca", "verify-full"};
        if (std::find(modes.begin(), modes.end(), ssl) == modes.end())
            return fail("sslmode=" + ssl + " is not one of " + join(modes));
    }
    return url;
}

sql::DialectId ConnectionUrl::dialectId() const
{
    switch (kind) {
    case Kind::Postgres:
        return sql::DialectId::Postgres;
    case Kind::MySql:
        return isMariaDb() ? sql::DialectId::MariaDb : sql::DialectId::MySql;
    case Kind::Sqlite:
        return sql::DialectId::Sqlite;
    }
    return sql::DialectId::Postgres;
}

std::string ConnectionUrl::dialect() const
{
    return std::string(sql::projectDialectName(dialectId()));
}

bool ConnectionUrl::isMariaDb() const
{
    return scheme == "mariadb";
}

int ConnectionUrl::effectivePort() const
{
    if (port)
        return port;
    return kind == Kind::Postgres ? 5432 : kind == Kind::MySql ? 3306 : 0;
}

std::string ConnectionUrl::param(const std::string &key, const std::string &fallback) const
{
    for (const auto &[k, v] : params)
        if (k == key)
            return v;
    return fallback;
}

std::string ConnectionUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return "sqlite:" + database;
    std::string s = scheme + "://";
    if (!user.empty() || !password.empty()) {
        s += percentEncode(user);
        if (!password.empty())
            s += ":****";
        s += "@";
    }
    s += host.find(':') != std::string::npos ? "[" + host + "]" : percentEncode(host);
    if (port)
        s += ":" + std::to_string(port);
    s += "/" + percentEncode(database);
    for (size_t i = 0; i < params.size(); ++i)
        s += (i ? "&" : "?") + percentEncode(params[i].first) + "=" + percentEncode(params[i].second);
    return s;
}

std::string ConnectionUrl::location() const
{
    if (kind == Kind::Sqlite)
        return isMemory() ? std::string("an in-memory SQLite database") : "SQLite file " + database;
    std::string h = host.empty() ? param("host", param("socket")) : host;
    return h + ":" + std::to_string(effectivePort()) + ", database \"" + database + "\"" +
           (user.empty() ? std::string() : ", user \"" + user + "\"");
}

} // namespace sf::db
