#pragma once
// MysqlDialect renders operations for MySQL / MariaDB the way Sequelize's mysql dialect does
// (backticks, ENGINE=InnoDB, inline ENUM, MODIFY, RENAME COLUMN, CHAR(36) BINARY for UUID,
// TINYINT(1) for BOOLEAN); DDL commits implicitly, so every statement carries its own reverse.

#include "core/sql/dialect.h"

namespace sf::sql {

// What the session's sql_mode changes about SQL text (read by the connection when it opens).
struct MysqlSqlMode {
    bool noBackslashEscapes = false; // NO_BACKSLASH_ESCAPES: '\' is an ordinary character in literals
};

class MysqlDialect : public Dialect
{
public:
    explicit MysqlDialect(DialectId id = DialectId::MySql, MysqlSqlMode sqlMode = {}) : m_id(id), m_sqlMode(sqlMode) {}

    DialectId id() const override { return m_id; } // MySql or MariaDb
    Capabilities capabilities() const override;
    std::string quoteIdentifier(std::string_view ident) const override;
    // Doubles the quote, and the backslash unless NO_BACKSLASH_ESCAPES is on.
    std::string quoteLiteral(std::string_view text) const override;
    std::optional<std::string> readStringLiteral(std::string_view text, size_t *length = nullptr) const override;
    SplitRules splitRules() const override; // backslash escapes per sql_mode, # comments
    std::string renderType(const design::DataType &type) const override;
    std::string sequelizeMetaDdl() const override;
    std::string schemaForgeMetaDdl() const override;
    std::string schemaForgeJournalDdl() const override;
    std::string tableExistsQuery(std::string_view table) const override;
    // mysqlsession.cpp
    std::vector<std::string> sessionTimeoutSql(int tableLockTimeoutMs, int statementTimeoutMs) const override;
    std::string transactionStatementTimeoutSql(int ms) const override;
    std::string timeLimitedSelect(const std::string &select, int ms) const override;
    std::string tableSizeQuery(std::string_view table) const override;
    ErrorKind classifyError(std::string_view sqlState, std::string_view message) const override;
    std::string lockHoldersQuery() const override;
    std::string endSessionSql(std::string_view id) const override;
    std::string currentDatabaseQuery() const override;
    std::string migrationLockName(std::string_view database) const override; // GET_LOCK is server-wide
    std::string migrationLockQuery(std::string_view name, int waitSeconds) const override;
    std::string migrationLockBusyQuery(std::string_view name) const override;
    std::string migrationLockReleaseSql(std::string_view name) const override;

    // True when InnoDB creates an index named after foreign key fk of t (no other index of t starts
    // with its columns); removing the key then drops that index too, so down/up round trips match
    // a fresh schema.
    static bool hasImplicitIndex(const schema::Table &t, const schema::ForeignKey &fk);

protected:
    Plan planOperation(const ops::Operation &op, const schema::Schema &before) const override;

private:
    std::string columnDefinition(const schema::Column &c) const;
    std::string createTableSql(const schema::Table &t) const;
    std::string indexSql(const std::string &table, const schema::Index &ix) const;
    std::string placement(const schema::Table &t, int position) const; // " FIRST" | " AFTER `x`" | ""
    void reorder(Plan &p, const schema::Table &t, const std::vector<std::string> &to) const;
    DialectId m_id;
    MysqlSqlMode m_sqlMode;
};

} // namespace sf::sql
