#pragma once
// MysqlDialect renders operations for MySQL / MariaDB the way Sequelize's mysql dialect does
// (backticks, ENGINE=InnoDB, inline ENUM, MODIFY, RENAME COLUMN, CHAR(36) BINARY for UUID,
// TINYINT(1) for BOOLEAN); DDL commits implicitly, so every statement carries its own reverse.

#include "core/sql/dialect.h"

namespace sf::sql {

class MysqlDialect : public Dialect
{
public:
    explicit MysqlDialect(std::string name = "mysql") : m_name(std::move(name)) {}

    std::string name() const override { return m_name; }
    Capabilities capabilities() const override;
    std::string quoteIdentifier(std::string_view ident) const override;
    std::string quoteLiteral(std::string_view text) const override;
    std::string renderType(const design::DataType &type) const override;
    Plan plan(const ops::Operation &op, const schema::Schema &before) const override;

    // True when InnoDB creates an index named after foreign key fk of t (no other index of t starts
    // with its columns); removing the key then drops that index too, so down/up round trips match
    // a fresh schema.
    static bool hasImplicitIndex(const schema::Table &t, const schema::ForeignKey &fk);

private:
    std::string columnDefinition(const schema::Column &c) const;
    std::string createTableSql(const schema::Table &t) const;
    std::string indexSql(const std::string &table, const schema::Index &ix) const;
    std::string placement(const schema::Table &t, int position) const; // " FIRST" | " AFTER `x`" | ""
    void reorder(Plan &p, const schema::Table &t, const std::vector<std::string> &to) const;
    std::string m_name;
};

} // namespace sf::sql
