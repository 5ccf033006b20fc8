// Adopting a real sequelize-cli project in place, in the three ways teams write one
// (tests/fixtures/adopt/): `blog` (CommonJS: custom .sequelizerc paths, config.js with
// use_env_variable, eleven hand-written migrations with addColumn, changeColumn, renameColumn,
// removeColumn, addIndex, addConstraint, a transaction, raw SQL and required project code),
// `blog-esm` (the same as a "type": "module" package: ES-module config, models and migrations) and
// `blog-ts` (TypeScript migrations and models that sequelize-cli runs through ts-node), each on
// PostgreSQL, MariaDB and SQLite: the real sequelize-cli migrates A; adopt; status, validate and
// generate are clean; one design edit; the new file comes out in the folder's style and
// sequelize-cli applies it on A; SchemaForge's migrate (hand-written through node + the new one) on a
// fresh B gives exactly A's catalog; undo reverses all of it (support/adoptrecipe).
#include "support/adoptrecipe.h"

#include <QtTest>

using namespace sf::test;

class TestAdoptBlog : public QObject
{
    Q_OBJECT

private slots:
    void adoptMigrateUndo_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("moduleMarker");
        QTest::addColumn<QString>("dialect");
        const struct {
            const char *fixture, *extension, *moduleMarker;
        } variants[] = {{"blog", ".js", "module.exports = {"},
                        {"blog-esm", ".js", "export async function up("},
                        {"blog-ts", ".ts", "export async function up("}};
        const std::pair<const char *, const char *> dialects[] = {
            {"postgres", "postgres"}, {"mariadb", "mysql"}, {"sqlite", "sqlite"}};
        for (const auto &v : variants)
            for (const auto &[row, dialect] : dialects)
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(v.fixture), QLatin1String(row))))
                    << QString::fromLatin1(v.fixture) << QString::fromLatin1(v.extension)
                    << QString::fromLatin1(v.moduleMarker) << QString::fromLatin1(dialect);
    }

    void adoptMigrateUndo()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, extension);
        QFETCH(QString, moduleMarker);
        QFETCH(QString, dialect);
        AdoptRecipe recipe;
        recipe.fixture = fixture;
        recipe.dialect = dialect;
        recipe.extension = extension;
        recipe.moduleMarker = moduleMarker.toUtf8();
        runAdoptRecipe(recipe);
    }
};

QTEST_GUILESS_MAIN(TestAdoptBlog)
#include "tst_adopt_blog.moc"
