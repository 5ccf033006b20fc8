#include "core/db/connectfailure.h"

#include <algorithm>
#include <cctype>

namespace sf::db {

namespace {

bool contains(const std::string &hay, const char *needle)
{
    std::string h = hay, n = needle;
    std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return std::tolower(c); });
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
    return h.find(n) != std::string::npos;
}

std::string firstLines(const std::string &s)
{
    std::string out;
    for (char c : s)
        out.push_back(c == '\n' || c == '\r' ? ' ' : c);
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

} // namespace

ConnectFailure::Reason ConnectFailure::classify(const std::string &m)
{
    if (contains(m, "driver not loaded"))
        return Reason::DriverMissing;
    if (contains(m, "connection refused") || contains(m, "can't connect to server on") || contains(m, "(111)") ||
        contains(m, "can't connect to mysql server on"))
        return Reason::Refused;
    if (contains(m, "could not translate host name") || contains(m, "unknown server host") ||
        contains(m, "unknown mysql server host") || contains(m, "name or service not known") || contains(m, "(-2)") ||
        contains(m, "(-3)"))
        return Reason::UnknownHost;
    if (contains(m, "password authentication failed") || contains(m, "access denied for user") ||
        contains(m, "no password supplied") || contains(m, "authentication failed") ||
        (contains(m, "role \"") && contains(m, "does not exist")))
        return Reason::Authentication;
    if ((contains(m, "database \"") && contains(m, "does not exist")) || contains(m, "unknown database"))
        return Reason::UnknownDatabase;
    if (contains(m, "timeout expired") || contains(m, "timed out") || contains(m, "(110)"))
        return Reason::Timeout;
    return Reason::Other;
}

std::string ConnectFailure::scrub(std::string text, const std::string &secret)
{
    if (secret.empty())
        return text;
    // Only the password as a token: an occurrence glued to a letter, digit or '_' on a side where the
    // password itself starts/ends with one is part of another word ("admin" inside "administrator").
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    const bool wordStart = word(secret.front());
    const bool wordEnd = word(secret.back());
    for (size_t pos = text.find(secret); pos != std::string::npos;) {
        const bool gluedBefore = wordStart && pos > 0 && word(text[pos - 1]);
        const size_t after = pos + secret.size();
        const bool gluedAfter = wordEnd && after < text.size() && word(text[after]);
        if (gluedBefore || gluedAfter) {
            pos = text.find(secret, pos + 1);
            continue;
        }
        text.replace(pos, secret.size(), "****");
        pos = text.find(secret, pos + 4);
    }
    return text;
}

std::string ConnectFailure::describe(const ConnectionUrl &url, const std::string &driverMessage)
{
    const std::string product = url.kind == ConnectionUrl::Kind::Postgres ? "PostgreSQL"
                                : url.kind == ConnectionUrl::Kind::MySql  ? (url.isMariaDb() ? "MariaDB" : "MySQL")
                                                                          : "SQLite";
    std::string why;
    switch (classify(driverMessage)) {
    case Reason::Refused:
        why = "connection refused (is the server running and listening on that host and port?)";
        break;
    case Reason::UnknownHost:
        why = "unknown host \"" + url.host + "\" (check the host name)";
        break;
    case Reason::Authentication:
        why = "authentication failed for user \"" + url.user + "\" (check the user name and password)";
        break;
    case Reason::UnknownDatabase:
        why = "database \"" + url.database + "\" does not exist (create it first, or fix the name)";
        break;
    case Reason::Timeout:
        why = "no answer within the connect timeout (is a firewall dropping packets?)";
        break;
    case Reason::DriverMissing:
        why = "the Qt SQL driver is not installed (install libqt6sql6-mysql / libqt6sql6-sqlite)";
        break;
    case Reason::Other:
        why = "connection failed";
        break;
    }
    std::string msg = "cannot connect to " + product + " at " + url.location() + ": " + why;
    const std::string said = scrub(firstLines(driverMessage), url.password);
    if (!said.empty())
        msg += " [driver said: " + said + "]";
    return msg;
}

} // namespace sf::db
