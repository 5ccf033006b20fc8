#pragma once
// Drift compares the schema the applied migrations describe (replay) with the live one (introspection)
// and lists every difference in plain words; stateless, pure (no database access).

#include "core/schema/schema.h"

#include <string>
#include <vector>

namespace sf::migrate {

struct DriftItem {
    enum class Kind {
        MissingTable,
        ExtraTable,
        MissingColumn,
        ExtraColumn,
        Type,
        Nullability,
        Default,
        AutoIncrement,
        PrimaryKey,
        ForeignKey,
        Unique,
        Index
    };
    Kind kind;
    std::string table;
    std::string object;  // column name, or a key/index description
    std::string message; // one plain sentence, e.g. `column "Books"."title": the database has VARCHAR(100), the
                         // migrations say VARCHAR(255)`
};

class Drift
{
public:
    // expected: replay of the applied migrations; actual: introspection. dialect decides which type
    // spellings are the same on that server (e.g. FLOAT is double precision on PostgreSQL).
    // History tables are ignored. Tables and columns are matched by name, keys by their columns.
    static std::vector<DriftItem> compare(const schema::Schema &expected, const schema::Schema &actual,
                                          const std::string &dialect);
    static const char *kindName(DriftItem::Kind kind); // "missing-table", "type", ...
};

} // namespace sf::migrate
