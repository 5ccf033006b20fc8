#pragma once
// schemadumper prints a database's schema the way the server's own dump tool does (pg_dump
// --schema-only on PostgreSQL, SHOW CREATE TABLE on MariaDB), normalised only for constraint and
// index names and volatile counters, so two databases can be compared as text.

#include <QString>
#include <QStringList>

namespace sf::test {

struct DumpOptions {
    QStringList excludeTables; // e.g. "SchemaForgeMeta"
};

// Returns the sorted, normalised statements; on failure an empty string and *error.
QString dumpSchema(const QString &url, const DumpOptions &options, QString *error);

// Names of the tables in the database's default schema, sorted.
QStringList tableNames(const QString &url, QString *error);

} // namespace sf::test
