// The adopt round trip (support/adoptrecipe) on tests/fixtures/adopt/blog-ts, the blog in TypeScript:
// `.ts` migrations and models that the real sequelize-cli 6 runs through ts-node (registered by
// .sequelizerc). The new migration is `.ts`, applied by sequelize-cli on A and by SchemaForge on B, on
// PostgreSQL, MariaDB and SQLite.
#include "support/adoptrecipe.h"

#include <QtTest>

using namespace sf::test;

class TestAdoptBlogTs : public QObject
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
        recipe.fixture = QStringLiteral("blog-ts");
        recipe.dialect = dialect;
        recipe.extension = QStringLiteral(".ts");
        recipe.moduleMarker = "export async function up(";
        runAdoptRecipe(recipe);
    }
};

QTEST_GUILESS_MAIN(TestAdoptBlogTs)
#include "tst_adopt_blog_ts.moc"
