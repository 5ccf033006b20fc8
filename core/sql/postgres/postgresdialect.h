#pragma once
// PostgresDialect renders operations for PostgreSQL the way Sequelize does (SERIAL, ENUM as
// CREATE TYPE "enum_<table>_<column>", ALTER COLUMN ... TYPE ... USING, COMMENT ON), with
// transactional DDL.

#include "core/sql/dialect.h"

namespace sf::sql {

class PostgresDialect : public Dialect
{
public:
    DialectId id() const override { return DialectId::Postgres; }
    Capabilities capabilities() const override;
    std::string quoteIdentifier(std::string_view ident) const override;
    std::string quoteLiteral(std::string_view text) const override;
    // '...' with '' doubled, or E'...' with backslash escapes (a server without standard_conforming_strings).
    std::optional<std::string> readStringLiteral(std::string_view text, size_t *length = nullptr) const override;
    std::string renderType(const design::DataType &type) const override;
    std::string sequelizeMetaDdl() const override;
    std::string schemaForgeMetaDdl() const override;
    std::string tableExistsQuery(std::string_view table) const override;
    // postgressession.cpp
    std::vector<std::string> sessionTimeoutSql(int tableLockTimeoutMs, int statementTimeoutMs) const override;
    std::string transactionStatementTimeoutSql(int ms) const override;
    std::string timeLimitedSelect(const std::string &select, int ms) const override;
    std::string tableSizeQuery(std::string_view table) const override;
    ErrorKind classifyError(std::string_view sqlState, std::string_view message) const override;
    std::string lockHoldersQuery() const override;
    std::string endSessionSql(std::string_view id) const override;
    // One advisory key for every database: advisory locks are per database already.
    std::string migrationLockName(std::string_view database) const override;
    std::string migrationLockQuery(std::string_view name, int waitSeconds) const override;
    std::string migrationLockReleaseSql(std::string_view name) const override;
    static constexpr long long kMigrationLockKey = 0x5346'6d69'6772'6174LL; // "SFmigrat"

    // Column type in a table: the named enum type for ENUM, SERIAL/BIGSERIAL when auto-increment.
    std::string columnType(const std::string &table, const schema::Column &c, bool serial) const;
    static std::string enumTypeName(const std::string &table, const std::string &column);
    static std::string primaryKeyName(const std::string &table);

protected:
    Plan planOperation(const ops::Operation &op, const schema::Schema &before) const override;

private:
    std::string columnDefinition(const std::string &table, const schema::Column &c) const;
    void createTable(Plan &p, const schema::Table &t) const;
    void dropTable(Plan &p, const schema::Table &t) const;
    void addColumn(Plan &p, const schema::Table &t, const ops::AddColumn &o) const;
    void removeColumn(Plan &p, const schema::Table &t, const ops::RemoveColumn &o) const;
    void changeColumn(Plan &p, const ops::ChangeColumn &o) const;
    void setPrimaryKey(Plan &p, const std::string &table, const std::vector<std::string> &from,
                       const std::vector<std::string> &to) const;
    std::string createEnum(const std::string &table, const schema::Column &c) const;
    std::string commentOn(const std::string &table, const std::string &column, const std::string &comment) const;
};

} // namespace sf::sql
