#include "support/adoptproject.h"

#include "support/scratchproject.h"

#include "support/testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace sf::test {

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = QDir(to).filePath(QDir(from).relativeFilePath(src));
        if (!QDir().mkpath(QFileInfo(dst).absolutePath()) || !QFile::copy(src, dst))
            return false;
    }
    return true;
}

} // namespace

AdoptProject::AdoptProject(const QString &fixture, const QString &dialect) : m_dialect(dialect)
{
    const QString modules = nodeModules(&m_error);
    if (modules.isEmpty())
        return;
    const QString source = sourcePath(QStringLiteral("tests/fixtures/adopt/") + fixture);
    m_root = QDir(m_tmp.path()).filePath(fixture);
    if (!QFileInfo(source).isDir() || !copyTree(source, m_root)) {
        m_error = QStringLiteral("cannot copy the fixture ") + source;
        return;
    }
    if (!QFile::link(modules, QDir(m_root).filePath(QStringLiteral("node_modules")))) {
        m_error = QStringLiteral("cannot link node_modules");
        return;
    }
    if (dialect == QLatin1String("sqlite")) {
        m_urlA = QStringLiteral("sqlite:") + QDir(m_tmp.path()).filePath(QStringLiteral("a.sqlite"));
        m_urlB = QStringLiteral("sqlite:") + QDir(m_tmp.path()).filePath(QStringLiteral("b.sqlite"));
        return;
    }
    const char *adminVar = adminUrlVariable(dialect);
    if (!adminVar) {
        m_error = QStringLiteral("unknown dialect ") + dialect;
        return;
    }
    bool skip = false;
    const QString admin = databaseUrl(adminVar, &skip, &m_error);
    if (admin.isEmpty())
        return;
    m_a = std::make_unique<ScratchDatabase>(admin, QStringLiteral("adopt_a"));
    m_b = std::make_unique<ScratchDatabase>(admin, QStringLiteral("adopt_b"));
    if (m_a->url().isEmpty() || m_b->url().isEmpty()) {
        m_error = m_a->error() + m_b->error();
        return;
    }
    m_urlA = m_a->url();
    m_urlB = m_b->url();
}

AdoptProject::~AdoptProject() = default;

QString AdoptProject::path(const QString &relative) const
{
    return QDir(m_root).filePath(relative);
}

QString AdoptProject::nodeUrl(const QString &url) const
{
    if (url.startsWith(QLatin1String("sqlite:")))
        return QStringLiteral("sqlite://") + url.mid(7); // sequelize-cli: storage = "/" + path part
    return url;
}

QProcessEnvironment AdoptProject::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(m_envVar, nodeUrl(m_urlA));
    env.remove(QStringLiteral("NODE_ENV"));
    return env;
}

ProcessResult AdoptProject::sequelizeCli(const QStringList &args, const QString &url) const
{
    ProcessOptions o;
    o.workingDirectory = m_root;
    o.environment = environment();
    o.environment.insert(m_envVar, nodeUrl(url));
    return runProcess(QDir(m_root).filePath(QStringLiteral("node_modules/.bin/sequelize-cli")), args, o);
}

ProcessResult AdoptProject::cli(const QStringList &args, const QProcessEnvironment &env) const
{
    ProcessOptions o;
    o.workingDirectory = m_root;
    o.environment = env;
    return runCli(args, o);
}

ProcessResult AdoptProject::node(const QString &script, const QString &url) const
{
    ProcessOptions o;
    o.workingDirectory = m_root;
    o.environment = environment();
    o.environment.insert(m_envVar, nodeUrl(url));
    return runProcess(QStringLiteral("node"), {QStringLiteral("-e"), script}, o);
}

bool AdoptProject::writeFile(const QString &relative, const QByteArray &content) const
{
    return writeTextFile(path(relative), content);
}

QByteArray AdoptProject::readFile(const QString &relative) const
{
    QFile f(path(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sf::test
