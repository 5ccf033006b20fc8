#include "support/scratchproject.h"

#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sf::test {

namespace {

bool copyWritable(const QString &from, const QString &to, QString *error)
{
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        if (error)
            *error = QStringLiteral("cannot copy %1 to %2").arg(from, to);
        return false;
    }
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace

bool copyExampleProject(const QString &example, const QString &projectFile, QString *error)
{
    return copyWritable(sourcePath(QStringLiteral("resources/examples/%1/%1.schemaforge.json").arg(example)),
                        projectFile, error);
}

bool copyExampleFolder(const QString &example, const QString &dir, QString *error)
{
    const QDir src(sourcePath(QStringLiteral("resources/examples/") + example));
    const QDir dst(dir);
    if (!dst.mkpath(QStringLiteral("migrations"))) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(dst.filePath(QStringLiteral("migrations")));
        return false;
    }
    if (!copyExampleProject(example, dst.filePath(example + QStringLiteral(".schemaforge.json")), error))
        return false;
    const QDir migrations(src.filePath(QStringLiteral("migrations")));
    for (const QString &f : migrations.entryList(QDir::Files))
        if (!copyWritable(migrations.filePath(f), dst.filePath(QStringLiteral("migrations/") + f), error))
            return false;
    return true;
}

bool writeTextFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace sf::test
