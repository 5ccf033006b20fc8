#include "core/sql/postgres/pgconnection.h"

#include "core/db/connectfailure.h"
#include "core/db/dberror.h"

#include <pqxx/pqxx>

namespace sf::db {

struct PgConnection::Impl {
    explicit Impl(const std::string &ci) : conn(ci) {}
    pqxx::connection conn;
};

namespace {

std::string conninfoValue(const std::string &v)
{
    std::string out("'");
    for (char c : v) {
        if (c == '\'' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('\'');
    return out;
}

std::string trimMessage(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

} // namespace

std::string PgConnection::conninfo(const ConnectionUrl &url, int timeoutSeconds)
{
    std::string ci;
    auto add = [&](const char *key, const std::string &value) {
        if (!value.empty())
            ci += std::string(ci.empty() ? "" : " ") + key + "=" + conninfoValue(value);
    };
    add("host", url.host.empty() ? url.param("host") : url.host);
    if (url.port)
        add("port", std::to_string(url.port));
    add("user", url.user);
    add("password", url.password);
    add("dbname", url.database);
    add("connect_timeout", url.param("connect_timeout", std::to_string(timeoutSeconds)));
    add("application_name", url.param("application_name", "schemaforge"));
    for (const char *k : {"sslmode", "sslrootcert", "sslcert", "sslkey", "options", "target_session_attrs"})
        add(k, url.param(k));
    return ci;
}

PgConnection::PgConnection(const ConnectionUrl &url, int timeoutSeconds)
    : m_location(url.location()), m_password(url.password)
{
    try {
        m_conn = std::make_unique<Impl>(conninfo(url, timeoutSeconds));
    } catch (const std::exception &e) {
        throw DbError(ConnectFailure::describe(url, e.what()), {}, true);
    }
    // Never reconnect behind the executor's back: a statement after a lost connection must fail,
    // not run outside the transaction it belonged to.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    m_conn->conn.inhibit_reactivation(true);
#pragma GCC diagnostic pop
    const int v = m_conn->conn.server_version();
    m_server = "PostgreSQL " + std::to_string(v / 10000) + "." + std::to_string(v % 10000);
    // PostgresDialect quotes literals the standard way (a backslash is itself); make sure the server agrees.
    exec("SET client_min_messages = warning; SET standard_conforming_strings = on");
}

PgConnection::~PgConnection()
{
    close();
}

void PgConnection::rethrow(const std::string &sql)
{
    try {
        throw;
    } catch (const pqxx::broken_connection &e) {
        throw DbError("lost the connection to PostgreSQL at " + m_location + ": " +
                          ConnectFailure::scrub(trimMessage(e.what()), m_password),
                      "08006", true);
    } catch (const pqxx::sql_error &e) {
        std::string msg = trimMessage(e.what());
        const bool lost = e.sqlstate().rfind("08", 0) == 0 || e.sqlstate() == "57P01";
        throw DbError(ConnectFailure::scrub(msg, m_password), e.sqlstate(), lost || !isOpen());
    } catch (const DbError &) {
        throw;
    } catch (const std::exception &e) {
        (void)sql;
        throw DbError(ConnectFailure::scrub(trimMessage(e.what()), m_password), {}, !isOpen());
    }
}

void PgConnection::exec(const std::string &sql)
{
    if (!m_conn)
        throw DbError("the PostgreSQL connection is closed", "08003", true);
    try {
        pqxx::nontransaction tx(m_conn->conn);
        tx.exec(sql);
    } catch (...) {
        rethrow(sql);
    }
}

QueryResult PgConnection::query(const std::string &sql)
{
    if (!m_conn)
        throw DbError("the PostgreSQL connection is closed", "08003", true);
    QueryResult out;
    try {
        pqxx::nontransaction tx(m_conn->conn);
        const pqxx::result r = tx.exec(sql);
        const auto cols = static_cast<size_t>(r.columns());
        for (size_t c = 0; c < cols; ++c)
            out.columns.emplace_back(r.column_name(static_cast<pqxx::row::size_type>(c)));
        out.rows.reserve(r.size());
        for (const auto &row : r) {
            Row values;
            values.reserve(cols);
            for (const auto &f : row)
                values.push_back(f.is_null() ? Value() : Value(std::string(f.c_str(), f.size())));
            out.rows.push_back(std::move(values));
        }
    } catch (...) {
        rethrow(sql);
    }
    return out;
}

void PgConnection::begin()
{
    exec("BEGIN");
    m_inTransaction = true;
}

void PgConnection::commit()
{
    m_inTransaction = false;
    exec("COMMIT");
}

void PgConnection::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    try {
        exec("ROLLBACK");
    } catch (const DbError &) {
        // a lost connection rolls back by itself
    }
}

bool PgConnection::isOpen() const
{
    return m_conn && m_conn->conn.is_open();
}

void PgConnection::close()
{
    if (!m_conn)
        return;
    try {
        m_conn->conn.disconnect();
    } catch (...) {
    }
    m_conn.reset();
}

} // namespace sf::db
