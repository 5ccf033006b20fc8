#pragma once
// schemadumper prints a database's schema the way the server's own dump tool does (pg_dump
// --schema-only on PostgreSQL, SHOW CREATE TABLE on MariaDB, catalog pragmas on SQLite (sqlite:/path)),
// normalised only for constraint and
// index names and volatile counters, so two databases can be compared as text.

#include <QString>
#include <QStringList>

namespace sf::test {

struct DumpOptions {
    QStringList excludeTables; // e.g. "SchemaForgeMeta"
    // Compare column sets, not positions: PostgreSQL can only append a column, so a column added
    // by a later migration sits at the end while sync() puts it in model order.
    bool ignoreColumnOrder = false;
};

// Returns the sorted, normalised statements; on failure an empty string and *error.
QString dumpSchema(const QString &url, const DumpOptions &options, QString *error);

// Names of the tables in the database's default schema, sorted.
QStringList tableNames(const QString &url, QString *error);

} // namespace sf::test
