#pragma once
// Dialect is one SQL dialect (PostgreSQL, MySQL/MariaDB, SQLite): identifier quoting, literal
// escaping, Sequelize's type mapping, capabilities, and the planner that turns operations into
// Statements. Every identifier goes through quoteIdentifier and every literal through quoteLiteral.

#include "core/ops/operation.h"
#include "core/sql/dialectid.h"
#include "core/sql/statement.h"
#include "core/sql/statementsplitter.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sf::sql {

// Thrown when an operation cannot be planned against the given schema (missing table, bad
// ON DELETE action, ...); the message names the operation.
class PlanError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Thrown by quoteIdentifier / quoteLiteral for text no SQL literal can carry (a NUL byte), and by
// plan(), which checks every value of an operation first (on MySQL/MariaDB also characters outside
// the Basic Multilingual Plane in definitions) and names where it is (see WritableCheck).
class UnwritableValue : public PlanError
{
public:
    using PlanError::PlanError;
};

// What a server error is, as far as waiting goes (Dialect::classifyError): a table lock wait or a
// statement time limit that ran out, or (SQLite) the busy timeout on the database's write lock.
enum class ErrorKind { Other, LockTimeout, StatementTimeout, Busy };

class Dialect
{
public:
    virtual ~Dialect();

    virtual DialectId id() const = 0;
    std::string name() const { return std::string(dialectName(id())); } // for messages and serialisation
    virtual Capabilities capabilities() const = 0;
    // The only place identifiers and literals become SQL text. Both throw UnwritableValue on a NUL byte.
    virtual std::string quoteIdentifier(std::string_view ident) const = 0;
    virtual std::string quoteLiteral(std::string_view text) const = 0;
    // Reads back the string literal at the start of `text` as this database's catalogue prints it
    // (a column default, an ENUM value): the value, and in *length how many characters it took;
    // nullopt when `text` does not start with a string literal. The inverse of quoteLiteral for
    // catalogue output, which is not always what quoteLiteral wrote (MariaDB prints \n for a newline).
    virtual std::optional<std::string> readStringLiteral(std::string_view text, size_t *length = nullptr) const;
    // The migration history tables: SequelizeMeta byte for byte as sequelize-cli creates it, and
    // SchemaForgeMeta; and a query returning a row when `table` exists in the current schema.
    virtual std::string sequelizeMetaDdl() const = 0;
    virtual std::string schemaForgeMetaDdl() const = 0;
    // SchemaForgeJournal: the statements of the migration now running (migrate::Journal).
    virtual std::string schemaForgeJournalDdl() const;
    virtual std::string tableExistsQuery(std::string_view table) const = 0;

    // Session SQL (each dialect folder's <name>session.cpp). The statements that bound lock waits
    // and statement run time for one migration (0 keeps the server's setting); empty where the
    // database has no such setting.
    virtual std::vector<std::string> sessionTimeoutSql(int tableLockTimeoutMs, int statementTimeoutMs) const = 0;
    // A statement limiting the current transaction's statements to `ms` (SET LOCAL), or "" when
    // the limit is part of the query itself (timeLimitedSelect) or the database has none.
    virtual std::string transactionStatementTimeoutSql(int ms) const = 0;
    // `select` (a SELECT) made to give up after `ms` where the database can say so in the query.
    virtual std::string timeLimitedSelect(const std::string &select, int ms) const = 0;
    // A query returning one row (estimated rows, bytes) for `table` from the catalogue, or "" when
    // the database keeps no estimate (then tableExistsQuery and COUNT(*) answer).
    virtual std::string tableSizeQuery(std::string_view table) const = 0;
    // What a server error says about waiting, from its SQLSTATE / error number and text.
    virtual ErrorKind classifyError(std::string_view sqlState, std::string_view message) const = 0;
    // The other sessions that may hold a lock a statement waits for, one row each with the columns
    // table ("" when the server does not say which), lock mode, session id, user, state, transaction
    // start, last query; "" where the database cannot tell. endSessionSql(id) ends one of them.
    virtual std::string lockHoldersQuery() const { return {}; }
    virtual std::string endSessionSql(std::string_view) const { return {}; }

    // The migration lock, driven by MigrationLock as capabilities().migrationLock says (SQLite's is
    // BEGIN IMMEDIATE and uses none of these). The lock's name given the current database (read with
    // currentDatabaseQuery where the lock is server-wide), the query taking it that answers "1" when
    // taken (waiting up to waitSeconds where the server waits), the query answering "0" while another
    // session holds it ("" where there is none), and the statement releasing it.
    virtual std::string currentDatabaseQuery() const { return {}; }
    virtual std::string migrationLockName(std::string_view) const { return {}; }
    virtual std::string migrationLockQuery(std::string_view, int) const { return {}; }
    virtual std::string migrationLockBusyQuery(std::string_view) const { return {}; }
    virtual std::string migrationLockReleaseSql(std::string_view) const { return {}; }
    // The catalogue queries that check a database after code we do not control changed it with
    // foreign key enforcement off: every user table (one column: name), each foreign key of `table`
    // (columns: referenced table, column, referenced column, ON UPDATE, ON DELETE), and the rows
    // violating a foreign key (table, rowid, referenced table). "" where the database has no such check.
    virtual std::string userTablesQuery() const { return {}; }
    virtual std::string foreignKeyListQuery(std::string_view) const { return {}; }
    virtual std::string foreignKeyViolationsQuery() const { return {}; }

    // How statement text is split on top-level ';' (StatementSplitter) on this database.
    virtual SplitRules splitRules() const { return {}; }
    std::vector<std::string> splitStatements(std::string_view sql) const;
    // The column type Sequelize emits for this dialect (README 3.1). PostgreSQL ENUM columns use a
    // named type; see columnType.
    virtual std::string renderType(const design::DataType &type) const = 0;

    // Statements for one operation applied to `before` (sourceOperation = -1). Throws PlanError
    // (UnwritableValue, naming where, when a value cannot be written as SQL: see WritableCheck).
    Plan plan(const ops::Operation &op, const schema::Schema &before) const;

    // Statements for a list applied in order from `before` (replaying as it goes); sourceOperation
    // is the index in ops. SQLite's BeforeTransaction / AfterTransaction statements are hoisted to
    // the start / end once. Throws PlanError (or ops::ReplayError when ops do not fit `before`).
    Plan planAll(const std::vector<ops::Operation> &ops, const schema::Schema &before) const;
    // The down plan of ops applied to `before`: inverse operations in reverse order, planned from
    // the state after ops. sourceOperation indexes the original list.
    Plan planDown(const std::vector<ops::Operation> &ops, const schema::Schema &before) const;
    // Full CREATE script of a schema (tables in order; foreign keys to later tables added at the end).
    std::vector<Statement> createScript(const schema::Schema &s) const;
    // TRUE / FALSE as this database writes a boolean value (1 / 0 where BOOLEAN is a number).
    virtual std::string booleanLiteral(bool value) const;

protected:
    // plan() for one operation whose values are known to be writable.
    virtual Plan planOperation(const ops::Operation &op, const schema::Schema &before) const = 0;
    // quoteLiteral / readStringLiteral of the SQL standard: '' is a quote, a backslash is itself.
    static std::string quoteStandardLiteral(std::string_view text);
    static std::optional<std::string> readStandardLiteral(std::string_view text, size_t *length);
    // "x" with "" doubled, the quote character q around it.
    static std::string quoteWith(std::string_view ident, char q);
    std::string columnList(const std::vector<std::string> &cols) const;
    std::string foreignKeyClause(const schema::ForeignKey &fk) const;  // CONSTRAINT .. FOREIGN KEY ..
    std::string uniqueClause(const schema::UniqueConstraint &u) const; // CONSTRAINT .. UNIQUE (..)
    // " DEFAULT <value>" or "" (NOW and UUIDV4 are JavaScript-side, never database defaults).
    std::string defaultClause(const schema::Column &c) const;
    virtual std::string sqlDefault(const std::string &expr) const { return expr; }
    static const schema::Table &tableIn(const schema::Schema &s, const std::string &name, const ops::Operation &op);
};

// The one factory of dialect objects (MySQL/MariaDB with the default sql_mode).
std::unique_ptr<Dialect> makeDialect(DialectId id);
// makeDialect(id)->capabilities(), made once per id (cheap to ask in loops).
const Capabilities &capabilitiesOf(DialectId id);
// makeDialect(dialectIdFromName(name)); nullptr for a name that is no dialect.
std::unique_ptr<Dialect> makeDialect(std::string_view name);

} // namespace sf::sql
