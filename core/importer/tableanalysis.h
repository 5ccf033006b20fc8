#pragma once
// TableAnalysis is what import learns about one physical table before building its model: the model
// name, timestamp style, implicit id, and for each foreign key whether an association can express
// it (and why not); also decides which tables are pure many-to-many join tables.

#include "core/schema/schema.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace sf::importer {

struct ForeignKeyPlan {
    const schema::ForeignKey *fk = nullptr;
    bool association = false;   // expressible as oneToOne/oneToMany (single column, to the referenced primary
                                // key or to a unique column of it: targetKey)
    std::string targetKey;      // the referenced unique column when it is not the primary key
    std::string reason;         // why not, when !association
    bool oneToOne = false;      // a single-column unique constraint on the key column
    bool keepAttribute = false; // the key column also stays an attribute (default, comment, type, key, unique group)
};

struct TableAnalysis {
    const schema::Table *table = nullptr;
    std::string modelId;
    std::string modelName;
    bool implicitId = false;
    bool timestamps = false;
    bool underscored = false;
    bool paranoid = false;
    bool join = false;                       // becomes a manyToMany `through` table, no model
    std::vector<ForeignKeyPlan> foreignKeys; // in the table's foreign-key order
    std::set<std::string> consumedColumns;   // recreated by lowering without an attribute

    // The referenced key column of this table when an association may point at it ("" when the
    // primary key is not exactly one column).
    std::string singleKey() const;
    static bool isTimestampColumn(const schema::Column &c, bool nullable);
};

// Analyses every table (in order) and marks join tables (never one named in `tablesWithExtras`:
// its check constraints or triggers need a model to keep them as a note).
// identifierLimit: the one lowering derives constraint names under (a join table's keys must have them).
std::vector<TableAnalysis> analyseTables(const std::vector<const schema::Table *> &tables, bool detectManyToMany,
                                         const std::set<std::string> &tablesWithExtras, int identifierLimit = 63);

} // namespace sf::importer
