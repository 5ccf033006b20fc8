// Adopting a real sequelize-cli project in place (tests/fixtures/adopt/blog: custom .sequelizerc paths,
// config.js with use_env_variable, eleven hand-written migrations with addColumn, changeColumn,
// renameColumn, removeColumn, addIndex, addConstraint, a transaction, raw SQL and required project
// code), on PostgreSQL, MariaDB and SQLite: the real sequelize-cli migrates A; adopt; status, validate
// and generate are clean; one design edit; sequelize-cli applies the new file on A; SchemaForge's
// migrate (hand-written through node + the new one) on a fresh B gives exactly A's catalog; undo
// reverses all of it (support/adoptrecipe).
#include "support/adoptrecipe.h"

#include <QtTest>

using namespace sf::test;

class TestAdoptBlog : public QObject
{
    Q_OBJECT

private slots:
    void adoptMigrateUndo_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("postgres") << QStringLiteral("postgres");
        QTest::newRow("mariadb") << QStringLiteral("mysql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    void adoptMigrateUndo()
    {
        QFETCH(QString, dialect);
        AdoptRecipe recipe;
        recipe.fixture = QStringLiteral("blog");
        recipe.dialect = dialect;
        recipe.extension = QStringLiteral(".js");
        recipe.moduleMarker = "module.exports = {";
        runAdoptRecipe(recipe);
    }
};

QTEST_GUILESS_MAIN(TestAdoptBlog)
#include "tst_adopt_blog.moc"
