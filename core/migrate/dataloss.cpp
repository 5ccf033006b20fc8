#include "core/migrate/dataloss.h"

#include "core/ops/describe.h"
#include "core/ops/inverse.h"

#include <map>
#include <set>
#include <utility>

namespace sf::migrate {

namespace {

template <class... Ts> struct overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> overloaded(Ts...) -> overloaded<Ts...>;

// Tracks, while walking a run's operations in order, which live (pre-run) object each current name
// refers to; objects created by the run itself map to nothing.
class NameTrace
{
public:
    // Live table behind the current name, or "" when the run created it.
    std::string table(const std::string &name) const
    {
        if (m_created.count(name))
            return {};
        const auto it = m_tables.find(name);
        return it == m_tables.end() ? name : it->second;
    }
    // Live column behind (current table, current column), or "" when the run created it.
    std::string column(const std::string &table, const std::string &name) const
    {
        if (this->table(table).empty() || m_createdColumns.count({table, name}))
            return {};
        const auto it = m_columns.find({table, name});
        return it == m_columns.end() ? name : it->second;
    }

    void apply(const ops::Operation &op)
    {
        std::visit(overloaded{
                       [this](const ops::CreateTable &o) { m_created.insert(o.table.name); },
                       [this](const ops::DropTable &o) {
                           m_created.erase(o.table.name);
                           m_tables.erase(o.table.name);
                       },
                       [this](const ops::RenameTable &o) { renameTable(o.from, o.to); },
                       [this](const ops::AddColumn &o) {
                           m_createdColumns.insert({o.table, o.column.name});
                       },
                       [this](const ops::RemoveColumn &o) {
                           m_createdColumns.erase({o.table, o.column.name});
                           m_columns.erase({o.table, o.column.name});
                       },
                       [this](const ops::RenameColumn &o) {
                           const std::pair<std::string, std::string> from{o.table, o.from}, to{o.table, o.to};
                           if (m_createdColumns.erase(from))
                               m_createdColumns.insert(to);
                           else
                               m_columns[to] = column(o.table, o.from);
                           m_columns.erase(from);
                       },
                       [](const auto &) {},
                   },
                   op);
    }

private:
    void renameTable(const std::string &from, const std::string &to)
    {
        if (m_created.erase(from)) {
            m_created.insert(to);
        } else {
            m_tables[to] = table(from);
            m_tables.erase(from);
        }
        // Columns are keyed by the table's current name: move them along.
        std::set<std::pair<std::string, std::string>> created;
        for (const auto &[t, c] : m_createdColumns)
            created.insert({t == from ? to : t, c});
        m_createdColumns = std::move(created);
        std::map<std::pair<std::string, std::string>, std::string> columns;
        for (auto &[key, live] : m_columns)
            columns[{key.first == from ? to : key.first, key.second}] = live;
        m_columns = std::move(columns);
    }

    std::map<std::string, std::string> m_tables; // current name -> live name (renamed ones only)
    std::set<std::string> m_created;
    std::map<std::pair<std::string, std::string>, std::string> m_columns;
    std::set<std::pair<std::string, std::string>> m_createdColumns;
};

} // namespace

std::vector<DataLossItem> DataLoss::collect(const std::vector<MigrationSource> &sources,
                                            const std::vector<std::string> &ids, Direction direction)
{
    std::map<std::string, const MigrationSource *> byId;
    for (const auto &s : sources)
        byId[s.id] = &s;
    std::vector<DataLossItem> out;
    NameTrace trace;
    for (const std::string &id : ids) {
        const auto it = byId.find(id);
        if (it == byId.end())
            continue;
        std::vector<ops::Operation> run;
        if (direction == Direction::Up) {
            run = it->second->operations;
        } else {
            for (auto op = it->second->operations.rbegin(); op != it->second->operations.rend(); ++op)
                run.push_back(ops::inverse(*op));
        }
        for (const ops::Operation &op : run) {
            if (ops::destroysData(op)) {
                DataLossItem item;
                item.migrationId = id;
                item.description = ops::describe(op);
                const std::string table = ops::tableOf(op);
                if (!table.empty()) {
                    item.table = trace.table(table);
                    std::string column;
                    if (const auto *rc = std::get_if<ops::RemoveColumn>(&op))
                        column = rc->column.name;
                    else if (const auto *cc = std::get_if<ops::ChangeColumn>(&op))
                        column = cc->from.name;
                    if (!column.empty())
                        item.column = trace.column(table, column);
                    item.existsBeforeRun = !item.table.empty() && (column.empty() || !item.column.empty());
                    if (!item.existsBeforeRun) {
                        item.table = table;
                        item.column = column;
                    }
                }
                out.push_back(std::move(item));
            }
            trace.apply(op);
        }
    }
    return out;
}

} // namespace sf::migrate
