// Property test over random designs and edits (fixed seeds, printed on failure):
// replay(lower(a)) + diff(lower(a), lower(b)) == lower(b), the inverses bring back lower(a), and
// every dialect can plan both directions.
#include "core/diff/differ.h"
#include "core/ops/describe.h"
#include "core/ops/inverse.h"
#include "core/ops/opjson.h"
#include "core/ops/replay.h"
#include "core/schema/lowering.h"
#include "core/sql/dialect.h"
#include "unit/randomdesign.h"

#include <QtTest>

using namespace sf;

namespace {

// Table order and the order of keys and indexes inside a table carry no meaning (a removed and
// re-added key comes back at the end); column order does, and is compared as is.
schema::Schema sorted(schema::Schema s)
{
    auto byName = [](const auto &a, const auto &b) { return a.name < b.name; };
    std::sort(s.tables.begin(), s.tables.end(), byName);
    for (auto &t : s.tables) {
        std::sort(t.foreignKeys.begin(), t.foreignKeys.end(), byName);
        std::sort(t.uniques.begin(), t.uniques.end(), byName);
        std::sort(t.indexes.begin(), t.indexes.end(), byName);
    }
    return s;
}

} // namespace

class TstProperty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomEdits()
    {
        const unsigned base = qEnvironmentVariableIsSet("SF_PROPERTY_SEED")
                                  ? qEnvironmentVariableIntValue("SF_PROPERTY_SEED")
                                  : 20240101u;
        const int cases =
            qEnvironmentVariableIsSet("SF_PROPERTY_CASES") ? qEnvironmentVariableIntValue("SF_PROPERTY_CASES") : 600;
        const auto dialects = {sql::makeDialect("postgres"), sql::makeDialect("mysql"), sql::makeDialect("sqlite")};
        schema::LoweringOptions lo;
        lo.identifierLimit = 63;
        int nonEmpty = 0, reorders = 0, comments = 0;
        for (int i = 0; i < cases; ++i) {
            const unsigned seed = base + static_cast<unsigned>(i);
            test::RandomDesign r(seed);
            const design::Design a = r.make(1 + r.pick(6), r.pick(5), r.pick(6));
            design::Design b = a;
            std::string edits;
            for (int k = 1 + r.pick(4); k > 0; --k)
                edits += r.edit(b) + "; ";
            if (r.chance(30))
                edits += r.editTable(b) + "; ";
            const std::string where = "seed " + std::to_string(seed) +
                                      " (rerun with SF_PROPERTY_SEED=" + std::to_string(seed) +
                                      " SF_PROPERTY_CASES=1), edits: " + edits;
            const schema::Schema la = schema::lower(a, lo), lb = schema::lower(b, lo);
            std::vector<ops::Operation> list;
            try {
                list = diff::diff(la, lb);
            } catch (const std::exception &e) {
                QFAIL((where + " diff: " + e.what()).c_str());
            }
            nonEmpty += !list.empty();
            for (const auto &op : list) {
                reorders += std::holds_alternative<ops::ReorderColumns>(op);
                comments += std::holds_alternative<ops::ChangeTableComment>(op);
            }
            schema::Schema s = la;
            std::string trace;
            try {
                for (const auto &op : list) {
                    trace += ops::describe(op) + "\n";
                    ops::apply(s, op);
                }
            } catch (const std::exception &e) {
                QFAIL((where + "\nreplay: " + e.what() + "\nops:\n" + trace).c_str());
            }
            QVERIFY2(sorted(s) == sorted(lb), (where + "\nops:\n" + trace).c_str());
            for (size_t k = list.size(); k-- > 0;)
                ops::apply(s, ops::inverse(list[k]));
            QVERIFY2(sorted(s) == sorted(la), (where + "\ninverse did not restore; ops:\n" + trace).c_str());
            QVERIFY2(diff::diff(lb, lb).empty(), where.c_str());
            for (const auto &op : list)
                QVERIFY2(ops::operationFromJson(ops::toJson(op)) == op,
                         (where + " json: " + ops::describe(op)).c_str());
            for (const auto &d : dialects) {
                try {
                    d->planAll(list, la);
                    d->planDown(list, la);
                } catch (const std::exception &e) {
                    QFAIL((where + " plan " + d->name() + ": " + e.what() + "\nops:\n" + trace).c_str());
                }
            }
        }
        qInfo("%d cases, %d with changes (%d column reorders, %d table comment changes)", cases, nonEmpty, reorders,
              comments);
        QVERIFY(nonEmpty > cases / 2);
        if (cases >= 100)
            QVERIFY(reorders > 0 && comments > 0);
    }
};

QTEST_GUILESS_MAIN(TstProperty)
#include "tst_property.moc"
