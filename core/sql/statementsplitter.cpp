// StatementSplitter: one pass over the text with a small lexer state. Comments are kept in the
// statement (MySQL's /*! ... */ is code), but a piece that is only comments is not a statement.
#include "core/sql/statementsplitter.h"

#include <cctype>

namespace sf::sql {

namespace {

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || static_cast<unsigned char>(c) >= 0x80;
}

std::string upper(std::string_view w)
{
    std::string r(w);
    for (char &c : r)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return r;
}

std::string trimmed(std::string_view s)
{
    const auto b = s.find_first_not_of(" \t\r\n\f\v");
    if (b == std::string_view::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n\f\v");
    return std::string(s.substr(b, e - b + 1));
}

} // namespace

std::vector<std::string> StatementSplitter::split(std::string_view sql, const SplitRules &rules)
{
    std::vector<std::string> out;
    size_t start = 0;       // first character of the current statement
    bool hasCode = false;   // the current statement has more than blanks and comments
    bool isTrigger = false; // it is a CREATE [TEMP] TRIGGER (only then BEGIN ... END nests)
    int words = 0;          // words seen in the current statement
    bool sawCreate = false;
    int depth = 0; // open BEGIN / CASE inside a trigger body
    auto finish = [&](size_t end) {
        if (hasCode)
            out.push_back(trimmed(sql.substr(start, end - start)));
        start = end + 1;
        hasCode = isTrigger = sawCreate = false;
        words = depth = 0;
    };
    const size_t n = sql.size();
    for (size_t i = 0; i < n; ++i) {
        const char c = sql[i];
        const char next = i + 1 < n ? sql[i + 1] : '\0';
        if (c == '\'' || c == '"' || c == '`' || (c == '[' && rules.bracketIdentifiers)) {
            const char close = c == '[' ? ']' : c;
            const bool escapes = rules.backslashEscapes && (c == '\'' || c == '"');
            hasCode = true;
            for (++i; i < n; ++i) {
                if (escapes && sql[i] == '\\') {
                    ++i; // the escaped character, whatever it is
                } else if (sql[i] == close) {
                    if (close != ']' && i + 1 < n && sql[i + 1] == close)
                        ++i; // doubled quote
                    else
                        break;
                }
            }
            continue;
        }
        const bool dashComment =
            c == '-' && next == '-' &&
            (!rules.hashComments || i + 2 >= n || std::isspace(static_cast<unsigned char>(sql[i + 2])) ||
             std::iscntrl(static_cast<unsigned char>(sql[i + 2])));
        if (dashComment || (c == '#' && rules.hashComments)) {
            while (i < n && sql[i] != '\n')
                ++i;
            continue;
        }
        if (c == '/' && next == '*') {
            const auto end = sql.find("*/", i + 2);
            if (end == std::string_view::npos) {
                i = n;
                break;
            }
            if (i + 2 < n && sql[i + 2] == '!')
                hasCode = true; // MySQL executable comment
            i = end + 1;
            continue;
        }
        if (c == ';' && depth == 0) {
            finish(i);
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c)))
            continue;
        hasCode = true;
        if (isWordChar(c) && (i == 0 || !isWordChar(sql[i - 1]))) {
            size_t e = i;
            while (e < n && isWordChar(sql[e]))
                ++e;
            if (rules.triggerBodies) {
                const std::string w = upper(sql.substr(i, e - i));
                ++words;
                if (words == 1)
                    sawCreate = w == "CREATE";
                else if (sawCreate && words <= 4 && w == "TRIGGER")
                    isTrigger = true;
                else if (isTrigger && w == "BEGIN")
                    ++depth;
                else if (isTrigger && depth > 0 && w == "CASE")
                    ++depth;
                else if (isTrigger && depth > 0 && w == "END")
                    --depth;
            }
            i = e - 1;
        }
    }
    finish(n);
    return out;
}

} // namespace sf::sql
