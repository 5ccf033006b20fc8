#pragma once
// MigrationLock serializes schemaforge runs against one database: pg_advisory_lock (polled with
// pg_try_advisory_lock), MySQL GET_LOCK(name, timeout), SQLite BEGIN IMMEDIATE with a busy timeout.
// Borrows the caller's Connection (same thread); releases in release() or the destructor.

#include "core/db/connection.h"

#include <functional>
#include <string>

namespace sf::migrate {

struct LockOptions {
    int timeoutMs = 60000;
    int pollIntervalMs = 100;
    std::function<void(const std::string &)> waiting; // called once when another run holds the lock
};

class MigrationLock
{
public:
    enum class Result { Acquired, TimedOut, Error };

    explicit MigrationLock(db::Connection &connection) : m_conn(connection) {}
    ~MigrationLock();
    MigrationLock(const MigrationLock &) = delete;
    MigrationLock &operator=(const MigrationLock &) = delete;

    // On TimedOut / Error, *message says which lock, how long it waited and what to do.
    Result acquire(const LockOptions &options, std::string *message);
    void release();
    bool held() const { return m_held; }

    static constexpr long long kAdvisoryKey = 0x5346'6d69'6772'6174LL; // "SFmigrat"
    // MySQL lock name: per database (GET_LOCK is server-wide), at most 64 characters.
    std::string mysqlLockName();

private:
    db::Connection &m_conn;
    bool m_held = false;
    std::string m_mysqlName;
};

} // namespace sf::migrate
