#pragma once
// PublishedSchema reads the schema file a real application publishes for one database from the cache
// .ci/fetch-schemas.sh fills (Debian packages extracted under build-test/realworld-cache) and turns
// it into the statements to run, with the small per-file preprocessing documented at each fixture.

#include <QString>
#include <QStringList>

namespace sf::test {

struct PublishedSchema {
    QString name;    // "pdns", "bacula", "freeradius"
    QString dialect; // "postgres", "mysql", "sqlite"
    QString package; // the Debian package shipping it, e.g. "pdns-backend-pgsql"
    QString version; // the cached package version
    QString file;    // absolute path of the schema file used
    QStringList statements;
    QString error; // why it could not be read (names the cache and the fetch script)

    // Reads fixture `name` for `dialect` from the cache ($SF_REALWORLD_CACHE, else
    // <build dir>/realworld-cache).
    static PublishedSchema load(const QString &name, const QString &dialect);
    // Names of the fixtures load() knows.
    static QStringList names();
};

// Splits an SQL script into statements at top-level ';' (quotes, identifiers, comments and
// PostgreSQL dollar quotes respected; MySQL '#' comments when mysqlComments). Comments are dropped;
// empty statements skipped.
QStringList splitSqlStatements(const QString &script, bool mysqlComments);

} // namespace sf::test
