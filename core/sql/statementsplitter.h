#pragma once
// StatementSplitter cuts SQL text into statements on top-level ';' by the lexical rules of one
// database (SplitRules): quotes, quoted identifiers, comments and trigger bodies are respected, and a
// backslash escapes only where the database says so. Stateless; comments stay in the statement text.

#include <string>
#include <string_view>
#include <vector>

namespace sf::sql {

struct SplitRules {
    bool backslashEscapes = false;   // \ escapes inside '...' and "..." (MySQL without NO_BACKSLASH_ESCAPES)
    bool bracketIdentifiers = false; // [name] (SQLite)
    bool hashComments = false;       // # to end of line, and "-- " needs the blank (MySQL)
    bool triggerBodies = false;      // CREATE TRIGGER ... BEGIN ... END keeps its inner ';' (SQLite)
};

class StatementSplitter
{
public:
    // Statements without their ';', trimmed; a piece holding only blanks and comments is dropped.
    static std::vector<std::string> split(std::string_view sql, const SplitRules &rules);
};

} // namespace sf::sql
