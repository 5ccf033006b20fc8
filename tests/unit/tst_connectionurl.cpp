// ConnectionUrl parsing, ${VAR} and .env expansion, redaction, and hostile URLs (no secret ever printed).
#include "core/db/connectfailure.h"
#include "core/db/connectionurl.h"
#include "core/db/dotenv.h"
#include "core/db/openconnection.h"
#include "core/sql/postgres/pgconnection.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using sf::db::ConnectionUrl;

class TstConnectionUrl : public QObject
{
    Q_OBJECT

    static ConnectionUrl parseOk(const std::string &text, const std::string &base = "/proj")
    {
        std::string error;
        const auto url = ConnectionUrl::parse(text, {base}, &error);
        if (!url)
            qFatal("parse failed for a valid URL: %s", error.c_str());
        return *url;
    }
    static std::string parseError(const std::string &text)
    {
        std::string error;
        const auto url = ConnectionUrl::parse(text, {"/proj"}, &error);
        return url ? std::string() : error;
    }

private Q_SLOTS:
    void postgres()
    {
        const auto u = parseOk("postgres://alice:s3cr%40t@db.example.com:6543/app_db?sslmode=require");
        QCOMPARE(u.kind, ConnectionUrl::Kind::Postgres);
        QCOMPARE(u.dialect(), std::string("postgres"));
        QCOMPARE(u.user, std::string("alice"));
        QCOMPARE(u.password, std::string("s3cr@t"));
        QCOMPARE(u.host, std::string("db.example.com"));
        QCOMPARE(u.port, 6543);
        QCOMPARE(u.database, std::string("app_db"));
        QCOMPARE(u.param("sslmode"), std::string("require"));
        const std::string ci = sf::db::PgConnection::conninfo(u, 5);
        QVERIFY(ci.find("sslmode='require'") != std::string::npos);
        QVERIFY(ci.find("connect_timeout='5'") != std::string::npos);
        QVERIFY(ci.find("password='s3cr@t'") != std::string::npos);
    }
    void postgresqlSchemeAndDefaults()
    {
        const auto u = parseOk("postgresql://bob@localhost/shop");
        QCOMPARE(u.scheme, std::string("postgres"));
        QCOMPARE(u.effectivePort(), 5432);
        QVERIFY(u.password.empty());
        // No password: libpq's own PGPASSWORD / ~/.pgpass must stay in charge.
        QVERIFY(sf::db::PgConnection::conninfo(u, 5).find("password") == std::string::npos);
    }
    void mysqlAndMariadb()
    {
        const auto m = parseOk("mysql://root:pw@127.0.0.1/shop");
        QCOMPARE(m.kind, ConnectionUrl::Kind::MySql);
        QCOMPARE(m.effectivePort(), 3306);
        const auto a = parseOk("mariadb://u:p@[::1]:3307/shop");
        QCOMPARE(a.kind, ConnectionUrl::Kind::MySql);
        QVERIFY(a.isMariaDb());
        QCOMPARE(a.host, std::string("::1"));
        QCOMPARE(a.port, 3307);
    }
    void sqlite()
    {
        QCOMPARE(parseOk("sqlite:school.sqlite", "/srv/proj").database, std::string("/srv/proj/school.sqlite"));
        QCOMPARE(parseOk("sqlite:data/../db.sqlite", "/srv/proj").database, std::string("/srv/proj/db.sqlite"));
        QCOMPARE(parseOk("sqlite:/var/db/x.db").database, std::string("/var/db/x.db"));
        QCOMPARE(parseOk("sqlite:///var/db/x.db").database, std::string("/var/db/x.db"));
        const auto mem = parseOk("sqlite::memory:");
        QVERIFY(mem.isMemory());
        QCOMPARE(mem.dialect(), std::string("sqlite"));
    }
    void percentDecodingEverywhere()
    {
        const auto u = parseOk("postgres://us%20er:p%3Ass%2Fw@h/my%20db");
        QCOMPARE(u.user, std::string("us er"));
        QCOMPARE(u.password, std::string("p:ss/w"));
        QCOMPARE(u.database, std::string("my db"));
    }
    void redaction()
    {
        const auto u = parseOk("postgres://alice:hunter2@h:5432/db?sslmode=disable");
        const std::string r = u.redacted();
        QVERIFY(r.find("hunter2") == std::string::npos);
        QCOMPARE(r, std::string("postgres://alice:****@h:5432/db?sslmode=disable"));
        QCOMPARE(ConnectionUrl::redactText("mysql://u:topsecret@host/db"), std::string("mysql://u:****@host/db"));
        QCOMPARE(ConnectionUrl::redactText("mysql://u@host/db"), std::string("mysql://u@host/db"));
        QCOMPARE(ConnectionUrl::redactText("mysql://u:p@ss@host/db"), std::string("mysql://u:****@host/db"));
        QVERIFY(parseOk("postgres://a@h/db").location().find("h:5432") != std::string::npos);
    }
    void hostileUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expect");
        QTest::newRow("empty") << ""
                               << "empty connection URL";
        QTest::newRow("no scheme") << "localhost/db"
                                   << "is not a connection URL";
        QTest::newRow("unknown scheme") << "oracle://u:hunter2@h/db"
                                        << "unsupported URL scheme \"oracle:\"";
        QTest::newRow("no slashes") << "postgres:u:hunter2@h/db"
                                    << "missing \"//\"";
        QTest::newRow("no host") << "postgres://u:hunter2@/db"
                                 << "names no host";
        QTest::newRow("no database") << "postgres://u:hunter2@h:5432"
                                     << "names no database";
        QTest::newRow("bad port") << "postgres://u:hunter2@h:54x/db"
                                  << "is not a number from 1 to 65535";
        QTest::newRow("port range") << "mysql://u:hunter2@h:70000/db"
                                    << "is not a number from 1 to 65535";
        QTest::newRow("bad escape") << "postgres://u:hunter2@h/d%zz"
                                    << "bad %-escape";
        QTest::newRow("unknown param") << "postgres://u:hunter2@h/db?foo=1"
                                       << "unknown parameter \"foo\"";
        QTest::newRow("bad sslmode") << "postgres://u:hunter2@h/db?sslmode=maybe"
                                     << "sslmode=maybe is not one of";
        QTest::newRow("sqlite empty") << "sqlite:"
                                      << "names no file";
        QTest::newRow("mysql slash db") << "mysql://u:hunter2@h/a%2Fb"
                                        << "is not a valid MySQL database name";
    }
    void hostileUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expect);
        const std::string err = parseError(url.toStdString());
        QVERIFY2(!err.empty(), qPrintable(url));
        QVERIFY2(err.find(expect.toStdString()) != std::string::npos, err.c_str());
        QVERIFY2(err.find("hunter2") == std::string::npos, "the password leaked into the message");
    }
    void databaseNameWithQuotes()
    {
        const auto u = parseOk("postgres://u:pw@h/we'ird%22db");
        QCOMPARE(u.database, std::string("we'ird\"db"));
        // libpq conninfo quoting keeps the name intact.
        QVERIFY(sf::db::PgConnection::conninfo(u, 5).find("dbname='we\\'ird\"db'") != std::string::npos);
        QVERIFY(u.location().find("we'ird\"db") != std::string::npos);
    }
    void variablesFromEnvironmentAndDotEnv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string envPath = dir.filePath(QStringLiteral(".env")).toStdString();
        {
            std::ofstream f(envPath);
            f << "# comment\nexport SF_T_HOST=dbhost\nSF_T_PASS='p@ss word'\nSF_T_DB=\"shop\" \nSF_T_SHADOW=fromfile\n"
                 "not an assignment\nSF_T_BARE=value # trailing comment\n";
        }
        qputenv("SF_T_SHADOW", "fromenv");
        std::string error;
        const auto text = ConnectionUrl::expandVariables(
            "postgres://u:${SF_T_PASS}@${SF_T_HOST}/${SF_T_DB}?x=${SF_T_SHADOW}", {envPath}, &error);
        QVERIFY2(text.has_value(), error.c_str());
        // The password lands percent-encoded in the user info; host, database and parameters verbatim.
        QCOMPARE(*text, std::string("postgres://u:p%40ss%20word@dbhost/shop?x=fromenv"));
        QCOMPARE(parseOk(text->substr(0, text->find('?'))).password, std::string("p@ss word"));
        const auto env = sf::db::DotEnv::load(envPath);
        QCOMPARE(env.value("SF_T_BARE").value_or(""), std::string("value"));
        QVERIFY(!env.value("not an assignment"));

        const auto missing = ConnectionUrl::expandVariables("${SF_T_NOPE_NOT_SET}", {envPath}, &error);
        QVERIFY(!missing);
        QVERIFY(error.find("${SF_T_NOPE_NOT_SET} is not set") != std::string::npos);
        QVERIFY(error.find(".env") != std::string::npos);
        QVERIFY(!ConnectionUrl::expandVariables("${UNTERMINATED", {}, &error));
        qunsetenv("SF_T_SHADOW");
    }
    void passwordWithUrlDelimitersFromVariable()
    {
        // Issue 18: a password from ${VAR} or .env holding / : @ ? # is encoded into the URL, and a
        // parse error later in the URL never prints it.
        QTemporaryDir dir;
        const std::string envPath = dir.filePath(QStringLiteral(".env")).toStdString();
        const std::string secret = "s3/cr:et@x?y#z";
        {
            std::ofstream f(envPath);
            f << "SF_T_DOTPASS='" << secret << "'\n";
        }
        qputenv("SF_T_ENVPASS", QByteArray::fromStdString(secret));
        for (const char *var : {"SF_T_ENVPASS", "SF_T_DOTPASS"}) {
            std::string error;
            const auto text = ConnectionUrl::expandVariables(
                std::string("postgres://bob:${") + var + "}@db.example:5433/app", {envPath}, &error);
            QVERIFY2(text.has_value(), error.c_str());
            QVERIFY2(text->find(secret) == std::string::npos, "the substituted password is not encoded");
            const auto u = parseOk(*text);
            QCOMPARE(u.password, secret);
            QCOMPARE(u.user, std::string("bob"));
            QCOMPARE(u.host, std::string("db.example"));
            QCOMPARE(u.port, 5433);
            QCOMPARE(u.database, std::string("app"));
            const auto bad = ConnectionUrl::expandVariables(
                std::string("postgres://bob:${") + var + "}@db.example:54x/app", {envPath}, &error);
            QVERIFY(bad.has_value());
            const std::string err = parseError(*bad);
            QVERIFY2(err.find("54x") != std::string::npos, err.c_str());
            for (const std::string piece : {"s3", "cr", "et", "x?y", "y#z"})
                QVERIFY2(err.find(piece) == std::string::npos, err.c_str());
        }
        qunsetenv("SF_T_ENVPASS");
        // A whole URL from a variable with the raw password still parses and redacts completely.
        const std::string raw = "mysql://bob:" + secret + "@h:3306/db";
        QCOMPARE(parseOk(raw).password, secret);
        QCOMPARE(ConnectionUrl::redactText(raw), std::string("mysql://bob:****@h:3306/db"));
        const std::string err = parseError("mysql://bob:" + secret + "@h:99999/db");
        QVERIFY2(err.find("cr:et") == std::string::npos && err.find("x?y") == std::string::npos, err.c_str());
    }
    void atSignInParametersIsNotUserInfo()
    {
        const auto u = parseOk("postgres://app@db.example/shop?application_name=me@ci");
        QCOMPARE(u.user, std::string("app"));
        QCOMPARE(u.host, std::string("db.example"));
        QCOMPARE(u.database, std::string("shop"));
        QCOMPARE(u.param("application_name"), std::string("me@ci"));
        const auto v = parseOk("postgres://app:p@ss@db.example/shop");
        QCOMPARE(v.password, std::string("p@ss"));
        QCOMPARE(v.host, std::string("db.example"));
        QCOMPARE(ConnectionUrl::redactText("postgres://app:pw@db/shop?application_name=me@ci"),
                 std::string("postgres://app:****@db/shop?application_name=me@ci"));
    }
    void maskingOnlyReplacesThePasswordToken()
    {
        using sf::db::ConnectFailure;
        QCOMPARE(ConnectFailure::scrub("password authentication failed for user \"administrator\" (admin)", "admin"),
                 std::string("password authentication failed for user \"administrator\" (****)"));
        QCOMPARE(ConnectFailure::scrub("pass=admin;admin2 admin", "admin"), std::string("pass=****;admin2 ****"));
        QCOMPARE(ConnectFailure::scrub("x p@ss y", "p@ss"), std::string("x **** y"));
        QCOMPARE(ConnectFailure::scrub("@@secret@@", "@secret@"), std::string("@****@"));
        QCOMPARE(ConnectFailure::scrub("nothing here", ""), std::string("nothing here"));
    }
    void openConnectionNeverThrowsOrLeaks()
    {
        QTemporaryDir dir;
        {
            std::ofstream f(dir.filePath(QStringLiteral(".env")).toStdString());
            f << "SF_T_URL=oracle://u:hunter2@h/db\n";
        }
        sf::db::OpenOptions o;
        o.projectDir = dir.path().toStdString();
        const auto r = sf::db::openConnection("${SF_T_URL}", o);
        QVERIFY(!r.ok());
        QVERIFY(r.userError);
        QVERIFY(r.error.find("hunter2") == std::string::npos);
        QVERIFY(r.redactedUrl.find("hunter2") == std::string::npos);

        const auto mem = sf::db::openConnection("sqlite::memory:");
        QVERIFY2(mem.ok(), mem.error.c_str());
        QCOMPARE(mem.connection->dialect(), std::string("sqlite"));
        QCOMPARE(mem.connection->scalar("SELECT 40 + 2").value_or(""), std::string("42"));

        const auto noDir = sf::db::openConnection("sqlite:no/such/folder/x.db", o);
        QVERIFY(!noDir.ok());
        QVERIFY(noDir.error.find("does not exist") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TstConnectionUrl)
#include "tst_connectionurl.moc"
