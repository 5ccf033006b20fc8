#pragma once
// interopproject prepares sequelize-cli projects for the interop tests: copies a SchemaForge
// project into a temp dir, applies scripted design edits, writes .sequelizerc and config, and
// generates random designs from a fixed seed.

#include <QString>
#include <QStringList>

#include <cstdint>

namespace sf::test {

// The edits the interop tests apply one by one after the initial "create" migration:
// add a column, rename it, change it, add a model with all three association kinds, remove one,
// comment the table and move the column to the front.
// Returns false (and *error) when the project JSON cannot be read or written.
bool applyInteropEdit(const QString &projectFile, int step, QString *error);
int interopEditCount();

// Writes a random but valid project file (3-6 models, attributes of portable types,
// associations of all three kinds) for `seed`.
bool writeRandomProject(const QString &projectFile, std::uint32_t seed, QString *error);

// .sequelizerc + sequelize-config.json in dir, pointing sequelize-cli at `url` and dir/migrations.
bool writeSequelizeCliConfig(const QString &dir, const QString &url, QString *error);

// The migrations folder's .js file names, sorted.
QStringList migrationFiles(const QString &dir);

} // namespace sf::test
