#pragma once
// process runs an external program (schemaforge-cli, sequelize-cli, node, pg_dump) for a test and
// captures its exit code and output, with a timeout.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sf::test {

struct ProcessResult {
    int exitCode = -1; // -1 when it could not start or timed out
    QString out;
    QString err;
    QString describe() const; // "exit N\nstdout...\nstderr..." for failure messages
};

struct ProcessOptions {
    QString workingDirectory;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 180000;
};

ProcessResult runProcess(const QString &program, const QStringList &args, const ProcessOptions &options = {});

// schemaforge-cli from this build tree.
ProcessResult runCli(const QStringList &args, const ProcessOptions &options = {});

} // namespace sf::test
