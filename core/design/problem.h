#pragma once
// Problem is one finding of design validation: how bad, which object (id and JSON path), what is
// wrong and how to fix it.

#include <string>
#include <vector>

namespace sf::design {

enum class Severity { Error, Warning, Info };

inline const char *toString(Severity s)
{
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

struct Problem {
    Severity severity = Severity::Error;
    std::string objectId; // model / attribute / association / index id ("" for the project)
    std::string path;     // JSON path in the project file, e.g. "models[1].attributes[0]"
    std::string message;
    std::string fix; // what to do about it ("" when obvious)

    friend bool operator==(const Problem &, const Problem &) = default;
};

inline bool hasErrors(const std::vector<Problem> &problems)
{
    for (const auto &p : problems)
        if (p.severity == Severity::Error)
            return true;
    return false;
}

} // namespace sf::design
