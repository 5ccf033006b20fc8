#pragma once
// testenv gives tests the database URLs test.sh exports, failing loudly when one is missing.

#include <QString>

namespace sf::test {

// Returns the URL in environment variable `var` (SF_TEST_PG_URL, SF_TEST_MYSQL_URL).
// When unset: *skip is set true if SF_TEST_SKIP_DB=1 was asked for explicitly, else *error names
// the variable and how to get it (run ./test.sh).
QString databaseUrl(const char *var, bool *skip, QString *error);

// The variable holding the admin URL of `dialect`'s server: SF_TEST_PG_URL for "postgres",
// SF_TEST_MYSQL_URL for "mysql"; nullptr for "sqlite" (a file needs no server).
const char *adminUrlVariable(const QString &dialect);

// The node_modules folder with the pinned sequelize / sequelize-cli (SF_TEST_NODE_MODULES, installed by
// ./test.sh). Empty, with *error saying how to get it, when unset or without .bin/sequelize-cli.
QString nodeModules(QString *error);

// Source-tree path of a file (e.g. "resources/examples/school/school.schemaforge.json").
QString sourcePath(const QString &relative);

} // namespace sf::test

// Use at the top of a db test: QFAIL naming the variable unless SF_TEST_SKIP_DB=1.
#define SF_REQUIRE_DB_URL(var, out)                                                                                    \
    do {                                                                                                               \
        bool sfSkip_ = false;                                                                                          \
        QString sfErr_;                                                                                                \
        out = sf::test::databaseUrl(var, &sfSkip_, &sfErr_);                                                           \
        if (sfSkip_)                                                                                                   \
            QSKIP("SF_TEST_SKIP_DB=1: database tests skipped on request");                                             \
        if (out.isEmpty())                                                                                             \
            QFAIL(qPrintable(sfErr_));                                                                                 \
    } while (0)
