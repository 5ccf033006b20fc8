#pragma once
// MigrationLock serializes schemaforge runs against one database with the lock its dialect names
// (PostgreSQL: an advisory lock, polled; MySQL/MariaDB: GET_LOCK(name, timeout); SQLite: BEGIN
// IMMEDIATE with a busy timeout).
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

    // The lock's name as the dialect gives it (MySQL/MariaDB: per database, at most 64 characters;
    // PostgreSQL: the advisory key); read once.
    std::string lockName();

private:
    db::Connection &m_conn;
    bool m_held = false;
    std::string m_name;
};

} // namespace sf::migrate
