// The SQL preview's changed-tables reduction (PendingChange) gives exactly what the full diff and
// planner give, for every kind of design edit, on the school example and on a generated 300-model
// project, in the three dialects: same operations, same up and down statements.
#include "ui/migrations/pendingchange.h"

#include "core/migrate/generator.h"
#include "core/project/projectfile.h"
#include "core/schema/lowering.h"
#include "core/sql/dialect.h"
#include "support/benchproject.h"
#include "support/testenv.h"

#include <QtTest>

#include <functional>

using namespace sf;

namespace {

schema::Schema lowered(const design::Design &d)
{
    schema::LoweringOptions o;
    o.identifierLimit = migrate::Generator::kIdentifierLimit;
    return schema::lower(d, o);
}

using Edit = std::function<void(design::Design &)>;

design::Attribute attribute(const std::string &id, const std::string &name, const char *type)
{
    design::Attribute a;
    a.id = id;
    a.name = name;
    a.type = *design::DataType::parse(type);
    return a;
}

} // namespace

class TstPendingChange : public QObject
{
    Q_OBJECT
private:
    void compareAll(const design::Design &base, const QList<QPair<QString, Edit>> &edits)
    {
        const schema::Schema recorded = lowered(base);
        for (const auto &[what, edit] : edits) {
            design::Design d = base;
            edit(d);
            const schema::Schema wanted = lowered(d);
            for (const char *name : {"postgres", "mysql", "sqlite"}) {
                const auto dialect = sql::makeDialect(name);
                const auto full = ui::PendingChange::computeFull(recorded, wanted, *dialect);
                const auto reduced = ui::PendingChange::compute(recorded, wanted, *dialect);
                const QByteArray label = (what + QLatin1Char('/') + QLatin1String(name)).toUtf8();
                QVERIFY2(reduced.operations == full.operations, label.constData());
                QVERIFY2(reduced.up.statements == full.up.statements, label.constData());
                QVERIFY2(reduced.down.statements == full.down.statements, label.constData());
                QVERIFY2(reduced.up.warnings == full.up.warnings, label.constData());
                QVERIFY2(!full.operations.empty() || what == QLatin1String("no change"), label.constData());
                QVERIFY2(reduced.tablesCompared <= full.tablesCompared, label.constData());
            }
        }
    }

    static QList<QPair<QString, Edit>> edits(const std::string &a, const std::string &b)
    {
        // a and b: ids of two models linked by an association in the design.
        return {
            {QStringLiteral("no change"), [](design::Design &) {}},
            {QStringLiteral("rename attribute"),
             [a](design::Design &d) { d.modelById(a)->attributes.front().name += "Renamed"; }},
            {QStringLiteral("change type"),
             [a](design::Design &d) { d.modelById(a)->attributes.back().type = *design::DataType::parse("TEXT"); }},
            {QStringLiteral("toggle null"),
             [a](design::Design &d) {
                 auto &attr = d.modelById(a)->attributes.back();
                 attr.allowNull = !attr.allowNull.value_or(true);
             }},
            {QStringLiteral("add attribute"),
             [a](design::Design &d) { d.modelById(a)->attributes.push_back(attribute("a-new", "added", "INTEGER")); }},
            {QStringLiteral("remove attribute"), [a](design::Design &d) { d.modelById(a)->attributes.pop_back(); }},
            {QStringLiteral("rename table"), [a](design::Design &d) { d.modelById(a)->tableName = "renamed_table"; }},
            {QStringLiteral("rename referenced table"),
             [b](design::Design &d) { d.modelById(b)->tableName = "renamed_target"; }},
            {QStringLiteral("remove model"),
             [b](design::Design &d) {
                 std::erase_if(d.associations, [b](const auto &x) { return x.source == b || x.target == b; });
                 std::erase_if(d.models, [b](const auto &m) { return m.id == b; });
             }},
            {QStringLiteral("add model with link"),
             [a](design::Design &d) {
                 design::Model m;
                 m.id = "m-added";
                 m.name = "Added";
                 m.attributes.push_back(attribute("a-added-title", "title", "STRING"));
                 d.models.push_back(m);
                 design::Association as;
                 as.id = "as-added";
                 as.source = a;
                 as.target = "m-added";
                 d.associations.push_back(as);
             }},
            {QStringLiteral("many-to-many"),
             [a, b](design::Design &d) {
                 design::Association as;
                 as.id = "as-m2m";
                 as.kind = design::AssociationKind::ManyToMany;
                 as.source = a;
                 as.target = b;
                 as.through = "PairLinks";
                 d.associations.push_back(as);
             }},
            {QStringLiteral("remove association"),
             [](design::Design &d) { d.associations.erase(d.associations.begin()); }},
            {QStringLiteral("on delete"), [](design::Design &d) { d.associations.front().onDelete = "CASCADE"; }},
            {QStringLiteral("rename foreign key"),
             [](design::Design &d) { d.associations.front().foreignKey = "ownerRef"; }},
        };
    }

private Q_SLOTS:
    void schoolExample()
    {
        const auto loaded = project::ProjectFile::load(
            sf::test::sourcePath(QStringLiteral("resources/examples/school/school.schemaforge.json")).toStdString());
        QVERIFY2(loaded, loaded.error.c_str());
        const auto &as = loaded.project.design.associations.front();
        compareAll(loaded.project.design, edits(as.source, as.target));
    }

    void generatedProject()
    {
        const project::Project p = sf::test::generateBenchProject({300, 6, 450});
        const auto &as = p.design.associations.front();
        compareAll(p.design, edits(as.source, as.target));
    }
};

QTEST_MAIN(TstPendingChange)
#include "tst_pending_change.moc"
