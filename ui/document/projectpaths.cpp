#include "ui/document/projectpaths.h"

#include "ui/document/documentcontroller.h"
#include "ui/preferences/preferences.h"

#include <QDir>
#include <QFileInfo>

namespace sf::ui {

QString ProjectPaths::projectDir(const DocumentController *doc)
{
    const QString path = doc->filePath();
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return {};
    return QFileInfo(path).absolutePath();
}

QString ProjectPaths::migrationsDir(const DocumentController *doc)
{
    const QString dir = projectDir(doc);
    if (dir.isEmpty())
        return {};
    const auto &setting = doc->project().settings.migrationsDir;
    const QString folder = setting ? QString::fromStdString(*setting) : Preferences::load().migrationsFolder;
    return QDir::cleanPath(QDir(dir).absoluteFilePath(folder));
}

} // namespace sf::ui
