#pragma once
// scratchproject writes the writable project copies tests edit: an example's project file (alone, or
// with its migrations folder) copied out of resources/examples into a temp folder.

#include <QString>

namespace sf::test {

// Copies resources/examples/<example>/<example>.schemaforge.json to `projectFile` (replacing it) and
// makes the copy writable (the source tree may be read-only). false and *error when it cannot.
bool copyExampleProject(const QString &example, const QString &projectFile, QString *error = nullptr);

// Copies the example's project file and its migrations folder into `dir` (as
// <dir>/<example>.schemaforge.json and <dir>/migrations/).
bool copyExampleFolder(const QString &example, const QString &dir, QString *error = nullptr);

} // namespace sf::test
