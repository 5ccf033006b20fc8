#include "support/process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace sf::test {

QString ProcessResult::describe() const
{
    return QStringLiteral("exit %1\n--- stdout ---\n%2\n--- stderr ---\n%3").arg(exitCode).arg(out, err);
}

QJsonObject ProcessResult::outJson() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

ProcessResult runProcess(const QString &program, const QStringList &args, const ProcessOptions &options)
{
    ProcessResult r;
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    p.start();
    if (!p.waitForStarted(20000)) {
        r.err = QStringLiteral("could not start %1: %2").arg(program, p.errorString());
        return r;
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray seen; // stdout read while watching for the marker
    while (!options.marker.isEmpty() && !seen.contains(options.marker) && p.state() != QProcess::NotRunning &&
           clock.elapsed() < options.timeoutMs) {
        p.waitForReadyRead(20);
        seen += p.readAllStandardOutput();
    }
    if (!options.marker.isEmpty() && seen.contains(options.marker))
        r.markerMs = int(clock.elapsed());
    // waitForFinished() is false for a process that already ended (it may have, while watched).
    auto running = [&p] { return p.state() != QProcess::NotRunning; };
    if (options.killAfterMs >= 0 && (options.marker.isEmpty() || r.markerMs >= 0) && running() &&
        !p.waitForFinished(options.killAfterMs) && running()) {
        p.kill(); // SIGKILL: the process gets no chance to clean up
        r.killed = true;
    }
    if (running() && !p.waitForFinished(options.timeoutMs) && running()) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("%1 timed out after %2 ms").arg(program).arg(options.timeoutMs);
        r.out = QString::fromUtf8(seen + p.readAllStandardOutput());
        return r;
    }
    r.durationMs = int(clock.elapsed());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.killed = r.killed && p.exitStatus() == QProcess::CrashExit;
    r.out = QString::fromUtf8(seen + p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ProcessResult runCli(const QStringList &args, const ProcessOptions &options)
{
    return runProcess(QStringLiteral(SF_CLI_PATH), args, options);
}

QString pgClientPath(const QString &tool)
{
    const QString bin = qEnvironmentVariable("SF_TEST_PG_BIN");
    if (!bin.isEmpty() && QFileInfo::exists(QDir(bin).filePath(tool)))
        return QDir(bin).filePath(tool);
    return QStandardPaths::findExecutable(tool);
}

ProcessResult runPgClient(const QString &tool, const QStringList &args, const QString &url,
                          const ProcessOptions &options)
{
    const QString program = pgClientPath(tool);
    if (program.isEmpty()) {
        ProcessResult r;
        r.err = QStringLiteral("%1 not found in SF_TEST_PG_BIN or PATH").arg(tool);
        return r;
    }
    QUrl u(url);
    ProcessOptions o = options;
    if (!u.password().isEmpty())
        o.environment.insert(QStringLiteral("PGPASSWORD"), u.password());
    u.setPassword({});
    return runProcess(program, args + QStringList{QStringLiteral("-d"), u.toString()}, o);
}

} // namespace sf::test
