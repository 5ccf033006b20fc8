// Proves MariaDB DDL is NOT rolled back (implicit commit) through Qt SQL QMYSQL: the executor
// must record progress statement by statement there.
#include "support/testenv.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

class TstMysqlDdlAutocommit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ddlSurvivesRollback()
    {
        QString urlText;
        SF_REQUIRE_DB_URL("SF_TEST_MYSQL_URL", urlText);
        const QUrl url(urlText);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("probe"));
            db.setHostName(url.host());
            db.setPort(url.port(3306));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS sf_autocommit_probe")));
            QVERIFY(db.transaction());
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE sf_autocommit_probe (id INTEGER PRIMARY KEY) ENGINE=InnoDB")),
                     qPrintable(q.lastError().text()));
            QVERIFY(db.rollback());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                          "DATABASE() AND table_name = 'sf_autocommit_probe'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1); // still there: CREATE TABLE committed implicitly
            QVERIFY(q.exec(QStringLiteral("DROP TABLE sf_autocommit_probe")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }
};

QTEST_GUILESS_MAIN(TstMysqlDdlAutocommit)
#include "tst_mysql_ddl_autocommit.moc"
