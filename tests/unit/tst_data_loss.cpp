// DataLoss: what a migrate or undo run destroys, named as the live database names it before the run
// (renames later in the run traced back), leaving out what the run creates itself.
#include "core/migrate/dataloss.h"

#include <QtTest>

using namespace sf;
using namespace sf::ops;

namespace {

schema::Column column(const std::string &name)
{
    schema::Column c;
    c.id = name;
    c.name = name;
    c.type = *design::DataType::parse("STRING");
    return c;
}

schema::Table table(const std::string &name)
{
    schema::Table t;
    t.id = name;
    t.name = name;
    t.columns = {column("id"), column("title")};
    t.primaryKey = {"id"};
    return t;
}

migrate::MigrationSource source(const std::string &id, std::vector<Operation> operations)
{
    return {id, "x", std::move(operations), {}};
}

} // namespace

class TstDataLoss : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void undoDropsWhatTheMigrationCreated()
    {
        const std::vector<migrate::MigrationSource> sources = {
            source("1-create", {CreateTable{table("posts")}, CreateTable{table("tags")}})};
        const auto items = migrate::DataLoss::collect(sources, {"1-create"}, migrate::Direction::Down);
        QCOMPARE(items.size(), size_t(2));
        QCOMPARE(items[0].table, std::string("tags")); // last created, first dropped
        QCOMPARE(items[1].table, std::string("posts"));
        QVERIFY(items[0].column.empty());
        QVERIFY(items[0].existsBeforeRun);
        // Applying it loses nothing.
        QVERIFY(migrate::DataLoss::collect(sources, {"1-create"}, migrate::Direction::Up).empty());
    }

    void renamesAreTracedBackToTheLiveName()
    {
        // Applied: 1 creates posts, 2 renames it to articles and its column title to headline.
        // Undo all: 2 renames back (articles -> posts), then 1 drops posts: live, that table is "articles".
        const std::vector<migrate::MigrationSource> sources = {
            source("1-create", {CreateTable{table("posts")}}),
            source("2-rename", {RenameTable{"posts", "articles"}, RenameColumn{"articles", "title", "headline"}})};
        const auto undo = migrate::DataLoss::collect(sources, {"2-rename", "1-create"}, migrate::Direction::Down);
        QCOMPARE(undo.size(), size_t(1));
        QCOMPARE(undo[0].table, std::string("articles"));
        QCOMPARE(undo[0].migrationId, std::string("1-create"));

        // A pending migration that renames a column and then removes it: the live column is "title".
        const std::vector<migrate::MigrationSource> pending = {source(
            "3-drop", {RenameColumn{"posts", "title", "heading"}, RemoveColumn{"posts", column("heading"), 1, -1}})};
        const auto up = migrate::DataLoss::collect(pending, {"3-drop"}, migrate::Direction::Up);
        QCOMPARE(up.size(), size_t(1));
        QCOMPARE(up[0].table, std::string("posts"));
        QCOMPARE(up[0].column, std::string("title"));
        QVERIFY(up[0].existsBeforeRun);
    }

    void whatTheRunCreatesIsNotLiveData()
    {
        const std::vector<migrate::MigrationSource> pending = {
            source("1-add", {AddColumn{"posts", column("draft"), -1, -1}}),
            source("2-remove", {RemoveColumn{"posts", column("draft"), -1, -1}, DropTable{table("old")}})};
        const auto up = migrate::DataLoss::collect(pending, {"1-add", "2-remove"}, migrate::Direction::Up);
        QCOMPARE(up.size(), size_t(2));
        QCOMPARE(up[0].column, std::string("draft"));
        QVERIFY(!up[0].existsBeforeRun); // added by this very run
        QCOMPARE(up[1].table, std::string("old"));
        QVERIFY(up[1].existsBeforeRun);
    }
};

QTEST_MAIN(TstDataLoss)
#include "tst_data_loss.moc"
