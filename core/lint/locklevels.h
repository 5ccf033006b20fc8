#pragma once
// LockLevels says, per dialect, which lock an operation takes on its table and whether it rewrites
// or scans it: PostgreSQL lock modes (ACCESS EXCLUSIVE, SHARE, SHARE ROW EXCLUSIVE, SHARE UPDATE
// EXCLUSIVE), MySQL/MariaDB online-DDL algorithms (INSTANT, INPLACE, COPY), SQLite table rebuilds.
// Stateless; the PostgreSQL modes are checked against pg_locks by a test.

#include "core/ops/operation.h"
#include "core/schema/schema.h"

#include <string>

namespace sf::lint {

struct LockInfo {
    std::string lock; // "" when the operation touches no existing table (createTable)
    bool rewrites = false;
    bool scans = false;
    std::string summary; // "ACCESS EXCLUSIVE, brief (catalog only)", "ALGORITHM=COPY: rewrites, writes blocked", ...
};

class LockLevels
{
public:
    static LockInfo of(const ops::Operation &op, const schema::Schema &before, const std::string &dialect);
    // "ACCESS EXCLUSIVE" -> "AccessExclusiveLock" (pg_locks.mode); "" for non-PostgreSQL locks.
    static std::string pgLockMode(const std::string &lock);
};

} // namespace sf::lint
