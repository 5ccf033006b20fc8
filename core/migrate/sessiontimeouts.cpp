// SessionTimeouts: lock and statement timeouts per migration, and who blocks when one fires.
#include "core/migrate/sessiontimeouts.h"

#include "core/sql/dialect.h"

#include <algorithm>

namespace sf::migrate {

namespace {

std::string shorten(std::string s, size_t n = 160)
{
    std::replace(s.begin(), s.end(), '\n', ' ');
    if (s.size() > n)
        s = s.substr(0, n) + "...";
    return s;
}

} // namespace

std::vector<std::string> SessionTimeouts::setStatements(db::Connection &c, const TimeoutOptions &o)
{
    return c.sqlDialect().sessionTimeoutSql(o.tableLockTimeoutMs, o.statementTimeoutMs);
}

SessionTimeouts::Kind SessionTimeouts::classify(const sql::Dialect &dialect, const db::DbError &e)
{
    switch (dialect.classifyError(e.sqlState(), e.what())) {
    case sql::ErrorKind::LockTimeout:
        return Kind::LockTimeout;
    case sql::ErrorKind::StatementTimeout:
        return Kind::StatementTimeout;
    case sql::ErrorKind::Busy: // SQLite's write lock: MigrationLock's timeout, not a table lock
    case sql::ErrorKind::Other:
        return Kind::None;
    }
    return Kind::None;
}

std::string SessionTimeouts::blockers(db::Connection &c, const std::string &failedSql)
{
    const sql::Dialect &d = c.sqlDialect();
    const std::string holders = d.lockHoldersQuery();
    if (holders.empty())
        return {};
    std::string named;
    std::string candidates;
    try {
        int shown = 0;
        for (const auto &r : c.query(holders).rows) {
            // table, lock mode, session, user, state, transaction start, last query
            const std::string table = r[0].value_or("");
            const std::string session = r[2].value_or("?");
            const std::string state = r[4].value_or("");
            const std::string since = r[5].value_or("");
            const std::string end = d.endSessionSql(session);
            const std::string lastQuery = r[6].value_or("");
            auto detail = [&](const std::string &mode, const char *queryLabel) {
                return "(user " + r[3].value_or("") + mode + (state.empty() ? std::string() : ", " + state) +
                       (since.empty() ? std::string() : ", transaction since " + since) +
                       (lastQuery.empty() ? std::string() : std::string(", ") + queryLabel + shorten(lastQuery)) +
                       (end.empty() ? std::string() : "; end it with " + end) + ")";
            };
            if (!table.empty()) {
                // The server named the table: only the ones the failed statement touches matter.
                if (failedSql.find(c.quoteIdentifier(table)) == std::string::npos &&
                    failedSql.find(" " + table + " ") == std::string::npos)
                    continue;
                named += "; table \"" + table + "\" is held (" + r[1].value_or("") + ") by session " + session + " " +
                         detail("", "last query: ");
            } else if (++shown <= 5) {
                candidates += "; session " + session + " " + detail(", " + r[1].value_or(""), "running: ");
            }
        }
    } catch (const db::DbError &) {
        // no rights to read the activity views: the timeout message stands on its own
    }
    if (!candidates.empty())
        candidates = "; sessions in this database that may hold it" + candidates;
    return named + candidates;
}

} // namespace sf::migrate
