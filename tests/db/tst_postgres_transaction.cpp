// Proves PostgreSQL DDL is transactional through libpqxx on the real server test.sh starts.
#include "support/testenv.h"

#include <QtTest>
#include <pqxx/pqxx>

class TstPostgresTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createTableRollsBack()
    {
        QString url;
        SF_REQUIRE_DB_URL("SF_TEST_PG_URL", url);
        pqxx::connection conn(url.toStdString());
        {
            pqxx::work w(conn);
            w.exec0("CREATE TABLE sf_rollback_probe (id INTEGER PRIMARY KEY)");
            w.exec0("INSERT INTO sf_rollback_probe VALUES (1)");
            QCOMPARE(w.exec1("SELECT count(*) FROM sf_rollback_probe")[0].as<int>(), 1);
            w.abort();
        }
        pqxx::work check(conn);
        const bool gone = check.exec1("SELECT to_regclass('public.sf_rollback_probe') IS NULL")[0].as<bool>();
        QVERIFY2(gone, "table survived the rollback: DDL should be transactional on PostgreSQL");
    }
};

QTEST_GUILESS_MAIN(TstPostgresTransaction)
#include "tst_postgres_transaction.moc"
