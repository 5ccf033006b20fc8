// Linter: lock level, rewrite/scan and risky patterns of each pending operation.
#include "core/lint/linter.h"

#include "core/db/dberror.h"
#include "core/lint/locklevels.h"
#include "core/lint/tablestats.h"
#include "core/ops/describe.h"
#include "core/ops/replay.h"
#include "core/sql/dialect.h"

#include <memory>
#include <set>

namespace sf::lint {

const char *toString(Severity s)
{
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "info";
}

namespace {

std::string dq(const std::string &s)
{
    return "\"" + s + "\"";
}

class Run
{
public:
    Run(const LintOptions &o, const sql::Dialect &d) : m_o(o), m_d(d)
    {
        if (o.connection)
            m_stats = std::make_unique<TableStats>(*o.connection);
    }

    std::vector<Finding> out;

    void operation(const std::string &id, int k, const ops::Operation &op, const schema::Schema &before)
    {
        const std::string table = std::holds_alternative<ops::RawSql>(op) ? std::string() : ops::tableOf(op);
        const LockInfo lock = LockLevels::of(op, before, m_o.dialect);
        m_id = id;
        m_k = k;
        m_table = table;
        m_size = sizeOf(table);
        // The lock finding: what every operation on an existing table takes, with live sizes.
        if (!lock.lock.empty() && (!m_o.connection || m_size.exists)) {
            Finding f = base("lock", Severity::Info, lock);
            f.message = where() + ops::describe(op) + ": " + lock.summary + on();
            out.push_back(f);
        }
        std::visit([&](const auto &o) { rules(o, lock, before); }, op);
    }

private:
    const LintOptions &m_o;
    const sql::Dialect &m_d;
    std::unique_ptr<TableStats> m_stats;
    std::set<std::string> m_created; // tables created by the pending migrations: empty when they run
    std::string m_id;
    int m_k = -1;
    std::string m_table;
    TableSize m_size;

    bool pg() const { return m_d.id() == sql::DialectId::Postgres; }
    bool mysql() const { return sql::isMySqlFamily(m_d.id()); }

    TableSize sizeOf(const std::string &table)
    {
        if (!m_stats || table.empty() || m_created.count(table))
            return {};
        return m_stats->of(table);
    }
    // Rules about data fire where the table has rows; offline (no connection) they fire as "if".
    bool hasRows() const { return !m_created.count(m_table) && (!m_o.connection || m_size.rows > 0); }
    std::string on() const
    {
        if (!m_o.connection)
            return "";
        return m_size.exists ? " (" + TableStats::describe(m_size) + ")" : std::string(" (new table)");
    }
    std::string where() const { return (m_id.empty() ? std::string("design change") : m_id) + ": "; }
    std::string ifRows() const { return m_o.connection ? std::string() : " if " + dq(m_table) + " has rows"; }

    Finding base(const char *rule, Severity s, const LockInfo &lock) const
    {
        Finding f;
        f.severity = s;
        f.rule = rule;
        f.migrationId = m_id;
        f.operation = m_k;
        f.table = m_table;
        f.lock = lock.lock;
        f.rewrites = lock.rewrites;
        f.scans = lock.scans;
        if (m_o.connection && m_size.exists) {
            f.rows = m_size.rows;
            f.bytes = m_size.bytes;
        }
        return f;
    }
    void add(const char *rule, Severity s, const LockInfo &lock, std::string message, std::string fix = {})
    {
        Finding f = base(rule, s, lock);
        f.message = where() + std::move(message);
        f.fix = std::move(fix);
        out.push_back(std::move(f));
    }
    long long count(const std::string &sql) const
    {
        if (!m_o.connection || !m_size.exists)
            return 0;
        try {
            return std::stoll(m_o.connection->scalar(sql).value_or("0"));
        } catch (const std::exception &) {
            return 0;
        }
    }
    std::string q(const std::string &s) const { return m_d.quoteIdentifier(s); }
    std::string rewriteText(const LockInfo &lock) const
    {
        return "rewrites " + dq(m_table) + on() + " under " + lock.lock;
    }

    void rules(const ops::CreateTable &o, const LockInfo &, const schema::Schema &) { m_created.insert(o.table.name); }
    void rules(const ops::DropTable &, const LockInfo &lock, const schema::Schema &)
    {
        if (hasRows())
            add("drop-table", Severity::Warning, lock,
                "drops table " + dq(m_table) + on() + " and every row in it" + ifRows(),
                "back the data up first; drop it in a release after the application stopped using it");
    }
    void rules(const ops::RenameTable &o, const LockInfo &lock, const schema::Schema &)
    {
        if (hasRows())
            add("rename", Severity::Warning, lock,
                "renames table " + dq(o.from) + on() + " to " + dq(o.to) +
                    ": a running application that still reads the old name fails",
                "expand/contract: create the new table (or a view), copy and switch the application, drop "
                "the old one "
                "in a later release");
        m_created.erase(o.from);
    }
    void rules(const ops::AddColumn &o, const LockInfo &lock, const schema::Schema &)
    {
        const auto &c = o.column;
        if (!c.nullable && !c.autoIncrement && !c.defaultValue.isDatabaseDefault() && hasRows())
            add("not-null-without-default", m_o.connection ? Severity::Error : Severity::Warning, lock,
                "adds NOT NULL column " + dq(c.name) + " without a default to " + dq(m_table) + on() + ifRows() + ": " +
                    (mysql() ? "MySQL/MariaDB fill it with an implicit '' or 0" : "the statement fails"),
                "give it a default, or add it NULL, backfill in batches, then make it NOT NULL");
        if (lock.rewrites && pg() && hasRows()) // elsewhere the lock finding says "rebuild"/"COPY"
            add("type-rewrite", Severity::Warning, lock, "adding " + dq(c.name) + " " + rewriteText(lock) + ifRows(),
                "add the column without a volatile default, backfill in batches, then set the default");
    }
    void rules(const ops::RemoveColumn &o, const LockInfo &lock, const schema::Schema &)
    {
        if (hasRows())
            add("drop-column", Severity::Warning, lock,
                "drops column " + dq(o.column.name) + " of " + dq(m_table) + on() + ifRows() +
                    ": its data is lost, and a running application that still reads it fails",
                "expand/contract: stop reading the column in one release, drop it in the next");
    }
    void rules(const ops::RenameColumn &o, const LockInfo &lock, const schema::Schema &)
    {
        if (hasRows())
            add("rename", Severity::Warning, lock,
                "renames column " + dq(o.from) + " of " + dq(m_table) + on() + " to " + dq(o.to) +
                    ": a running application that still reads the old name fails",
                "expand/contract: add the new column, backfill, switch the application, drop the old one "
                "later");
    }
    void rules(const ops::ChangeColumn &o, const LockInfo &lock, const schema::Schema &)
    {
        if (o.from.type != o.to.type && lock.rewrites && hasRows())
            add("type-rewrite", Severity::Warning, lock,
                "changing " + dq(o.to.name) + " from " + o.from.type.toString() + " to " + o.to.type.toString() + " " +
                    rewriteText(lock) + ifRows(),
                "expand/contract: add a column of the new type, backfill in batches, switch, drop the old "
                "one");
        if (o.from.type != o.to.type && o.to.type.isText() && o.from.type.isText() && o.to.type.length &&
            m_size.rows > 0) {
            const long long longer = count("SELECT COUNT(*) FROM " + q(m_table) + " WHERE CHAR_LENGTH(" + q(o.to.name) +
                                           ") > " + std::to_string(*o.to.type.length));
            if (longer > 0)
                add("narrowing", Severity::Error, lock,
                    std::to_string(longer) + " row(s) of " + dq(m_table) + " hold " + dq(o.to.name) +
                        " values longer than " + o.to.type.toString() +
                        " allows; the migration is refused (PostgreSQL would cut them)",
                    "shorten those values first, or keep the wider type");
        }
        if (o.from.nullable && !o.to.nullable && hasRows()) {
            const long long nulls = count("SELECT COUNT(*) FROM " + q(m_table) + " WHERE " + q(o.to.name) + " IS NULL");
            add("set-not-null", nulls > 0 ? Severity::Error : Severity::Warning, lock,
                "makes " + dq(o.to.name) + " NOT NULL: scans " + dq(m_table) + on() + " under " + lock.lock + ifRows() +
                    (nulls > 0 ? "; " + std::to_string(nulls) + " row(s) hold NULL and make it fail" : std::string()),
                pg() ? "add CHECK (" + o.to.name +
                           " IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL "
                           "(PostgreSQL 12+ skips the scan)"
                     : "backfill the NULLs in batches first");
        }
    }
    void rules(const ops::AddIndex &o, const LockInfo &lock, const schema::Schema &)
    {
        if (pg() && hasRows())
            add("index-not-concurrent", Severity::Warning, lock,
                "builds index " + dq(o.index.name) + " on " + dq(m_table) + on() + " under " + lock.lock +
                    ": writes to the table wait until the build ends" + ifRows(),
                "schemaforge-cli migrate --online builds it CONCURRENTLY outside the migration's transaction "
                "(a failed build's INVALID index is dropped again)");
        if (o.index.unique)
            duplicates(o.index.columns, lock);
    }
    void rules(const ops::AddUnique &o, const LockInfo &lock, const schema::Schema &)
    {
        if (hasRows())
            add("unique-on-rows", Severity::Warning, lock,
                "adds unique constraint " + dq(o.unique.name) + ": scans " + dq(m_table) + on() + " under " +
                    lock.lock + ifRows() + " and fails on duplicates",
                pg() ? "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX"
                     : "check for duplicates first");
        duplicates(o.unique.columns, lock);
    }
    void rules(const ops::AddForeignKey &o, const LockInfo &lock, const schema::Schema &)
    {
        if (hasRows())
            add("foreign-key-not-valid", Severity::Warning, lock,
                "adds foreign key " + dq(o.foreignKey.name) + ": validates every row of " + dq(m_table) + on() +
                    " under " + lock.lock + (pg() ? " on both tables" : "") + ifRows(),
                pg() ? "ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT (takes only SHARE UPDATE "
                       "EXCLUSIVE; schemaforge-cli migrate --online does both)"
                     : "add it while the table is small, or in a maintenance window");
    }
    void rules(const ops::RawSql &, const LockInfo &lock, const schema::Schema &)
    {
        add("raw-sql", Severity::Warning, lock, "raw SQL: its locks and cost are unknown to SchemaForge",
            "review it; set a lock timeout for the migration");
    }
    template <class T> void rules(const T &, const LockInfo &, const schema::Schema &) {}

    void duplicates(const std::vector<std::string> &columns, const LockInfo &lock)
    {
        if (!m_o.connection || m_size.rows <= 0 || columns.empty())
            return;
        std::string cols;
        for (const auto &c : columns)
            cols += (cols.empty() ? "" : ", ") + q(c);
        const long long dups = count("SELECT COUNT(*) FROM (SELECT 1 FROM " + q(m_table) + " GROUP BY " + cols +
                                     " HAVING COUNT(*) > 1) d");
        if (dups > 0)
            add("unique-on-rows", Severity::Error, lock,
                std::to_string(dups) + " value(s) of (" + cols + ") occur more than once in " + dq(m_table) +
                    ": the unique constraint fails",
                "remove the duplicates first");
    }
};

} // namespace

std::vector<Finding> Linter::lint(const std::vector<LintMigration> &pending, const schema::Schema &before,
                                  const LintOptions &options)
{
    const auto d = sql::makeDialect(options.dialect);
    if (!d)
        return {};
    Run run(options, *d);
    schema::Schema state = before;
    for (const auto &m : pending) {
        for (size_t k = 0; k < m.operations.size(); ++k) {
            run.operation(m.id, static_cast<int>(k), m.operations[k], state);
            ops::tryApply(state, m.operations[k]);
        }
    }
    return std::move(run.out);
}

bool Linter::hasErrors(const std::vector<Finding> &findings)
{
    for (const auto &f : findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}

} // namespace sf::lint
