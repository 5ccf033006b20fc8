#pragma once
// SqliteDialect renders operations for SQLite: INTEGER PRIMARY KEY AUTOINCREMENT, native ADD /
// RENAME / DROP COLUMN where SQLite supports them, and the documented 12-step table rebuild
// (foreign_keys off outside the transaction, copy, drop, rename, recreate indexes,
// foreign_key_check) for everything else, keeping rows, AUTOINCREMENT, keys, NOT NULL and UNIQUE.
// Table comments are not kept (changeTableComment plans no statement); a column reorder rebuilds.

#include "core/sql/dialect.h"

namespace sf::sql {

class SqliteDialect : public Dialect
{
public:
    DialectId id() const override { return DialectId::Sqlite; }
    Capabilities capabilities() const override;
    std::string quoteIdentifier(std::string_view ident) const override;
    std::string quoteLiteral(std::string_view text) const override;
    SplitRules splitRules() const override; // '' "" [] `` quotes, -- and /* */ comments, trigger bodies
    std::string renderType(const design::DataType &type) const override;
    std::string sequelizeMetaDdl() const override;
    std::string schemaForgeMetaDdl() const override;
    std::string tableExistsQuery(std::string_view table) const override;
    // sqlitesession.cpp
    std::vector<std::string> sessionTimeoutSql(int tableLockTimeoutMs, int statementTimeoutMs) const override;
    std::string transactionStatementTimeoutSql(int ms) const override;
    std::string timeLimitedSelect(const std::string &select, int ms) const override;
    std::string tableSizeQuery(std::string_view table) const override;
    ErrorKind classifyError(std::string_view sqlState, std::string_view message) const override;
    std::string userTablesQuery() const override;
    std::string foreignKeyListQuery(std::string_view table) const override;
    std::string foreignKeyViolationsQuery() const override;
    std::string booleanLiteral(bool value) const override { return value ? "1" : "0"; }

    // Name of the temporary table of a rebuild: "_sf_new_<table>".
    static std::string rebuildName(const std::string &table) { return "_sf_new_" + table; }

protected:
    Plan planOperation(const ops::Operation &op, const schema::Schema &before) const override;
    std::string sqlDefault(const std::string &expr) const override { return "(" + expr + ")"; }

private:
    std::string columnDefinition(const schema::Table &t, const schema::Column &c) const;
    std::string createTableSql(const schema::Table &t, const std::string &asName) const;
    std::string indexSql(const std::string &table, const schema::Index &ix) const;
    // The rebuild of table `from` into `to` (same name unless noted); rows of the columns in
    // `copy` (new name, old name) are carried over.
    void rebuild(Plan &p, const schema::Table &from, const schema::Table &to,
                 const std::vector<std::pair<std::string, std::string>> &copy) const;
    void rebuildFor(Plan &p, const ops::Operation &op, const schema::Schema &before, const std::string &table) const;
    // The statements of plan(op, before) as one text, "a;\nb" (a reverse that needs several).
    std::string joinedPlan(const ops::Operation &op, const schema::Schema &before) const;
};

} // namespace sf::sql
