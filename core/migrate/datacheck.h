#pragma once
// DataCheck is one question a migration asks the data before a statement runs ("how many rows would
// not fit?"): a COUNT query and what a non-zero answer means; a plain value computed by DataGuard.

#include <string>

namespace sf::migrate {

struct DataCheck {
    enum class Kind {
        Refuse,   // a non-zero count means the statement would truncate or fail: never run it
        LosesData // a non-zero count is data an undo deletes: run only with allowDestructive
    };
    Kind kind = Kind::Refuse;
    int sourceOperation = -1; // index in the migration's operation list (as Statement::sourceOperation)
    bool atStart = true;      // the objects exist before the migration's first statement: check up front
    std::string table;
    std::string sql;     // SELECT COUNT(*) ...: one number
    std::string message; // the sentence shown for a non-zero count; "{n}" is replaced by the count
};

} // namespace sf::migrate
