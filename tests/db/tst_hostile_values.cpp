// Hostile values through every path that writes or reads SQL, on real PostgreSQL, MariaDB (default
// sql_mode, and NO_BACKSLASH_ESCAPES set per session and globally) and SQLite: column defaults, table
// and column comments, ENUM values, migration names in SequelizeMeta and SchemaForgeMeta, the
// statement splitter (multi-statement exec on MariaDB and SQLite), the lock and the history on a
// database whose name is hostile, introspection read-back and drift. Values come back byte-identical;
// drift right after migrate finds nothing; undo removes everything. A NUL byte is refused, naming where.
#include "core/db/introspector.h"
#include "core/migrate/drift.h"
#include "core/migrate/executor.h"
#include "core/migrate/history.h"
#include "core/migrate/lock.h"
#include "core/migrate/migrationsteps.h"
#include "core/sql/dialect.h"
#include "support/dbtesthelpers.h"
#include "support/testenv.h"

#include <QtTest>

#include <map>

using namespace sf;

namespace {

using design::DataType;
using design::DefaultValue;
using design::TypeKind;

// The table and column names are hostile too (quotes of every dialect, a backslash, a comment opener).
const std::string kTable = "h'o\"s`t\\ile -- t";
const std::string kDefaultColumn = "d'\"`\\c";

// The planner/introspection target of a row: which server and which sql_mode.
enum class Mode { Default, NoBackslashSession, NoBackslashGlobal };

struct Target {
    QString server; // "postgres" | "mysql" | "sqlite"
    Mode mode = Mode::Default;
};

Target targetOf(const QString &row)
{
    if (row == QLatin1String("mariadb-nbe-session"))
        return {QStringLiteral("mysql"), Mode::NoBackslashSession};
    if (row == QLatin1String("mariadb-nbe-global"))
        return {QStringLiteral("mysql"), Mode::NoBackslashGlobal};
    if (row == QLatin1String("mariadb"))
        return {QStringLiteral("mysql"), Mode::Default};
    return {row, Mode::Default};
}

size_t utf8Length(const std::string &s)
{
    size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// The first `chars` characters of s (never splits a UTF-8 sequence).
std::string firstChars(const std::string &s, size_t chars)
{
    size_t n = 0, i = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && n++ == chars)
            break;
    }
    return s.substr(0, i);
}

bool hasFourByte(const std::string &s)
{
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xF8) == 0xF0)
            return true;
    return false;
}

std::string printable(const std::string &s)
{
    std::string r;
    for (char c : s.substr(0, 120)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            char b[8];
            std::snprintf(b, sizeof b, "\\x%02x", u);
            r += b;
        } else {
            r += c;
        }
    }
    return "[" + r + (s.size() > 120 ? "...]" : "]") + " (" + std::to_string(s.size()) + " bytes)";
}

std::string driftText(const std::vector<migrate::DriftItem> &items)
{
    std::string s;
    for (const auto &i : items)
        s += "\n  " + i.message;
    return s;
}

// Plans with the connection's own dialect object (its sql_mode), as the CLI and the designer do.
std::vector<migrate::MigrationStep> planFor(db::Connection &conn, const std::vector<migrate::MigrationSource> &sources)
{
    return migrate::MigrationSteps::plan(sources, conn.sqlDialect());
}

// Sets or clears NO_BACKSLASH_ESCAPES in the global sql_mode (new sessions inherit it).
void setGlobalNoBackslash(db::Connection &admin, bool on)
{
    admin.exec(on ? "SET GLOBAL sql_mode = CONCAT(@@GLOBAL.sql_mode, ',NO_BACKSLASH_ESCAPES')"
                  : "SET GLOBAL sql_mode = REPLACE(REPLACE(@@GLOBAL.sql_mode, ',NO_BACKSLASH_ESCAPES', ''), "
                    "'NO_BACKSLASH_ESCAPES', '')");
}

// Opens `url` in the row's sql_mode and proves the session really is in it.
std::unique_ptr<db::Connection> openInMode(const QString &url, const QString &adminUrl, Mode mode, QString *error)
{
    std::unique_ptr<db::Connection> conn;
    if (mode == Mode::NoBackslashGlobal) {
        auto admin = test::open(adminUrl);
        if (!admin) {
            *error = QStringLiteral("cannot open the admin connection");
            return nullptr;
        }
        setGlobalNoBackslash(*admin, true);
        conn = test::open(url);
        setGlobalNoBackslash(*admin, false); // only this session keeps it
    } else {
        conn = test::open(url);
    }
    if (!conn) {
        *error = QStringLiteral("cannot open ") + url;
        return nullptr;
    }
    if (mode == Mode::NoBackslashSession)
        conn->exec("SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_BACKSLASH_ESCAPES')");
    if (mode != Mode::Default &&
        conn->scalar("SELECT @@SESSION.sql_mode").value_or("").find("NO_BACKSLASH_ESCAPES") == std::string::npos) {
        *error = QStringLiteral("the session is not in NO_BACKSLASH_ESCAPES");
        return nullptr;
    }
    return conn;
}

QString adminUrlFor(const QString &server, bool *ok)
{
    bool skip = false;
    QString error;
    const char *var = test::adminUrlVariable(server);
    const QString url = var ? test::databaseUrl(var, &skip, &error) : QString();
    *ok = server == QLatin1String("sqlite") || !url.isEmpty();
    if (!*ok)
        qWarning("%s", qPrintable(error));
    return url;
}

const schema::Table *findTable(const schema::Schema &s, const std::string &name)
{
    for (const auto &t : s.tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

// The hostile values: each row of every test below.
void addValueRows(const QStringList &targets)
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("value");
    std::string longValue;
    const std::string piece = "a'b\"c\\d`e--f/*g*/h$$i;\n\r\tj\\";
    while (longValue.size() < 3000)
        longValue += piece;
    longValue.resize(3000);
    const std::vector<std::pair<const char *, std::string>> values = {
        {"single quote", "it's"},
        {"double quote", "say \"hi\""},
        {"backslash", "a\\b"},
        {"issue example", "a\\b'c\\"},
        {"trailing backslash", "ends with \\"},
        {"backslash quote", "\\'"},
        {"backslash backslash quote", "x\\\\'y"},
        {"backslash n (two characters)", "a\\nb"},
        {"backslash percent underscore", "\\%\\_\\Z\\0"},
        {"dash dash", "x -- y"},
        {"block comment", "/* c */ ; */"},
        {"dollar quotes", "$$ $tag$ $1"},
        {"semicolon", "a'); DROP TABLE x; --"},
        {"backtick", "a`b``c"},
        {"newline", "line1\nline2"},
        {"cr lf", "a\r\nb\r"},
        {"tab", "a\tb"},
        {"control z and backspace", "a\x1a"
                                    "b\bc"},
        {"u2028", "a\u2028b\u2029c"},
        {"emoji", "fox \xF0\x9F\xA6\x8A ok"},
        {"3000 characters", longValue},
    };
    for (const QString &t : targets)
        for (const auto &[name, v] : values)
            QTest::newRow(qPrintable(t + QStringLiteral(": ") + QString::fromUtf8(name)))
                << t << QByteArray::fromStdString(v);
}

const QStringList kAllTargets = {QStringLiteral("postgres"), QStringLiteral("mariadb"),
                                 QStringLiteral("mariadb-nbe-session"), QStringLiteral("mariadb-nbe-global"),
                                 QStringLiteral("sqlite")};

} // namespace

class TstHostileValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Defaults, comments, ENUM values and the migration name round-trip through migrate,
    // introspection, drift, the history and undo.
    void roundTrip_data() { addValueRows(kAllTargets); }
    void roundTrip()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, value);
        const std::string v = value.toStdString();
        const Target tg = targetOf(target);
        bool ok = false;
        const QString adminUrl = adminUrlFor(tg.server, &ok);
        QVERIFY2(ok, "set SF_TEST_PG_URL / SF_TEST_MYSQL_URL (./test.sh does)");
        test::DbTarget t;
        QString error;
        QVERIFY2(test::makeTarget(tg.server, adminUrl, t, &error), qPrintable(error));
        auto conn = openInMode(t.url, adminUrl, tg.mode, &error);
        QVERIFY2(conn, qPrintable(error));
        const bool mysql = tg.server == QLatin1String("mysql");
        const bool sqlite = tg.server == QLatin1String("sqlite");
        const bool postgres = tg.server == QLatin1String("postgres");

        // MySQL/MariaDB keep definitions in 3-byte UTF-8: an emoji there must be refused by name.
        if (mysql && hasFourByte(v)) {
            schema::Table tab;
            tab.name = kTable;
            schema::Column c;
            c.name = kDefaultColumn;
            c.type.kind = TypeKind::Text;
            c.defaultValue = DefaultValue::string(v);
            tab.columns.push_back(c);
            const auto steps = planFor(*conn, {{"20240101000000-emoji", "x", {ops::CreateTable{tab}}, {}}});
            QCOMPARE(steps.size(), size_t(1));
            QVERIFY2(steps[0].planError.find("its default value contains U+1F98A") != std::string::npos &&
                         steps[0].planError.find("column \"h'o") != std::string::npos,
                     steps[0].planError.c_str());
            return;
        }

        schema::Table tab;
        tab.name = kTable;
        schema::Column id;
        id.name = "id";
        id.type.kind = TypeKind::Integer;
        id.nullable = false;
        id.autoIncrement = true;
        tab.columns.push_back(id);
        tab.primaryKey = {"id"};
        // TEXT with the value as default and comment (MariaDB: comments up to 1,024 characters).
        schema::Column d;
        d.name = kDefaultColumn;
        d.type.kind = TypeKind::Text;
        d.defaultValue = DefaultValue::string(v);
        d.comment = mysql ? firstChars(v, 1000) : v;
        tab.columns.push_back(d);
        // VARCHAR(255) where it fits.
        const bool fitsVarchar = utf8Length(v) <= 255;
        if (fitsVarchar) {
            schema::Column s;
            s.name = "s";
            s.type.kind = TypeKind::String;
            s.defaultValue = DefaultValue::string(v);
            tab.columns.push_back(s);
        }
        // ENUM where a label fits (PostgreSQL: 63 bytes), with the value as its default.
        const bool fitsEnum = v.size() <= 63;
        if (fitsEnum) {
            schema::Column e;
            e.name = "e";
            e.type.kind = TypeKind::Enum;
            e.type.enumValues = {v, "plain"};
            e.defaultValue = DefaultValue::string(v);
            tab.columns.push_back(e);
        }
        tab.comment = sqlite ? std::string() : mysql ? firstChars(v, 2000) : v;

        // The migration name (SequelizeMeta is VARCHAR(255), and utf8 on MariaDB as sequelize-cli makes it).
        const bool nameFits = v.size() <= 200;
        const std::string id0 = "20240101000000-" + (nameFits ? v : std::string("long"));
        const std::vector<migrate::MigrationSource> sources = {{id0, "checksum-0", {ops::CreateTable{tab}}, {}}};
        const auto steps = planFor(*conn, sources);
        QCOMPARE(steps.size(), size_t(1));
        QVERIFY2(steps[0].planError.empty(), steps[0].planError.c_str());

        migrate::ExecutorOptions eo;
        eo.allowDestructive = true; // the undo below drops the rows this test inserted, on purpose
        migrate::Executor ex(*conn, eo);
        auto r = ex.migrate(steps);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.done.size(), size_t(1));

        // History: both tables hold the name byte for byte; status agrees.
        bool found = false;
        for (const auto &h : migrate::History(*conn).read()) {
            if (h.name != id0 + ".js")
                continue;
            found = true;
            QVERIFY(h.inSequelizeMeta);
            QVERIFY(h.inSchemaForgeMeta);
            QCOMPARE(h.checksum, std::string("checksum-0"));
        }
        QVERIFY2(found, ("no history row named " + printable(id0 + ".js")).c_str());
        const auto st = ex.status(steps);
        QCOMPARE(st.size(), size_t(1));
        QCOMPARE(migrate::stateName(st[0].state), "applied");

        // Introspection reads every value back byte-identical.
        const auto live = db::Introspector::introspect(*conn);
        const schema::Table *lt = findTable(live.schema, kTable);
        QVERIFY2(lt, "the hostile table is missing from introspection");
        const schema::Column *ld = lt->column(kDefaultColumn);
        QVERIFY(ld);
        QVERIFY2(ld->defaultValue.kind == DefaultValue::Kind::String && ld->defaultValue.text == v,
                 ("TEXT default read back as " + printable(ld->defaultValue.text) + ", wrote " + printable(v)).c_str());
        if (!sqlite) {
            QVERIFY2(
                ld->comment == d.comment,
                ("column comment read back as " + printable(ld->comment) + ", wrote " + printable(d.comment)).c_str());
            QVERIFY2(
                lt->comment == tab.comment,
                ("table comment read back as " + printable(lt->comment) + ", wrote " + printable(tab.comment)).c_str());
        }
        if (fitsVarchar) {
            const schema::Column *ls = lt->column("s");
            QVERIFY(ls);
            QVERIFY2(ls->defaultValue.text == v,
                     ("VARCHAR default read back as " + printable(ls->defaultValue.text)).c_str());
        }
        if (fitsEnum) {
            const schema::Column *le = lt->column("e");
            QVERIFY(le);
            QVERIFY2(le->defaultValue.text == v,
                     ("ENUM default read back as " + printable(le->defaultValue.text)).c_str());
            if (!sqlite) {
                QCOMPARE(le->type.kind, TypeKind::Enum);
                QCOMPARE(le->type.enumValues.size(), size_t(2));
                QVERIFY2(le->type.enumValues[0] == v,
                         ("ENUM value read back as " + printable(le->type.enumValues[0])).c_str());
            }
        }

        // Drift right after migrate finds nothing.
        std::string replayError;
        const auto expected = migrate::MigrationSteps::replay(sources, {id0}, &replayError);
        QVERIFY2(replayError.empty(), replayError.c_str());
        const auto drift = migrate::Drift::compare(expected, live.schema, test::plannerDialect(*conn));
        QVERIFY2(drift.empty(), ("drift right after migrate:" + driftText(drift)).c_str());

        // The statement splitter: two statements in one exec, the value as a literal in the first.
        if (!postgres) {
            const std::string tq = conn->quoteIdentifier(kTable), cq = conn->quoteIdentifier(kDefaultColumn);
            conn->exec("INSERT INTO " + tq + " (" + cq + ") VALUES (" + conn->quoteLiteral(v) +
                       ");\n-- it's a comment; with a quote\n/* and 'another'; */ INSERT INTO " + tq + " (" + cq +
                       ") VALUES ('second')");
            const auto rows =
                conn->query("SELECT " + cq + " FROM " + tq + " ORDER BY " + conn->quoteIdentifier("id")).rows;
            QCOMPARE(rows.size(), size_t(2));
            QVERIFY2(rows[0][0].value_or("") == v,
                     ("inserted value read back as " + printable(rows[0][0].value_or(""))).c_str());
            QCOMPARE(rows[1][0].value_or(""), std::string("second"));
        }

        // Undo removes the table and both history rows.
        r = ex.undo(steps, migrate::UndoScope::Last);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(test::allTables(*conn),
                 (QStringList{QStringLiteral("SchemaForgeJournal"), QStringLiteral("SchemaForgeMeta"),
                              QStringLiteral("SequelizeMeta")}));
        QVERIFY(migrate::History(*conn).read().empty());
    }

    // The lock (MariaDB: GET_LOCK with a name built from the database name) and the history on a
    // database whose name is hostile.
    void databaseName_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("name");
        for (const QString &t : {QStringLiteral("postgres"), QStringLiteral("mariadb"),
                                 QStringLiteral("mariadb-nbe-session"), QStringLiteral("mariadb-nbe-global")}) {
            QTest::newRow(qPrintable(t + QStringLiteral(": a\\b"))) << t << QByteArray("sf_h_a\\b");
            QTest::newRow(qPrintable(t + QStringLiteral(": quotes"))) << t << QByteArray("sf_h_it's \"q\" `b`");
            QTest::newRow(qPrintable(t + QStringLiteral(": trailing backslash"))) << t << QByteArray("sf_h_x'\\");
        }
    }
    void databaseName()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, name);
        const Target tg = targetOf(target);
        bool ok = false;
        const QString adminUrl = adminUrlFor(tg.server, &ok);
        QVERIFY2(ok, "set SF_TEST_PG_URL / SF_TEST_MYSQL_URL (./test.sh does)");
        auto admin = test::open(adminUrl);
        QVERIFY(admin);
        const std::string db = name.toStdString();
        const std::string dq = admin->quoteIdentifier(db);
        admin->exec("DROP DATABASE IF EXISTS " + dq);
        admin->exec("CREATE DATABASE " + dq);
        const QString base = adminUrl.left(adminUrl.lastIndexOf(QLatin1Char('/')) + 1);
        const QString url = base + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(db)));
        {
            QString error;
            auto conn = openInMode(url, adminUrl, tg.mode, &error);
            QVERIFY2(conn, qPrintable(error));
            QCOMPARE(
                conn->scalar(tg.server == QLatin1String("postgres") ? "SELECT current_database()" : "SELECT DATABASE()")
                    .value_or(""),
                db);
            if (tg.server == QLatin1String("mysql")) {
                migrate::MigrationLock lock(*conn);
                std::string msg;
                QCOMPARE(lock.acquire({}, &msg), migrate::MigrationLock::Result::Acquired);
                QCOMPARE(lock.lockName(), "schemaforge:" + db);
                // The server holds exactly that lock for this session.
                QCOMPARE(conn->scalar("SELECT IS_USED_LOCK(" + conn->quoteLiteral("schemaforge:" + db) +
                                      ") = CONNECTION_ID()")
                             .value_or(""),
                         std::string("1"));
                lock.release();
                QCOMPARE(
                    conn->scalar("SELECT IS_FREE_LOCK(" + conn->quoteLiteral("schemaforge:" + db) + ")").value_or(""),
                    std::string("1"));
            }
            schema::Table tab;
            tab.name = "t";
            schema::Column c;
            c.name = "c";
            c.type.kind = TypeKind::String;
            c.defaultValue = DefaultValue::string(db);
            tab.columns.push_back(c);
            const std::vector<migrate::MigrationSource> sources = {
                {"20240101000000-" + db, "k", {ops::CreateTable{tab}}, {}}};
            const auto steps = planFor(*conn, sources);
            QVERIFY2(steps[0].planError.empty(), steps[0].planError.c_str());
            migrate::Executor ex(*conn, {});
            auto r = ex.migrate(steps);
            QVERIFY2(r.ok(), r.error.c_str());
            const auto rows = migrate::History(*conn).read();
            QCOMPARE(rows.size(), size_t(1));
            QCOMPARE(rows[0].name, "20240101000000-" + db + ".js");
            std::string e;
            const auto drift =
                migrate::Drift::compare(migrate::MigrationSteps::replay(sources, {sources[0].id}, &e),
                                        db::Introspector::introspect(*conn).schema, test::plannerDialect(*conn));
            QVERIFY2(drift.empty(), driftText(drift).c_str());
            r = ex.undo(steps, migrate::UndoScope::All);
            QVERIFY2(r.ok(), r.error.c_str());
            QVERIFY(migrate::History(*conn).read().empty());
        }
        admin->exec("DROP DATABASE " + dq);
    }

    // A NUL byte is refused before any SQL runs, with a message naming where it is.
    void nulRejected_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("where");
        for (const QString &t : {QStringLiteral("postgres"), QStringLiteral("mariadb"),
                                 QStringLiteral("mariadb-nbe-session"), QStringLiteral("sqlite")})
            for (const QString &w :
                 {QStringLiteral("default"), QStringLiteral("column comment"), QStringLiteral("table comment"),
                  QStringLiteral("enum value"), QStringLiteral("column name"), QStringLiteral("migration name")})
                QTest::newRow(qPrintable(t + QStringLiteral(": ") + w)) << t << w;
    }
    void nulRejected()
    {
        QFETCH(QString, target);
        QFETCH(QString, where);
        const Target tg = targetOf(target);
        bool ok = false;
        const QString adminUrl = adminUrlFor(tg.server, &ok);
        QVERIFY2(ok, "set SF_TEST_PG_URL / SF_TEST_MYSQL_URL (./test.sh does)");
        test::DbTarget t;
        QString error;
        QVERIFY2(test::makeTarget(tg.server, adminUrl, t, &error), qPrintable(error));
        auto conn = openInMode(t.url, adminUrl, tg.mode, &error);
        QVERIFY2(conn, qPrintable(error));
        const std::string nul("a\0b", 3);
        schema::Table tab;
        tab.name = "t";
        schema::Column c;
        c.name = where == QLatin1String("column name") ? "c" + nul : "c";
        c.type.kind = where == QLatin1String("enum value") ? TypeKind::Enum : TypeKind::String;
        if (c.type.kind == TypeKind::Enum)
            c.type.enumValues = {"x", nul};
        if (where == QLatin1String("default"))
            c.defaultValue = DefaultValue::string(nul);
        if (where == QLatin1String("column comment"))
            c.comment = nul;
        if (where == QLatin1String("table comment"))
            tab.comment = nul;
        tab.columns.push_back(c);
        const std::string id0 =
            where == QLatin1String("migration name") ? "20240101000000-" + nul : "20240101000000-ok";
        const auto steps = planFor(*conn, {{id0, "k", {ops::CreateTable{tab}}, {}}});
        std::string message = steps[0].planError;
        if (message.empty()) {
            migrate::Executor ex(*conn, {});
            const auto r = ex.migrate(steps);
            QVERIFY2(!r.ok(), "a NUL byte was accepted");
            message = r.error;
        }
        QVERIFY2(message.find("NUL") != std::string::npos, message.c_str());
        const std::map<QString, std::string> expectedWhere = {
            {QStringLiteral("default"), "its default value"},
            {QStringLiteral("column comment"), "its comment"},
            {QStringLiteral("table comment"), "table \"t\": its comment"},
            {QStringLiteral("enum value"), "an ENUM value"},
            {QStringLiteral("column name"), "a column name of table \"t\""},
            {QStringLiteral("migration name"), "the migration name"},
        };
        QVERIFY2(message.find(expectedWhere.at(where)) != std::string::npos, message.c_str());
        // Nothing was created: no table t (the history tables may exist).
        QVERIFY(!test::allTables(*conn).contains(QStringLiteral("t")));
    }
};

QTEST_GUILESS_MAIN(TstHostileValues)
#include "tst_hostile_values.moc"
