// StatementSplitter per dialect: SQLite has no backslash escapes ('a\' ends the literal), MySQL has
// them unless NO_BACKSLASH_ESCAPES; quotes '' "" `` [], -- / # / block comments and trigger bodies
// (with CASE ... END inside) never split; a piece holding only comments is not a statement.
#include "core/sql/mysql/mysqldialect.h"
#include "core/sql/postgres/postgresdialect.h"
#include "core/sql/sqlite/sqlitedialect.h"

#include <QtTest>

using namespace sf;

Q_DECLARE_METATYPE(std::vector<std::string>)

class TstStatementSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<std::vector<std::string>>("expected");
        using V = std::vector<std::string>;
        QTest::newRow("sqlite: backslash is no escape")
            << "sqlite" << QByteArray("SELECT 'a\\'; SELECT 2") << V{"SELECT 'a\\'", "SELECT 2"};
        QTest::newRow("sqlite: backslash quote") << "sqlite" << QByteArray("INSERT INTO t VALUES ('\\''; x'); SELECT 1")
                                                 << V{"INSERT INTO t VALUES ('\\''; x')", "SELECT 1"};
        QTest::newRow("sqlite: doubled quotes") << "sqlite" << QByteArray("SELECT 'it''s;', \"a\"\";b\"; SELECT 1")
                                                << V{"SELECT 'it''s;', \"a\"\";b\"", "SELECT 1"};
        QTest::newRow("sqlite: brackets and backticks")
            << "sqlite" << QByteArray("SELECT [a;b], `c;``d`; SELECT 1") << V{"SELECT [a;b], `c;``d`", "SELECT 1"};
        QTest::newRow("sqlite: comments keep quotes")
            << "sqlite" << QByteArray("SELECT 1; -- it's; here\n/* ' ; */ SELECT 2;")
            << V{"SELECT 1", "-- it's; here\n/* ' ; */ SELECT 2"};
        QTest::newRow("sqlite: comment-only piece dropped")
            << "sqlite" << QByteArray("SELECT 1; -- done;\n") << V{"SELECT 1"};
        QTest::newRow("sqlite: trigger body with CASE")
            << "sqlite"
            << QByteArray("create temp trigger tr after insert on t begin update t set x = case when 1 then 'a;' "
                          "end; select 1; end; SELECT 2")
            << V{"create temp trigger tr after insert on t begin update t set x = case when 1 then 'a;' end; "
                 "select 1; end",
                 "SELECT 2"};
        QTest::newRow("sqlite: BEGIN outside a trigger")
            << "sqlite" << QByteArray("BEGIN; SELECT 1; END") << V{"BEGIN", "SELECT 1", "END"};
        QTest::newRow("mysql: backslash escapes")
            << "mysql" << QByteArray("SELECT 'a\\'; b'; SELECT 2") << V{"SELECT 'a\\'; b'", "SELECT 2"};
        QTest::newRow("mysql: escaped backslash ends")
            << "mysql" << QByteArray("SELECT 'a\\\\'; SELECT 2") << V{"SELECT 'a\\\\'", "SELECT 2"};
        QTest::newRow("mysql: hash comment")
            << "mysql" << QByteArray("SELECT 1 # it's;\n; SELECT 2") << V{"SELECT 1 # it's;", "SELECT 2"};
        QTest::newRow("mysql: --x is no comment")
            << "mysql" << QByteArray("SELECT 1--1; SELECT 2") << V{"SELECT 1--1", "SELECT 2"};
        QTest::newRow("mysql-nbe: backslash is no escape")
            << "mysql-nbe" << QByteArray("SELECT 'a\\'; SELECT 2") << V{"SELECT 'a\\'", "SELECT 2"};
    }
    void split()
    {
        QFETCH(QString, dialect);
        QFETCH(QByteArray, sql);
        QFETCH(std::vector<std::string>, expected);
        std::unique_ptr<sql::Dialect> d;
        if (dialect == QLatin1String("sqlite"))
            d = std::make_unique<sql::SqliteDialect>();
        else
            d = std::make_unique<sql::MysqlDialect>(sql::DialectId::MySql,
                                                    sql::MysqlSqlMode{dialect == QLatin1String("mysql-nbe")});
        const auto got = d->splitStatements(sql.toStdString());
        std::string shown;
        for (const auto &s : got)
            shown += "\n  [" + s + "]";
        QVERIFY2(got == expected, shown.c_str());
    }

    // quoteLiteral and readStringLiteral are inverses where the catalogue prints what was written.
    void literals_data()
    {
        QTest::addColumn<QByteArray>("value");
        for (const char *v : {"plain", "it's", "a\\b'c\\", "\\", "\\'", "a\\nb", "x\ny\r\tz", "\\%\\_"})
            QTest::newRow(v) << QByteArray(v);
    }
    void literals()
    {
        QFETCH(QByteArray, value);
        const std::string v = value.toStdString();
        const sql::SqliteDialect lite;
        const sql::MysqlDialect my, nbe(sql::DialectId::MariaDb, sql::MysqlSqlMode{true});
        size_t used = 0;
        QCOMPARE(lite.readStringLiteral(lite.quoteLiteral(v) + "::x", &used).value_or("<none>"), v);
        QCOMPARE(used, lite.quoteLiteral(v).size());
        QCOMPARE(my.readStringLiteral(my.quoteLiteral(v)).value_or("<none>"), v);
        QCOMPARE(nbe.quoteLiteral(v), lite.quoteLiteral(v)); // NO_BACKSLASH_ESCAPES: the standard form
        QVERIFY_THROWS_EXCEPTION(sql::UnwritableValue, lite.quoteLiteral(v + std::string(1, '\0')));
        QVERIFY_THROWS_EXCEPTION(sql::UnwritableValue, my.quoteIdentifier(std::string("a\0b", 3)));
    }

    // PostgreSQL without standard_conforming_strings prints E'...' with backslash escapes.
    void postgresEscapeString()
    {
        const sql::PostgresDialect pg;
        size_t used = 0;
        const std::string printed = "E'a\\\\b\\n''c\\x41\\101'::text";
        const std::string got = pg.readStringLiteral(printed, &used).value_or("<none>");
        QVERIFY2(got == "a\\b\n'cAA", got.c_str());
        QCOMPARE(printed.substr(used), std::string("::text"));
        QCOMPARE(pg.readStringLiteral("'a\\b''c\\'::character varying", &used).value_or("<none>"),
                 std::string("a\\b'c\\"));
        QVERIFY(!pg.readStringLiteral("'unterminated").has_value());
        QVERIFY(!pg.readStringLiteral("nextval('x')").has_value());
    }
};

QTEST_GUILESS_MAIN(TstStatementSplitter)
#include "tst_statementsplitter.moc"
