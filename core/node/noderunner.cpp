// Running the embedded node bridge.
#include "core/node/noderunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace sf::node {

namespace {

// The scripts are written to a private temp folder per run: node needs real files to require.
bool extractScripts(const QString &into, std::string *error)
{
    QDirIterator it(QStringLiteral(":/sf-node"), QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString res = it.next();
        if (!it.fileInfo().isFile())
            continue;
        QFile in(res);
        QFile out(QDir(into).filePath(it.fileName()));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *error = "cannot write the node bridge script to " + out.fileName().toStdString();
            return false;
        }
        out.write(in.readAll());
        ++count;
    }
    if (count == 0) {
        *error = "the node bridge scripts are missing from this build (resource :/sf-node)";
        return false;
    }
    return true;
}

} // namespace

std::string NodeRunner::findNode(std::string *error)
{
    const QString fromEnv = qEnvironmentVariable("SF_NODE");
    if (!fromEnv.isEmpty()) {
        if (QFileInfo(fromEnv).isExecutable())
            return fromEnv.toStdString();
        if (error)
            *error = "SF_NODE is set to \"" + fromEnv.toStdString() + "\", which is not an executable node";
        return {};
    }
    const QString found = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (found.isEmpty() && error)
        *error = "node (Node.js) was not found on PATH; install Node.js, or set SF_NODE to its path";
    return found.toStdString();
}

NodeResult NodeRunner::run(const nlohmann::json &request, const NodeOptions &options)
{
    NodeResult r;
    const std::string node = findNode(&r.error);
    if (node.empty()) {
        r.code = "no-node";
        return r;
    }
    QTemporaryDir scripts;
    if (!scripts.isValid()) {
        r.code = "io";
        r.error = "cannot create a temporary folder for the node bridge";
        return r;
    }
    if (!extractScripts(scripts.path(), &r.error)) {
        r.code = "io";
        return r;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[k, v] : options.environment)
        env.insert(QString::fromStdString(k), QString::fromStdString(v));
    p.setProcessEnvironment(env);
    if (!options.workingDirectory.empty())
        p.setWorkingDirectory(QString::fromStdString(options.workingDirectory));
    p.start(QString::fromStdString(node), {QDir(scripts.path()).filePath(QStringLiteral("bridge.js"))});
    if (!p.waitForStarted(30000)) {
        r.code = "no-node";
        r.error = "cannot start " + node + ": " + p.errorString().toStdString();
        return r;
    }
    const std::string body = request.dump();
    p.write(body.data(), static_cast<qint64>(body.size()));
    p.closeWriteChannel();
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.code = "timeout";
        r.error = "node did not finish within " + std::to_string(options.timeoutMs / 1000) + " s";
        r.log = p.readAllStandardError().toStdString();
        return r;
    }
    const QByteArray out = p.readAllStandardOutput();
    r.log = p.readAllStandardError().toStdString();
    const qsizetype marker = out.lastIndexOf("@@SF-RESULT@@");
    if (marker < 0) {
        r.code = "crash";
        std::string tail = r.log.size() > 2000 ? r.log.substr(r.log.size() - 2000) : r.log;
        r.error = "node exited (" + std::to_string(p.exitCode()) + ") without an answer" +
                  (tail.empty() ? std::string() : ":\n" + tail);
        return r;
    }
    const QByteArray json = out.mid(marker + 13).trimmed();
    try {
        r.result = nlohmann::json::parse(json.toStdString());
    } catch (const nlohmann::json::exception &e) {
        r.code = "crash";
        r.error = std::string("the node bridge answered malformed JSON: ") + e.what();
        return r;
    }
    r.ok = r.result.value("ok", false);
    if (!r.ok) {
        r.code = r.result.value("code", std::string("error"));
        r.error = r.result.value("error", std::string("the node bridge failed"));
    }
    return r;
}

} // namespace sf::node
