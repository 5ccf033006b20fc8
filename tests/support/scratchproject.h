#pragma once
// scratchproject writes the project folders tests work in: writable copies of an example's project file
// (alone, or with its migrations folder) out of resources/examples, and the files a test adds to them.

#include <QString>

namespace sf::test {

// Copies resources/examples/<example>/<example>.schemaforge.json to `projectFile` (replacing it) and
// makes the copy writable (the source tree may be read-only). false and *error when it cannot.
bool copyExampleProject(const QString &example, const QString &projectFile, QString *error = nullptr);

// Copies the example's project file and its migrations folder into `dir` (as
// <dir>/<example>.schemaforge.json and <dir>/migrations/).
bool copyExampleFolder(const QString &example, const QString &dir, QString *error = nullptr);

// Writes `content` to `path` (replacing it), creating the folders above it; false when it cannot.
bool writeTextFile(const QString &path, const QByteArray &content);

} // namespace sf::test
