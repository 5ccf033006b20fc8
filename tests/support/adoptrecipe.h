#pragma once
// adoptrecipe is the adopt tests' whole round trip on one fixture project of tests/fixtures/adopt (the
// blog in CommonJS, ESM or TypeScript) and one dialect: the real sequelize-cli migrates A; adopt;
// status, validate and generate are clean; one design edit (Tag gets a color); generate writes it in
// the folder's style; sequelize-cli applies the new file on A; SchemaForge's migrate on a fresh B gives
// exactly A's catalog; undo --all reverses all of it. Fails the running QTest function on any step.

#include "support/adoptproject.h"

#include <QString>
#include <QStringList>

namespace sf::test {

struct AdoptRecipe {
    QString fixture;                            // e.g. "blog"
    QString dialect;                            // "postgres", "mysql" or "sqlite"
    QString extension = QStringLiteral(".js");  // of the fixture's migrations and of the new one
    QByteArray moduleMarker = "module.exports"; // what the new migration's module style looks like
};

// The names in SequelizeMeta on url, in order, read with the project's own sequelize.
QStringList sequelizeMeta(const QString &url, const AdoptProject &p);

// Runs the recipe; check QTest::currentTestFailed() after it.
void runAdoptRecipe(const AdoptRecipe &recipe);

} // namespace sf::test
