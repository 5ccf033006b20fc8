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

SessionTimeouts::Kind SessionTimeouts::classify(const db::DbError &e)
{
    const std::string &s = e.sqlState();
    const std::string w = e.what();
    if (s == "55P03" || s == "1205" || w.find("lock timeout") != std::string::npos ||
        w.find("Lock wait timeout exceeded") != std::string::npos)
        return Kind::LockTimeout;
    if ((s == "57014" && w.find("statement timeout") != std::string::npos) || s == "1969" || s == "3024" ||
        w.find("max_statement_time exceeded") != std::string::npos)
        return Kind::StatementTimeout;
    return Kind::None;
}

std::string SessionTimeouts::blockers(db::Connection &c, const std::string &failedSql)
{
    std::string out;
    const sql::DialectId d = sql::dialectFamily(c.dialectId());
    try {
        if (d == sql::DialectId::Postgres) {
            const auto rows =
                c.query("SELECT DISTINCT c.relname, l.mode, a.pid, COALESCE(a.usename, ''), "
                        "COALESCE(a.state, ''), "
                        "COALESCE(to_char(a.xact_start, 'YYYY-MM-DD HH24:MI:SS'), ''), COALESCE(a.query, '') "
                        "FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                        "JOIN pg_stat_activity a ON a.pid = l.pid "
                        "WHERE l.granted AND l.pid <> pg_backend_pid() AND c.relkind IN ('r', 'p', 'i', 'S') "
                        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                        "ORDER BY c.relname, a.pid")
                    .rows;
            for (const auto &r : rows) {
                const std::string table = r[0].value_or("");
                if (failedSql.find(c.quoteIdentifier(table)) == std::string::npos &&
                    failedSql.find(" " + table + " ") == std::string::npos)
                    continue;
                out += "; table \"" + table + "\" is held (" + r[1].value_or("") + ") by session " +
                       r[2].value_or("?") + " (user " + r[3].value_or("") + ", " + r[4].value_or("") +
                       (r[5].value_or("").empty() ? std::string() : ", transaction since " + *r[5]) +
                       ", last query: " + shorten(r[6].value_or("")) + "; end it with SELECT pg_terminate_backend(" +
                       r[2].value_or("?") + "))";
            }
        } else if (d == sql::DialectId::MySql) {
            // Metadata locks are only listed with performance_schema on; every other session in this
            // database with an open transaction or a statement is a candidate.
            const auto rows =
                c.query("SELECT p.ID, p.USER, p.COMMAND, p.TIME, COALESCE(p.STATE, ''), COALESCE(p.INFO, ''), "
                        "COALESCE(t.trx_started, '') FROM information_schema.PROCESSLIST p "
                        "LEFT JOIN information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID "
                        "WHERE p.DB = DATABASE() AND p.ID <> CONNECTION_ID() ORDER BY p.ID")
                    .rows;
            // Sessions with an open transaction first: they hold metadata locks until they end.
            std::vector<db::Row> sorted = rows;
            std::stable_sort(sorted.begin(), sorted.end(), [](const db::Row &a, const db::Row &b) {
                return !a[6].value_or("").empty() && b[6].value_or("").empty();
            });
            int shown = 0;
            for (const auto &r : sorted) {
                if (++shown > 5)
                    break;
                const std::string trx = r[6].value_or("");
                const std::string info = r[5].value_or("");
                out += "; session " + r[0].value_or("?") + " (user " + r[1].value_or("") + ", " + r[2].value_or("") +
                       " for " + r[3].value_or("?") + " s" +
                       (trx.empty() ? std::string() : ", transaction since " + trx) +
                       (info.empty() ? std::string() : ", running: " + shorten(info)) + "; end it with KILL " +
                       r[0].value_or("?") + ")";
            }
            if (!out.empty())
                out = "; sessions in this database that may hold it" + out;
        }
    } catch (const db::DbError &) {
        // no rights to read the activity views: the timeout message stands on its own
    }
    return out;
}

} // namespace sf::migrate
