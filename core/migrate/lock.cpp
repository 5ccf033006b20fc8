#include "core/migrate/lock.h"

#include "core/db/dberror.h"
#include "core/design/naming.h"
#include "core/sql/dialect.h"

#include <chrono>
#include <thread>

namespace sf::migrate {

MigrationLock::~MigrationLock()
{
    release();
}

std::string MigrationLock::mysqlLockName()
{
    if (m_mysqlName.empty()) {
        // GET_LOCK names are at most 64 characters; a longer one is cut on a character boundary with
        // a hash suffix, so two long database names never share a lock. The name reaches SQL only
        // through the dialect's quoteLiteral (a database may be called a\b or it's).
        const std::string db = m_conn.scalar("SELECT DATABASE()").value_or("");
        m_mysqlName = design::naming::limitIdentifier("schemaforge:" + db, 64);
    }
    return m_mysqlName;
}

MigrationLock::Result MigrationLock::acquire(const LockOptions &options, std::string *message)
{
    using clock = std::chrono::steady_clock;
    const auto deadline = clock::now() + std::chrono::milliseconds(options.timeoutMs);
    using Lock = sql::Capabilities::MigrationLock;
    const Lock kind = m_conn.sqlDialect().capabilities().migrationLock;
    auto timedOut = [&](const std::string &what) {
        if (message)
            *message = "another migration run holds the " + what + " on " + m_conn.location() + "; gave up after " +
                       std::to_string(options.timeoutMs) + " ms (wait for it to finish, or raise --lock-timeout)";
        return Result::TimedOut;
    };
    try {
        if (kind == Lock::AdvisoryTry) {
            bool told = false;
            const std::string sql = "SELECT pg_try_advisory_lock(" + std::to_string(kAdvisoryKey) + ")";
            for (;;) {
                if (m_conn.scalar(sql).value_or("f") == "t") {
                    m_held = true;
                    return Result::Acquired;
                }
                if (clock::now() >= deadline)
                    return timedOut("advisory lock " + std::to_string(kAdvisoryKey));
                if (!told && options.waiting) {
                    options.waiting("waiting for another migration run to release its lock on " + m_conn.location());
                    told = true;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(options.pollIntervalMs));
            }
        }
        if (kind == Lock::NamedWait) {
            const std::string name = mysqlLockName();
            // GET_LOCK waits server-side; tell the listener first when the lock is busy right now.
            const auto free = m_conn.scalar("SELECT IS_FREE_LOCK(" + m_conn.quoteLiteral(name) + ")");
            if (free.value_or("1") == "0" && options.waiting)
                options.waiting("waiting for another migration run to release its lock on " + m_conn.location());
            const int seconds = (options.timeoutMs + 999) / 1000;
            const auto got =
                m_conn.scalar("SELECT GET_LOCK(" + m_conn.quoteLiteral(name) + ", " + std::to_string(seconds) + ")");
            if (got.value_or("0") == "1") {
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
            const std::string w = e.what();
            if (w.find("locked") != std::string::npos || w.find("busy") != std::string::npos)
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
        using Lock = sql::Capabilities::MigrationLock;
        const Lock kind = m_conn.sqlDialect().capabilities().migrationLock;
        if (kind == Lock::AdvisoryTry)
            m_conn.exec("SELECT pg_advisory_unlock(" + std::to_string(kAdvisoryKey) + ")");
        else if (kind == Lock::NamedWait)
            m_conn.exec("DO RELEASE_LOCK(" + m_conn.quoteLiteral(mysqlLockName()) + ")");
    } catch (const std::exception &) {
        // a closed session releases its locks anyway
    }
}

} // namespace sf::migrate
