#pragma once
// Connection is one open database session (PostgreSQL, MySQL/MariaDB or SQLite); owned by its creator
// (unique_ptr from openConnection) and used from one thread only: the one that opened it.
// Every call except close() throws sf::db::DbError on failure.

#include "core/sql/dialectid.h"

#include <optional>
#include <string>
#include <vector>

namespace sf::sql {
class Dialect;
} // namespace sf::sql

namespace sf::db {

using Value = std::optional<std::string>; // nullopt is SQL NULL
using Row = std::vector<Value>;

struct QueryResult {
    std::vector<std::string> columns;
    std::vector<Row> rows;
};

class Connection
{
public:
    virtual ~Connection() = default;

    // Runs `sql` (one statement, or several separated by ';' where the dialect allows) and drops results.
    virtual void exec(const std::string &sql) = 0;
    // Runs one query and returns every row, each value as text or NULL.
    virtual QueryResult query(const std::string &sql) = 0;
    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0; // never throws when no transaction is open
    virtual bool inTransaction() const = 0;

    // The database of this session, MariaDB told from MySQL by the server's version when it opened.
    sql::DialectId dialectId() const;
    // sql::projectDialectName(dialectId()): the project dialect name (MariaDB is mysql), for data
    // and messages; behaviour asks dialectId() or sqlDialect().capabilities().
    std::string dialect() const;
    virtual std::string serverDescription() const = 0; // e.g. "PostgreSQL 15.5", "MariaDB 10.11.6", "SQLite 3.40.1"
    virtual std::string location() const = 0;          // host:port/database or file, no password
    virtual bool isOpen() const = 0;
    virtual void close() = 0;

    // The dialect of this session (MySQL/MariaDB: with the sql_mode read when it opened, so literals
    // are quoted the way this server reads them); the one place SQL text is quoted and split.
    virtual const sql::Dialect &sqlDialect() const = 0;
    // Shorthands for sqlDialect().quoteIdentifier / quoteLiteral (throw sql::UnwritableValue on NUL).
    std::string quoteIdentifier(const std::string &name) const;
    std::string quoteLiteral(const std::string &value) const;
    // Convenience: first column of the first row, or nullopt.
    std::optional<std::string> scalar(const std::string &sql);
};

} // namespace sf::db
