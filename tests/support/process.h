#pragma once
// process runs an external program (schemaforge-cli, sequelize-cli, node, pg_dump) for a test and
// captures its exit code and output, with a timeout.

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sf::test {

struct ProcessResult {
    int exitCode = -1; // -1 when it could not start or timed out
    QString out;
    QString err;
    bool killed = false;         // ProcessOptions::killAfterMs struck while it ran
    int markerMs = -1;           // when ProcessOptions::marker first appeared on stdout (ms after the start), or -1
    int durationMs = 0;          // start to exit
    QString describe() const;    // "exit N\nstdout...\nstderr..." for failure messages
    QJsonObject outJson() const; // stdout parsed as one JSON object (--json output); empty if it is not
};

struct ProcessOptions {
    QString workingDirectory;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 180000;
    int killAfterMs = -1; // >= 0: SIGKILL the program this long after it started (or after `marker`)
    QByteArray marker;    // non-empty: stdout is watched for it, and killAfterMs counts from it
};

ProcessResult runProcess(const QString &program, const QStringList &args, const ProcessOptions &options = {});

// schemaforge-cli from this build tree.
ProcessResult runCli(const QStringList &args, const ProcessOptions &options = {});

// A PostgreSQL client tool ("psql", "pg_dump"): from $SF_TEST_PG_BIN (.ci/servers.sh) when it has it,
// else from PATH; empty when neither has it.
QString pgClientPath(const QString &tool);
// Runs pg client `tool` with args + "-d <url without its password>"; the password travels in
// PGPASSWORD, never on the command line.
ProcessResult runPgClient(const QString &tool, const QStringList &args, const QString &url,
                          const ProcessOptions &options = {});

} // namespace sf::test
