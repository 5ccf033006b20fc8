// DataGuard: which data questions each operation of a migration must ask before it runs.
#include "core/migrate/dataguard.h"

#include "core/db/dberror.h"
#include "core/ops/inverse.h"
#include "core/ops/replay.h"
#include "core/sql/dialect.h"

#include <set>

namespace sf::migrate {

namespace {

using design::TypeKind;

bool textual(TypeKind k)
{
    return k == TypeKind::String || k == TypeKind::Char || k == TypeKind::Text;
}

// The new length when `to` is a shorter string type than `from` (TEXT counts as unbounded), else 0.
int narrowedLength(const design::DataType &from, const design::DataType &to)
{
    if (!textual(from.kind) || (to.kind != TypeKind::String && to.kind != TypeKind::Char))
        return 0;
    const int n = to.length.value_or(to.kind == TypeKind::Char ? 1 : 255);
    if (from.kind == TypeKind::Text || n < from.length.value_or(from.kind == TypeKind::Char ? 1 : 255))
        return n;
    return 0;
}

class Builder
{
public:
    Builder(const sql::Dialect &d, bool down, std::string id) : m_d(d), m_down(down), m_id(std::move(id)) {}

    std::vector<DataCheck> out;

    void visit(const ops::Operation &op, int k, bool atStart)
    {
        if (const auto *o = std::get_if<ops::ChangeColumn>(&op))
            changeColumn(*o, k, atStart);
        else if (const auto *o = std::get_if<ops::AddColumn>(&op))
            addColumn(*o, k, atStart);
        else if (const auto *o = std::get_if<ops::DropTable>(&op); o && m_down)
            add(DataCheck::Kind::LosesData, k, atStart, o->table.name, "SELECT COUNT(*) FROM " + q(o->table.name),
                "table " + dq(o->table.name) + " has {n} row(s)");
        else if (const auto *o = std::get_if<ops::RemoveColumn>(&op); o && m_down)
            removeColumn(*o, k, atStart);
    }

private:
    const sql::Dialect &m_d;
    bool m_down;
    std::string m_id;

    std::string q(const std::string &ident) const { return m_d.quoteIdentifier(ident); }
    static std::string dq(const std::string &name) { return "\"" + name + "\""; }
    std::string where() const { return (m_down ? "undo of " : "") + m_id + ": "; }

    void add(DataCheck::Kind kind, int k, bool atStart, const std::string &table, std::string sql, std::string message)
    {
        out.push_back({kind, k, atStart, table, std::move(sql), std::move(message)});
    }

    void changeColumn(const ops::ChangeColumn &o, int k, bool atStart)
    {
        const std::string col = q(o.to.name);
        const int n = narrowedLength(o.from.type, o.to.type);
        // SQLite keeps every value whatever the declared length; PostgreSQL cuts them silently
        // (ALTER ... TYPE ... USING col::varchar(n)) and MySQL/MariaDB fail half-way.
        if (n > 0 && !m_d.capabilities().keepsOverlongValues)
            add(DataCheck::Kind::Refuse, k, atStart, o.table,
                "SELECT COUNT(*) FROM " + q(o.table) + " WHERE CHAR_LENGTH(" + col + ") > " + std::to_string(n),
                where() + "changing column " + dq(o.to.name) + " of " + dq(o.table) + " from " +
                    o.from.type.toString() + " to " + o.to.type.toString() + " would cut {n} row(s) longer than " +
                    std::to_string(n) + " characters" +
                    (m_d.capabilities().truncatesOnNarrowing ? " (PostgreSQL truncates them silently)" : "") +
                    "; shorten or fix those values first, or keep the wider type");
        if (o.from.nullable && !o.to.nullable)
            add(DataCheck::Kind::Refuse, k, atStart, o.table,
                "SELECT COUNT(*) FROM " + q(o.table) + " WHERE " + col + " IS NULL",
                where() + "making column " + dq(o.to.name) + " of " + dq(o.table) +
                    " NOT NULL fails: {n} row(s) hold NULL; " + "fill them first (UPDATE " + o.table + " SET " +
                    o.to.name + " = ... WHERE " + o.to.name + " IS NULL)");
    }

    void addColumn(const ops::AddColumn &o, int k, bool atStart)
    {
        const schema::Column &c = o.column;
        if (c.nullable || c.autoIncrement || c.defaultValue.isDatabaseDefault())
            return;
        // PostgreSQL and SQLite refuse such a column on a table with rows; MariaDB fills it with ''/0.
        const std::string what = m_down ? "restoring the dropped NOT NULL column " : "adding the NOT NULL column ";
        add(DataCheck::Kind::Refuse, k, atStart, o.table, "SELECT COUNT(*) FROM " + q(o.table),
            where() + what + dq(c.name) + " to " + dq(o.table) +
                " needs a value for its {n} existing row(s), and the " +
                "migration states no default or backfill; give the column a default value in " + m_id +
                ".json (or allow NULL, backfill, then make it NOT NULL in a later migration), or empty the "
                "table first");
    }

    void removeColumn(const ops::RemoveColumn &o, int k, bool atStart)
    {
        const schema::Column &c = o.column;
        std::string sql = "SELECT COUNT(*) FROM " + q(o.table) + " WHERE " + q(c.name) + " IS NOT NULL";
        std::string what = "column " + dq(c.name) + " of " + dq(o.table) + " holds {n} value(s)";
        // Values equal to the column's default come back when the migration is applied again.
        const auto &d = c.defaultValue;
        std::string literal;
        if (d.kind == design::DefaultValue::Kind::String)
            literal = m_d.quoteLiteral(d.text);
        else if (d.kind == design::DefaultValue::Kind::Number)
            literal = d.text;
        else if (d.kind == design::DefaultValue::Kind::Boolean)
            literal = m_d.booleanLiteral(d.text == "true");
        if (!literal.empty()) {
            sql += " AND " + q(c.name) + " <> " + literal;
            what += " other than its default";
        }
        add(DataCheck::Kind::LosesData, k, atStart, o.table, sql, what);
    }
};

} // namespace

std::vector<DataCheck> DataGuard::checks(const std::vector<ops::Operation> &operations, const std::string &dialect,
                                         bool down, const std::string &migrationId)
{
    const auto d = sql::makeDialect(dialect);
    if (!d)
        return {};
    Builder b(*d, down, migrationId);
    std::vector<std::pair<ops::Operation, int>> list;
    if (down) {
        for (size_t k = operations.size(); k-- > 0;)
            list.emplace_back(ops::inverse(operations[k]), static_cast<int>(k));
    } else {
        for (size_t k = 0; k < operations.size(); ++k)
            list.emplace_back(operations[k], static_cast<int>(k));
    }
    // A check whose rows or column an earlier operation of the same run created, renamed or changed
    // can only run right before its own operation; the others run before anything.
    std::set<std::string> tables;                          // touched as a whole
    std::set<std::pair<std::string, std::string>> columns; // (table, column) touched
    bool rawSeen = false;                                  // raw SQL may have changed anything
    for (const auto &[op, k] : list) {
        const std::string table = std::holds_alternative<ops::RawSql>(op) ? std::string() : ops::tableOf(op);
        std::string col;
        if (const auto *o = std::get_if<ops::AddColumn>(&op))
            col = o->column.name;
        else if (const auto *o = std::get_if<ops::RemoveColumn>(&op))
            col = o->column.name;
        else if (const auto *o = std::get_if<ops::ChangeColumn>(&op))
            col = o->to.name;
        // AddColumn and DropTable checks count rows: only table-level changes matter to them.
        const bool rowsOnly = std::holds_alternative<ops::AddColumn>(op) || std::holds_alternative<ops::DropTable>(op);
        const bool atStart = !rawSeen && !tables.count(table) && (rowsOnly || !columns.count({table, col}));
        b.visit(op, k, atStart);
        std::visit(
            [&](const auto &o) {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, ops::CreateTable> || std::is_same_v<T, ops::DropTable>)
                    tables.insert(o.table.name);
                else if constexpr (std::is_same_v<T, ops::RenameTable>) {
                    tables.insert(o.from);
                    tables.insert(o.to);
                } else if constexpr (std::is_same_v<T, ops::AddColumn> || std::is_same_v<T, ops::RemoveColumn>)
                    columns.insert({o.table, o.column.name});
                else if constexpr (std::is_same_v<T, ops::RenameColumn>) {
                    columns.insert({o.table, o.from});
                    columns.insert({o.table, o.to});
                } else if constexpr (std::is_same_v<T, ops::ChangeColumn>)
                    columns.insert({o.table, o.to.name});
                else if constexpr (std::is_same_v<T, ops::RawSql>)
                    rawSeen = true;
            },
            op);
    }
    return b.out;
}

std::string DataGuard::run(db::Connection &connection, const std::vector<DataCheck> &checks, int op,
                           std::vector<std::string> *loss)
{
    std::string refused;
    for (const DataCheck &c : checks) {
        if (op < 0 ? !c.atStart : (c.atStart || c.sourceOperation != op))
            continue;
        long long n = 0;
        try {
            n = std::stoll(connection.scalar(c.sql).value_or("0"));
        } catch (const db::DbError &e) {
            if (op >= 0)
                throw db::DbError("checking the data first (" + c.sql + "): " + e.what());
            continue; // up front, outside any transaction: the statement itself will say what is wrong
        } catch (const std::exception &) {
            continue;
        }
        if (n <= 0)
            continue;
        std::string text = c.message;
        if (const auto at = text.find("{n}"); at != std::string::npos)
            text.replace(at, 3, std::to_string(n));
        if (c.kind == DataCheck::Kind::Refuse)
            refused += (refused.empty() ? "" : "\n") + text;
        else
            loss->push_back(text);
    }
    return refused;
}

std::string DataGuard::lockCapacityProblem(db::Connection &connection, const std::string &id, int lockEstimate)
{
    long long capacity = 0, perTransaction = 0;
    try {
        perTransaction =
            std::stoll(connection.scalar("SELECT current_setting('max_locks_per_transaction')").value_or("0"));
        capacity = std::stoll(connection
                                  .scalar("SELECT current_setting('max_locks_per_transaction')::int * "
                                          "(current_setting('max_connections')::int + "
                                          "current_setting('max_prepared_transactions')::int)")
                                  .value_or("0"));
    } catch (const std::exception &) {
        return {}; // settings unreadable: let the server decide
    }
    if (capacity <= 0 || lockEstimate <= capacity)
        return {};
    return "migration " + id + " locks about " + std::to_string(lockEstimate) +
           " tables, indexes and sequences in one transaction, more than this server's lock table holds "
           "(max_locks_per_transaction " +
           std::to_string(perTransaction) +
           " x (max_connections + max_prepared_transactions) = " + std::to_string(capacity) +
           "); nothing was applied. Split it (schemaforge-cli split " + id + " --parts " +
           std::to_string(lockEstimate / capacity + 2) + ") or raise max_locks_per_transaction to at least " +
           std::to_string(perTransaction * lockEstimate / capacity + 1) + " and restart the server";
}

int DataGuard::lockEstimate(const std::vector<ops::Operation> &operations, const schema::Schema &before)
{
    schema::Schema state = before;
    std::set<std::string> counted;
    int locks = 0;
    auto count = [&](const schema::Table &t) {
        if (!counted.insert(t.name).second)
            return;
        // the table, its TOAST table, primary key, unique constraints, indexes and sequences
        locks += 2 + (t.primaryKey.empty() ? 0 : 1) + static_cast<int>(t.uniques.size() + t.indexes.size());
        for (const auto &c : t.columns)
            locks += c.autoIncrement ? 1 : 0;
    };
    for (const auto &op : operations) {
        if (const auto *drop = std::get_if<ops::DropTable>(&op))
            count(drop->table);
        else if (const auto *t = state.table(ops::tableOf(op)))
            count(*t);
        if (std::holds_alternative<ops::RawSql>(op))
            continue;
        if (ops::tryApply(state, op).empty()) {
            if (const auto *create = std::get_if<ops::CreateTable>(&op))
                count(create->table);
            else if (const auto *rename = std::get_if<ops::RenameTable>(&op); rename && state.table(rename->to))
                counted.insert(rename->to);
        }
    }
    return locks;
}

} // namespace sf::migrate
