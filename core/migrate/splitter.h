#pragma once
// Splitter rewrites one pending migration as several consecutive ones (same operations, same order),
// so that each runs in a transaction small enough for the server (PostgreSQL's lock table). Only for
// a migration no database has applied yet: the files of the original are replaced.

#include <string>
#include <vector>

namespace sf::migrate {

struct SplitResult {
    bool ok = false;
    std::string message;          // what was written, or why nothing was
    std::vector<std::string> ids; // the new migrations, in order
};

class Splitter
{
public:
    // Splits migration `id` in folder `dir` into `parts` (>= 2) migrations of about equal size, with
    // ids <timestamp + i seconds>-<slug>-part-<i>-of-<n>. Refuses when the timestamps would reach the
    // next migration's, or the migration has fewer operations than parts. Never throws.
    static SplitResult split(const std::string &dir, const std::string &id, int parts);
};

} // namespace sf::migrate
