// OnlinePlan: CONCURRENTLY and NOT VALID + VALIDATE for PostgreSQL.
#include "core/migrate/onlineplan.h"

#include <set>

namespace sf::migrate {

void OnlinePlan::apply(MigrationStep &step, const std::vector<ops::Operation> &operations)
{
    // Tables and columns an earlier operation of this migration creates or changes: an index on them
    // cannot be built before the transaction.
    std::set<std::string> tables, columns;
    std::vector<sql::Statement> before, in, after;
    std::vector<bool> early(operations.size(), false);
    for (size_t k = 0; k < operations.size(); ++k) {
        const auto &op = operations[k];
        if (const auto *o = std::get_if<ops::AddIndex>(&op)) {
            bool fresh = tables.count(o->table) > 0 || tables.count("index " + o->index.name) > 0;
            for (const auto &c : o->index.columns)
                fresh = fresh || columns.count(o->table + "." + c);
            early[k] = !fresh;
        }
        std::visit(
            [&](const auto &o) {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, ops::CreateTable> || std::is_same_v<T, ops::DropTable>) {
                    tables.insert(o.table.name);
                } else if constexpr (std::is_same_v<T, ops::RenameTable>) {
                    tables.insert(o.from);
                    tables.insert(o.to);
                } else if constexpr (std::is_same_v<T, ops::AddColumn> || std::is_same_v<T, ops::RemoveColumn>) {
                    columns.insert(o.table + "." + o.column.name);
                } else if constexpr (std::is_same_v<T, ops::RenameColumn>) {
                    columns.insert(o.table + "." + o.from);
                    columns.insert(o.table + "." + o.to);
                } else if constexpr (std::is_same_v<T, ops::ChangeColumn>) {
                    columns.insert(o.table + "." + o.to.name);
                } else if constexpr (std::is_same_v<T, ops::RemoveIndex>) {
                    tables.insert("index " + o.index.name); // a name freed in the transaction
                } else if constexpr (std::is_same_v<T, ops::RawSql>) {
                    tables.insert("*");
                }
            },
            op);
        if (tables.count("*"))
            std::fill(early.begin() + static_cast<long>(k) + 1, early.end(), false);
    }
    for (sql::Statement s : step.up) {
        const int k = s.sourceOperation;
        const ops::Operation *op =
            k >= 0 && static_cast<size_t>(k) < operations.size() ? &operations[static_cast<size_t>(k)] : nullptr;
        if (op && std::holds_alternative<ops::AddIndex>(*op) && early[static_cast<size_t>(k)] &&
            s.sql.rfind("CREATE ", 0) == 0 && s.sql.find(" INDEX ") != std::string::npos) {
            const auto at = s.sql.find(" INDEX ") + 7;
            s.sql.insert(at, "CONCURRENTLY ");
            // If the build fails PostgreSQL keeps an INVALID index: the reverse drops it either way.
            s.reverse = "DROP INDEX IF EXISTS " + s.reverse.substr(std::string("DROP INDEX ").size());
            s.phase = sql::Statement::Phase::BeforeTransaction;
            before.push_back(std::move(s));
        } else if (const auto *fk = op ? std::get_if<ops::AddForeignKey>(op) : nullptr;
                   fk && s.sql.find(" FOREIGN KEY ") != std::string::npos && s.sql.rfind("ALTER TABLE ", 0) == 0) {
            const std::string table = s.sql.substr(12, s.sql.find(" ADD ") - 12);
            s.sql += " NOT VALID";
            sql::Statement validate = s;
            validate.sql = "ALTER TABLE " + table + " VALIDATE CONSTRAINT " +
                           s.reverse.substr(s.reverse.find(" DROP CONSTRAINT ") + 17);
            validate.reverse = "";
            validate.phase = sql::Statement::Phase::AfterTransaction;
            in.push_back(std::move(s));
            after.push_back(std::move(validate));
        } else if (s.phase == sql::Statement::Phase::BeforeTransaction) {
            before.push_back(std::move(s));
        } else if (s.phase == sql::Statement::Phase::AfterTransaction) {
            after.push_back(std::move(s));
        } else {
            in.push_back(std::move(s));
        }
    }
    step.up = std::move(before);
    step.up.insert(step.up.end(), in.begin(), in.end());
    step.up.insert(step.up.end(), after.begin(), after.end());
}

} // namespace sf::migrate
