// LockLevels: the lock and cost of each operation per dialect (PostgreSQL 15 docs "ALTER TABLE",
// MariaDB/MySQL "Online DDL operations", SQLite's 12-step rebuild).
#include "core/lint/locklevels.h"

#include "core/sql/dialect.h"

namespace sf::lint {

namespace {

using design::TypeKind;

// PostgreSQL changes the type without touching rows only where the old values are binary-coercible.
bool pgNoRewrite(const design::DataType &from, const design::DataType &to)
{
    if (from == to)
        return true;
    const bool fromVar = from.kind == TypeKind::String && !from.binary;
    if (fromVar && to.kind == TypeKind::String && !to.binary)
        return to.length.value_or(255) >= from.length.value_or(255);
    if ((fromVar || from.kind == TypeKind::Text) && to.kind == TypeKind::Text)
        return true;
    if (from.kind == TypeKind::Decimal && to.kind == TypeKind::Decimal)
        return to.scale.value_or(0) == from.scale.value_or(0) &&
               to.precision.value_or(10) >= from.precision.value_or(10);
    return false;
}

LockInfo pg(const ops::Operation &op)
{
    const LockInfo brief{"ACCESS EXCLUSIVE", false, false, "ACCESS EXCLUSIVE, held briefly (catalog change only)"};
    return std::visit(
        [&](const auto &o) -> LockInfo {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, ops::CreateTable> || std::is_same_v<T, ops::ReorderColumns>) {
                return {};
            } else if constexpr (std::is_same_v<T, ops::AddColumn>) {
                // A constant default is stored in the catalog (PostgreSQL 11+); serial/volatile ones fill
                // every row.
                const bool volatileDefault =
                    o.column.autoIncrement || o.column.defaultValue.kind == design::DefaultValue::Kind::Sql;
                if (volatileDefault)
                    return {"ACCESS EXCLUSIVE", true, true,
                            "ACCESS EXCLUSIVE while every row is rewritten (volatile default)"};
                return brief;
            } else if constexpr (std::is_same_v<T, ops::ChangeColumn>) {
                if (!pgNoRewrite(o.from.type, o.to.type))
                    return {"ACCESS EXCLUSIVE", true, true,
                            "ACCESS EXCLUSIVE while every row is rewritten (type change)"};
                if (o.from.nullable && !o.to.nullable)
                    return {"ACCESS EXCLUSIVE", false, true,
                            "ACCESS EXCLUSIVE while every row is scanned (SET NOT NULL)"};
                return brief;
            } else if constexpr (std::is_same_v<T, ops::AddIndex>) {
                return {"SHARE", false, true, "SHARE (writes wait) while the index is built from every row"};
            } else if constexpr (std::is_same_v<T, ops::AddForeignKey>) {
                return {"SHARE ROW EXCLUSIVE", false, true,
                        "SHARE ROW EXCLUSIVE on both tables (writes wait) while every row is checked"};
            } else if constexpr (std::is_same_v<T, ops::AddUnique>) {
                return {"ACCESS EXCLUSIVE", false, true,
                        "ACCESS EXCLUSIVE while the unique index is built from every row"};
            } else if constexpr (std::is_same_v<T, ops::ChangeTableComment>) {
                return {"SHARE UPDATE EXCLUSIVE", false, false,
                        "SHARE UPDATE EXCLUSIVE, held briefly (reads and writes go on)"};
            } else if constexpr (std::is_same_v<T, ops::RawSql>) {
                return {"unknown", false, false, "lock unknown (raw SQL)"};
            } else {
                return brief; // drop/rename table or column, drop index/constraint, default or comment change
            }
        },
        op);
}

LockInfo my(const ops::Operation &op, const schema::Schema &before, bool mariadb)
{
    const LockInfo instant{"ALGORITHM=INSTANT", false, false,
                           "ALGORITHM=INSTANT (metadata only; a brief metadata lock)"};
    const LockInfo inplaceRebuild{"ALGORITHM=INPLACE", true, true,
                                  "ALGORITHM=INPLACE, rebuilds the table; reads and writes go on (LOCK=NONE)"};
    const LockInfo copy{"ALGORITHM=COPY", true, true, "ALGORITHM=COPY: copies every row while writes are blocked"};
    return std::visit(
        [&](const auto &o) -> LockInfo {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, ops::CreateTable>) {
                return {};
            } else if constexpr (std::is_same_v<T, ops::AddColumn>) {
                const schema::Table *t = before.table(o.table);
                const bool appended = o.position < 0 || (t && o.position >= static_cast<int>(t->columns.size()));
                if (o.primaryKeyPosition >= 0 || o.column.autoIncrement)
                    return copy;
                return (appended || mariadb) ? instant : inplaceRebuild; // MariaDB 10.4+ adds anywhere instantly
            } else if constexpr (std::is_same_v<T, ops::RemoveColumn>) {
                return mariadb ? instant : inplaceRebuild;
            } else if constexpr (std::is_same_v<T, ops::ChangeColumn>) {
                if (o.from.type != o.to.type) {
                    const bool longerVarchar =
                        o.from.type.kind == TypeKind::String && o.to.type.kind == TypeKind::String &&
                        o.to.type.length.value_or(255) >= o.from.type.length.value_or(255) &&
                        (o.from.type.length.value_or(255) > 63 || o.to.type.length.value_or(255) <= 63);
                    return longerVarchar ? LockInfo{"ALGORITHM=INPLACE", false, false,
                                                    "ALGORITHM=INPLACE (VARCHAR extended in place; no rebuild)"}
                                         : copy;
                }
                if (o.from.nullable != o.to.nullable)
                    return inplaceRebuild;
                return instant;
            } else if constexpr (std::is_same_v<T, ops::AddIndex> || std::is_same_v<T, ops::AddUnique>) {
                return {"ALGORITHM=INPLACE", false, true,
                        "ALGORITHM=INPLACE, LOCK=NONE: reads every row to build the index; writes go on"};
            } else if constexpr (std::is_same_v<T, ops::AddForeignKey>) {
                return copy; // with foreign_key_checks on, InnoDB copies the table
            } else if constexpr (std::is_same_v<T, ops::ReorderColumns>) {
                return copy;
            } else if constexpr (std::is_same_v<T, ops::RawSql>) {
                return {"unknown", false, false, "lock unknown (raw SQL)"};
            } else if constexpr (std::is_same_v<T, ops::DropTable> || std::is_same_v<T, ops::RenameTable>) {
                return {"exclusive metadata lock", false, false, "an exclusive metadata lock, held briefly"};
            } else {
                return instant; // rename column, drop index/key/unique, comment
            }
        },
        op);
}

LockInfo lite(const ops::Operation &op, const schema::Schema &before)
{
    if (std::holds_alternative<ops::CreateTable>(op))
        return {};
    sql::Plan plan;
    try {
        plan = sql::makeDialect(sql::DialectId::Sqlite)->plan(op, before);
    } catch (const std::exception &) {
        return {};
    }
    for (const auto &s : plan.statements)
        if (s.sql.rfind("INSERT INTO ", 0) == 0)
            return {"table rebuild", true, true,
                    "table rebuild: every row is copied into a new table while the database is locked for "
                    "writes"};
    if (plan.statements.empty())
        return {};
    return {"database write lock", false, false, "the database write lock, held briefly (no rebuild)"};
}

} // namespace

LockInfo LockLevels::of(const ops::Operation &op, const schema::Schema &before, const std::string &dialect)
{
    const auto id = sql::dialectIdFromName(dialect);
    if (id == sql::DialectId::Postgres)
        return pg(op);
    if (id && sql::isMySqlFamily(*id))
        return my(op, before, id == sql::DialectId::MariaDb);
    return lite(op, before);
}

std::string LockLevels::pgLockMode(const std::string &lock)
{
    if (lock == "ACCESS EXCLUSIVE")
        return "AccessExclusiveLock";
    if (lock == "SHARE")
        return "ShareLock";
    if (lock == "SHARE ROW EXCLUSIVE")
        return "ShareRowExclusiveLock";
    if (lock == "SHARE UPDATE EXCLUSIVE")
        return "ShareUpdateExclusiveLock";
    return {};
}

} // namespace sf::lint
