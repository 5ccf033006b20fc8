#include "core/migrate/lock.h"

#include "core/db/dberror.h"
#include "core/sql/dialect.h"

#include <chrono>
#include <thread>

namespace sf::migrate {

MigrationLock::~MigrationLock()
{
    release();
}

std::string MigrationLock::lockName()
{
    if (m_name.empty()) {
        // The name reaches SQL only through the dialect's quoteLiteral (a database may be called a\b
        // or it's); where the lock is server-wide it is named after the database.
        const sql::Dialect &d = m_conn.sqlDialect();
        const std::string query = d.currentDatabaseQuery();
        m_name = d.migrationLockName(query.empty() ? std::string() : m_conn.scalar(query).value_or(""));
    }
    return m_name;
}

MigrationLock::Result MigrationLock::acquire(const LockOptions &options, std::string *message)
{
    using clock = std::chrono::steady_clock;
    const auto deadline = clock::now() + std::chrono::milliseconds(options.timeoutMs);
    using Lock = sql::Capabilities::MigrationLock;
    const sql::Dialect &d = m_conn.sqlDialect();
    const Lock kind = d.capabilities().migrationLock;
    auto timedOut = [&](const std::string &what) {
        if (message)
            *message = "another migration run holds the " + what + " on " + m_conn.location() + "; gave up after " +
                       std::to_string(options.timeoutMs) + " ms (wait for it to finish, or raise --lock-timeout)";
        return Result::TimedOut;
    };
    try {
        if (kind == Lock::AdvisoryTry) {
            bool told = false;
            const std::string sql = d.migrationLockQuery(lockName(), 0);
            for (;;) {
                if (m_conn.scalar(sql).value_or("0") == "1") {
                    m_held = true;
                    return Result::Acquired;
                }
                if (clock::now() >= deadline)
                    return timedOut("advisory lock " + lockName());
                if (!told && options.waiting) {
                    options.waiting("waiting for another migration run to release its lock on " + m_conn.location());
                    told = true;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(options.pollIntervalMs));
            }
        }
        if (kind == Lock::NamedWait) {
            const std::string name = lockName();
            // The server waits; tell the listener first when the lock is busy right now.
            const std::string busy = d.migrationLockBusyQuery(name);
            if (!busy.empty() && m_conn.scalar(busy).value_or("1") == "0" && options.waiting)
                options.waiting("waiting for another migration run to release its lock on " + m_conn.location());
            const int seconds = (options.timeoutMs + 999) / 1000;
            if (m_conn.scalar(d.migrationLockQuery(name, seconds)).value_or("0") == "1") {
                m_held = true;
                return Result::Acquired;
            }
            return timedOut("lock \"" + name + "\"");
        }
        // SQLite: the write lock is taken per migration by BEGIN IMMEDIATE; here we prove we can get
        // it within the timeout, so a long-running writer yields a lock timeout and not a half-done run.
        m_conn.exec("PRAGMA busy_timeout = " + std::to_string(options.timeoutMs));
        try {
            m_conn.exec("BEGIN IMMEDIATE");
        } catch (const db::DbError &e) {
            if (d.classifyError(e.sqlState(), e.what()) == sql::ErrorKind::Busy)
                return timedOut("write lock");
            throw;
        }
        m_conn.exec("COMMIT");
        m_held = true;
        return Result::Acquired;
    } catch (const std::exception &e) { // db::DbError, or sql::UnwritableValue for the lock name
        if (message)
            *message = std::string("cannot take the migration lock: ") + e.what();
        return Result::Error;
    }
}

void MigrationLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    try {
        if (!m_conn.isOpen())
            return;
        // SQLite has nothing to release: each migration's transaction held the write lock.
        const std::string sql = m_conn.sqlDialect().migrationLockReleaseSql(lockName());
        if (!sql.empty())
            m_conn.exec(sql);
    } catch (const std::exception &) {
        // a closed session releases its locks anyway
    }
}

} // namespace sf::migrate
