// The adopt round trip (support/adoptrecipe) on tests/fixtures/adopt/blog-esm, the blog as a
// package.json "type": "module" package (ES-module config, models and migrations) that the real
// sequelize-cli 6 migrates: the new migration is an ES-module `.js` (export async function up/down),
// which sequelize-cli applies on A and SchemaForge on B, on PostgreSQL, MariaDB and SQLite.
#include "support/adoptrecipe.h"

#include <QtTest>

using namespace sf::test;

class TestAdoptBlogEsm : public QObject
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
        recipe.fixture = QStringLiteral("blog-esm");
        recipe.dialect = dialect;
        recipe.extension = QStringLiteral(".js");
        recipe.moduleMarker = "export async function up(";
        runAdoptRecipe(recipe);
    }
};

QTEST_GUILESS_MAIN(TestAdoptBlogEsm)
#include "tst_adopt_blog_esm.moc"
