#pragma once
// ConnectFailure turns a driver's connect error into one clear sentence (where, and why); stateless.

#include "core/db/connectionurl.h"

#include <string>

namespace sf::db {

struct ConnectFailure {
    enum class Reason { Refused, UnknownHost, Authentication, UnknownDatabase, Timeout, DriverMissing, Other };

    static Reason classify(const std::string &driverMessage);
    // "cannot connect to PostgreSQL at 127.0.0.1:5432, database "app": authentication failed for user "x"
    // (check the password) [server said: ...]". The password, if any, is scrubbed from driverMessage.
    static std::string describe(const ConnectionUrl &url, const std::string &driverMessage);
    // Replaces each occurrence of `secret` (if non-empty) in `text` that stands as a token by ****; the
    // same letters inside a longer word ("admin" in "administrator") stay, so messages stay readable.
    static std::string scrub(std::string text, const std::string &secret);
};

} // namespace sf::db
