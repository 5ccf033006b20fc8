// The failure classes real published schemas showed (issue 16), each on a hand-built schema: import
// must give a design that loads back from its file, validates with 0 errors, lowers to exactly the
// source schema (names, column order of keys, targetKey, widths), reads binary and typed numeric
// defaults as the values they are, and carries what Sequelize cannot express as raw SQL that
// migrations create and drop per dialect and that the diff keeps stable.
#include "core/db/typeddefault.h"
#include "core/design/validator.h"
#include "core/diff/differ.h"
#include "core/importer/importer.h"
#include "core/importer/importnames.h"
#include "core/importer/rawobjects.h"
#include "core/importer/schemacompare.h"
#include "core/migrate/jswriter.h"
#include "core/ops/replay.h"
#include "core/project/projectfile.h"
#include "core/schema/lowering.h"
#include "core/sql/dialect.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sf;

namespace {

schema::Column col(const std::string &name, const std::string &type, bool nullable = true)
{
    schema::Column c;
    c.name = name;
    c.type = *design::DataType::parse(type);
    c.nullable = nullable;
    return c;
}

schema::Table table(const std::string &name, std::vector<schema::Column> cols)
{
    schema::Table t;
    t.name = name;
    schema::Column id = col("id", "INTEGER", false);
    id.autoIncrement = true;
    t.columns.push_back(id);
    t.primaryKey = {"id"};
    for (auto &c : cols)
        t.columns.push_back(std::move(c));
    return t;
}

QString lines(const std::vector<std::string> &v)
{
    QString s;
    for (const auto &l : v)
        s += "\n  " + QString::fromStdString(l);
    return s;
}

// Saves the design as a project, loads it back, and returns the loaded design (fails the test when
// it does not load).
design::Design saveAndLoad(const design::Design &d, const std::string &dialect)
{
    project::Project p;
    p.name = "fidelity";
    p.settings.defaultDialect = dialect;
    p.design = d;
    QTemporaryDir dir;
    const std::string path = dir.filePath("fidelity.schemaforge.json").toStdString();
    const auto saved = project::ProjectFile::save(p, path);
    if (!saved)
        qFatal("save failed: %s", saved.error.c_str());
    const auto loaded = project::ProjectFile::load(path);
    if (!loaded.ok) {
        qWarning("load failed: %s", loaded.error.c_str());
        return {};
    }
    return loaded.project.design;
}

// Import `s`, then: loads back equal, 0 validation errors, lowering equals the source by names.
// Returns the import result.
importer::ImportResult checkImport(const schema::Schema &s, const std::string &dialect, int *warnings = nullptr)
{
    importer::ImportOptions o;
    o.dialect = dialect;
    auto r = importer::importSchema(s, o);
    const design::Design loaded = saveAndLoad(r.design, dialect);
    if (!(loaded == r.design))
        qWarning("the design does not load back equal");
    r.design = loaded;
    design::ValidationOptions vo;
    vo.dialect = dialect;
    int errors = 0;
    for (const auto &p : design::validate(loaded, vo)) {
        if (p.severity == design::Severity::Error) {
            qWarning("validation error: %s: %s", p.path.c_str(), p.message.c_str());
            ++errors;
        } else if (warnings) {
            ++*warnings;
        }
    }
    if (errors)
        r.design = {};
    return r;
}

#define VERIFY_LOWERS_TO(result, source)                                                                               \
    do {                                                                                                               \
        QVERIFY(!(result).design.models.empty());                                                                      \
        const auto diff_ = importer::compareSchemas(source, schema::lower((result).design), {});                       \
        QVERIFY2(diff_.empty(), qPrintable(lines(diff_)));                                                             \
    } while (0)

} // namespace

class TstImportFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A column named "key-name" (or holding a quote) gets a JavaScript attribute name and keeps the
    // real column in `field`; table and column names with quote or backslash give loadable ids.
    void oddNames()
    {
        schema::Schema s;
        auto t = table("it's\\odd", {col("key-name", "STRING", false), col("a\"b", "INTEGER"), col("3d", "TEXT")});
        t.indexes.push_back({{}, "odd-index", {"key-name", "a\"b"}, false});
        s.tables.push_back(t);
        auto child = table("child", {col("parent-id", "INTEGER")});
        child.foreignKeys.push_back(
            {{}, "child_parent-id_fkey", {"parent-id"}, "it's\\odd", {"id"}, "CASCADE", "CASCADE"});
        s.tables.push_back(child);
        const auto r = checkImport(s, "postgres");
        VERIFY_LOWERS_TO(r, s);
        const design::Model &m = r.design.models[0];
        QCOMPARE(m.tableName, std::optional<std::string>("it's\\odd"));
        QVERIFY(m.id.find('\\') == std::string::npos && m.id.find('"') == std::string::npos);
        QCOMPARE(m.attributes[0].name, std::string("key_name"));
        QCOMPARE(m.attributes[0].field, std::optional<std::string>("key-name"));
        QCOMPARE(m.attributes[2].name, std::string("_3d"));
        QCOMPARE(m.indexes[0].fields, (std::vector<std::string>{"key_name", "a_b"}));
        // Ids that needed changing differ from each other.
        QCOMPARE(importer::ImportNames::safeId("m-a/b"), importer::ImportNames::safeId("m-a/b"));
        QVERIFY(importer::ImportNames::safeId("m-a/b") != importer::ImportNames::safeId("m-a\"b"));
        QCOMPARE(importer::ImportNames::safeId("m-plain"), std::string("m-plain"));
        QVERIFY(importer::ImportNames::safeId(std::string(300, 'x')).size() <= 200);
    }

    // Unique keys and indexes keep their exact column order and names, also against attribute order.
    void uniqueOrderAndNames()
    {
        schema::Schema s;
        auto t = table("hosts", {col("hostid", "INTEGER", false), col("key_", "STRING", false), col("name", "STRING")});
        t.uniques.push_back({{}, "hosts_key_host", {"key_", "hostid"}}); // order differs from the attributes
        t.uniques.push_back({{}, "name_index", {"name"}});               // a name lowering would not derive
        t.indexes.push_back({{}, "hosts_2", {"name", "hostid"}, true});
        s.tables.push_back(t);
        const auto r = checkImport(s, "mysql");
        VERIFY_LOWERS_TO(r, s);
        QCOMPARE(r.unsupportedCount(), 0);
    }

    // A foreign key to a unique non-primary column becomes an association with targetKey; a key column
    // whose width differs from the referenced one is a warning naming table and column, not an error;
    // the database's own constraint name is kept.
    void targetKeyAndWidths()
    {
        schema::Schema s;
        auto domains = table("domains", {col("name", "STRING(256)", false)});
        domains.uniques.push_back({{}, "domains_name_key", {"name"}});
        s.tables.push_back(domains);
        auto records = table("records", {col("domain", "STRING"), col("domain_id", "BIGINT")});
        records.foreignKeys.push_back(
            {{}, "records_domain_fkey", {"domain"}, "domains", {"name"}, "CASCADE", "CASCADE"});
        records.foreignKeys.push_back({{}, "domain_exists", {"domain_id"}, "domains", {"id"}, "CASCADE", "NO ACTION"});
        s.tables.push_back(records);
        int warnings = 0;
        const auto r = checkImport(s, "postgres", &warnings);
        VERIFY_LOWERS_TO(r, s);
        QCOMPARE(r.unsupportedCount(), 0);
        const auto *byName = r.design.associationById("as-records-domain");
        QVERIFY(byName);
        QCOMPARE(byName->targetKey, std::optional<std::string>("name"));
        const auto *byId = r.design.associationById("as-records-domain_id");
        QVERIFY(byId);
        QCOMPARE(byId->constraintName, std::optional<std::string>("domain_exists"));
        QCOMPARE(byName->constraintName, std::nullopt);
        QCOMPARE(warnings, 2); // VARCHAR(255) -> VARCHAR(256), BIGINT -> INTEGER
        design::ValidationOptions vo;
        bool named = false;
        for (const auto &p : design::validate(r.design, vo))
            named = named || p.message.find("\"records\".\"domain\"") != std::string::npos;
        QVERIFY(named);
    }

    // '\x'::bytea is the empty value (not "x"); '0'::bigint, (-1)::integer and ('1.50'::numeric) are numbers.
    void typedDefaults()
    {
        const auto blob = *design::DataType::parse("BLOB");
        const auto bigint = *design::DataType::parse("BIGINT");
        const auto decimal = *design::DataType::parse("DECIMAL(10,2)");
        QCOMPARE(db::TypedDefault::read("'\\x'::bytea", blob), design::DefaultValue::sql("'\\x'::bytea"));
        QCOMPARE(db::TypedDefault::read("NULL::bytea", blob), std::nullopt);
        QCOMPARE(db::TypedDefault::read("'0'::bigint", bigint), design::DefaultValue::number("0"));
        QCOMPARE(db::TypedDefault::read("(-1)::integer", bigint), design::DefaultValue::number("-1"));
        QCOMPARE(db::TypedDefault::read("('1.50'::numeric(10,2))", decimal), design::DefaultValue::number("1.50"));
        QCOMPARE(db::TypedDefault::read("nextval('x_seq'::regclass)", bigint), std::nullopt);
        QCOMPARE(db::TypedDefault::read("'abc'::text", *design::DataType::parse("TEXT")), std::nullopt);
        // As a column default the typed number compares equal to the plain one.
        schema::Schema a, b;
        a.tables.push_back(table("t", {col("n", "BIGINT")}));
        b = a;
        a.tables[0].columns[1].defaultValue = *db::TypedDefault::read("'0'::bigint", bigint);
        b.tables[0].columns[1].defaultValue = design::DefaultValue::number("0");
        QVERIFY(importer::compareSchemas(a, b).empty());
        // A default the database accepts but the type refuses (SQLite's DATETIME DEFAULT 0) is the raw
        // SQL the server printed, so the design validates and re-reading it gives the same value.
        const auto date = *design::DataType::parse("DATE");
        std::string why;
        QCOMPARE(db::TypedDefault::fitType(design::DefaultValue::number("0"), "0", date, &why),
                 design::DefaultValue::sql("0"));
        QVERIFY(why.find("does not fit DATE") != std::string::npos);
        QCOMPARE(db::TypedDefault::fitType(design::DefaultValue::number("0"), "(0)", date),
                 design::DefaultValue::sql("0"));
        QCOMPARE(db::TypedDefault::fitType(design::DefaultValue::number("7"), "7", bigint, &why),
                 design::DefaultValue::number("7"));
        QVERIFY(why.empty());
    }

    // A MySQL primary key with a prefix length is no Sequelize key: the table imports without one
    // (noPrimaryKey) and a raw object adds the key after it, before the indexes; SQLite, which cannot
    // add a key to an existing table, does not carry it.
    void prefixPrimaryKey()
    {
        schema::Schema s;
        s.tables.push_back(table("Counters", {col("Counter", "BLOB")}));
        s.tables[0].primaryKey.clear();
        s.tables[0].columns.erase(s.tables[0].columns.begin()); // no implicit id either
        s.extras = {{"primaryKey", "PRIMARY", "Counters", "PRIMARY KEY (`Counter`(128))"},
                    {"index", "c_ix", "Counters", "CREATE INDEX `c_ix` ON `Counters` (`Counter`(10))"}};
        const auto r = checkImport(s, "mysql");
        QCOMPARE(r.unsupportedCount(), 0);
        QVERIFY(r.design.models[0].noPrimaryKey.value_or(false));
        QCOMPARE(r.design.rawSql.size(), size_t(2));
        QCOMPARE(r.design.rawSql[0].up, std::string("ALTER TABLE `Counters` ADD PRIMARY KEY (`Counter`(128))"));
        QCOMPARE(r.design.rawSql[0].down, std::string("ALTER TABLE `Counters` DROP PRIMARY KEY"));
        QCOMPARE(r.design.rawSql[1].kind, std::string("index"));
        QVERIFY(!importer::RawObjects::carries(s.extras[0], "sqlite"));
    }

    // MySQL/MariaDB character sets and collations: import keeps them on the model and attribute, the
    // planner writes them into CREATE TABLE and the column definition, the JS migration passes them
    // as createTable options and in the type string; other databases' validation warns they are ignored.
    void characterSets()
    {
        schema::Schema s;
        s.tables.push_back(table("records", {col("content", "STRING(64000)"), col("account", "STRING(40)")}));
        s.tables[0].charset = "latin1";
        s.tables[0].collation = "latin1_swedish_ci";
        s.tables[0].columns[2].charset = "utf8mb3";
        s.tables[0].columns[2].collation = "utf8mb3_general_ci";
        const auto r = checkImport(s, "mysql");
        QCOMPARE(r.design.models[0].charset.value_or(""), std::string("latin1"));
        QCOMPARE(r.design.models[0].collate.value_or(""), std::string("latin1_swedish_ci"));
        const schema::Schema wanted = schema::lower(r.design);
        QCOMPARE(wanted.tables[0].columns[2].charset, std::string("utf8mb3"));
        const auto ops = diff::diff({}, wanted);
        const auto plan = sql::makeDialect("mysql")->planAll(ops, {});
        const std::string create = plan.statements.at(0).sql;
        QVERIFY2(create.find("`account` VARCHAR(40) CHARACTER SET 'utf8mb3' COLLATE 'utf8mb3_general_ci'") !=
                     std::string::npos,
                 create.c_str());
        QVERIFY2(create.find(") ENGINE=InnoDB DEFAULT CHARSET='latin1' COLLATE='latin1_swedish_ci'") !=
                     std::string::npos,
                 create.c_str());
        migrate::Migration m;
        m.id = "20240101000000-baseline";
        m.operations = ops;
        const std::string js = migrate::JsWriter::write(m);
        QVERIFY2(js.find("charset: 'latin1', collate: 'latin1_swedish_ci'") != std::string::npos, js.c_str());
        QVERIFY2(js.find("Sequelize.STRING(40) + ' CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci'") !=
                     std::string::npos,
                 js.c_str());
        // A changed collation is a column change; a schema differing only there is reported.
        schema::Schema other = wanted;
        other.tables[0].columns[2].collation = "utf8mb3_bin";
        QCOMPARE(diff::diff(wanted, other).size(), size_t(1));
        QCOMPARE(importer::compareSchemas(wanted, other).size(), size_t(1));
        design::ValidationOptions vo;
        vo.dialect = "postgres";
        int warnings = 0;
        for (const auto &p : design::validate(r.design, vo))
            warnings += p.message.find("only MySQL/MariaDB") != std::string::npos;
        QCOMPARE(warnings, 2);
    }

    // Checks, views, triggers with their functions and method indexes become raw SQL objects of the
    // source database, in dependency order; the baseline creates them after the tables, its down drops
    // them first, other databases skip them, and a second diff finds nothing.
    void rawObjects()
    {
        schema::Schema s;
        s.tables.push_back(table("accounts", {col("balance", "DECIMAL(10,2)"), col("ip", "TEXT")}));
        s.extras = {{"trigger", "accounts_touch", "accounts",
                     "CREATE TRIGGER accounts_touch BEFORE UPDATE ON public.accounts "
                     "FOR EACH ROW EXECUTE FUNCTION touch()"},
                    {"check", "accounts_balance_check", "accounts", "CHECK ((balance >= (0)::numeric))"},
                    {"view", "rich", "", "CREATE VIEW rich AS SELECT * FROM accounts WHERE balance > 1000"},
                    {"index", "accounts_ip_ops", "accounts",
                     "CREATE INDEX accounts_ip_ops ON public.accounts USING btree (ip text_pattern_ops)"},
                    {"function", "touch()", "",
                     "CREATE OR REPLACE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN "
                     "NEW; END $f$"},
                    {"column", "ip", "accounts", "\"ip\" inet"}};
        s.tables[0].indexes.push_back({{}, "accounts_ip_ops", {"ip"}, false});
        const auto r = checkImport(s, "postgres");
        QCOMPARE(r.unsupportedCount(), 0);
        const auto &raw = r.design.rawSql;
        QCOMPARE(raw.size(), size_t(6));
        std::vector<std::string> kinds;
        for (const auto &x : raw)
            kinds.push_back(x.kind);
        QCOMPARE(kinds, (std::vector<std::string>{"function", "column", "check", "index", "view", "trigger"}));
        QCOMPARE(raw[2].up, std::string("ALTER TABLE \"accounts\" ADD CONSTRAINT \"accounts_balance_check\" CHECK "
                                        "((balance >= (0)::numeric))"));
        QCOMPARE(raw[2].down, std::string("ALTER TABLE \"accounts\" DROP CONSTRAINT \"accounts_balance_check\""));
        QCOMPARE(raw[1].up, std::string("ALTER TABLE \"accounts\" ALTER COLUMN \"ip\" TYPE inet USING \"ip\"::inet"));
        QCOMPARE(raw[0].down, std::string("DROP FUNCTION touch()"));
        QCOMPARE(raw[5].down, std::string("DROP TRIGGER \"accounts_touch\" ON \"accounts\""));
        QVERIFY(r.design.models[0].indexes.empty()); // the method index is raw SQL, not a model index

        // Baseline from nothing: tables first, raw objects last in order; replaying it gives back the
        // lowered schema, so the next diff is empty ("No changes").
        const schema::Schema wanted = schema::lower(r.design);
        const auto ops = diff::diff({}, wanted);
        QVERIFY(ops.size() >= 7);
        for (size_t i = 0; i < 6; ++i) {
            const auto *op = std::get_if<ops::RawSql>(&ops[ops.size() - 6 + i]);
            QVERIFY(op);
            QCOMPARE(op->object, raw[i].id);
            QCOMPARE(op->dialect, std::string("postgres"));
        }
        schema::Schema recorded;
        for (const auto &op : ops)
            ops::apply(recorded, op);
        QVERIFY(recorded == wanted);
        QVERIFY(diff::diff(recorded, wanted).empty());
        // Removing an object drops it (before anything else) and the drop's inverse recreates it.
        auto fewer = r.design;
        fewer.rawSql.erase(fewer.rawSql.begin() + 4); // the view
        const auto drop = diff::diff(recorded, schema::lower(fewer));
        QCOMPARE(drop.size(), size_t(1));
        QCOMPARE(std::get<ops::RawSql>(drop[0]).up, std::string("DROP VIEW \"rich\""));

        // Each database runs only its own raw objects; the JS migration guards them by dialect.
        const auto pg = sql::makeDialect("postgres")->planAll(ops, {});
        const auto lite = sql::makeDialect("sqlite")->planAll(ops, {});
        QCOMPARE(pg.statements.size(), lite.statements.size() + 6);
        migrate::Migration m;
        m.id = "20240101000000-baseline";
        m.operations = ops;
        const std::string js = migrate::JsWriter::write(m);
        QVERIFY(js.find("if (['postgres'].includes(queryInterface.sequelize.getDialect()))") != std::string::npos);
    }

    // SQLite cannot add a check constraint or change a column type after the table exists: those stay
    // notes there (reported as unsupported), while its views, triggers and indexes are carried.
    void sqliteLimits()
    {
        schema::Schema s;
        s.tables.push_back(table("t", {col("n", "INTEGER")}));
        s.extras = {{"check", "t_check_1", "t", "CHECK (n > 0)"},
                    {"trigger", "t_ai", "t", "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN SELECT 1; END"}};
        const auto r = checkImport(s, "sqlite");
        QCOMPARE(r.unsupportedCount(), 1);
        QCOMPARE(r.design.rawSql.size(), size_t(1));
        QCOMPARE(r.design.rawSql[0].down, std::string("DROP TRIGGER \"t_ai\""));
    }
};

QTEST_GUILESS_MAIN(TstImportFidelity)
#include "tst_importfidelity.moc"
