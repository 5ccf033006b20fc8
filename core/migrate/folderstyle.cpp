// Detecting a migrations folder's module style.
#include "core/migrate/folderstyle.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sf::migrate {

namespace {

bool packageIsModule(QDir dir)
{
    do {
        QFile f(dir.filePath(QStringLiteral("package.json")));
        if (f.exists()) {
            if (!f.open(QIODevice::ReadOnly))
                return false;
            return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("type")).toString() ==
                   QLatin1String("module");
        }
    } while (dir.cdUp());
    return false;
}

} // namespace

FolderStyle FolderStyle::detect(const std::string &dirPath)
{
    FolderStyle s;
    const QDir dir(QString::fromStdString(dirPath));
    int ts = 0, cjs = 0, js = 0;
    for (const QString &f : dir.entryList(QDir::Files)) {
        if (f.endsWith(QLatin1String(".d.ts")))
            continue;
        // Only hand-written files decide (SchemaForge's own have a .json twin).
        const QString stem = f.left(f.lastIndexOf(QLatin1Char('.')));
        if (dir.exists(stem + QStringLiteral(".json")))
            continue;
        if (f.endsWith(QLatin1String(".ts")) || f.endsWith(QLatin1String(".cts")))
            ++ts;
        else if (f.endsWith(QLatin1String(".cjs")))
            ++cjs;
        else if (f.endsWith(QLatin1String(".js")))
            ++js;
    }
    if (ts > 0 && ts >= js && ts >= cjs) {
        s.module = Module::TypeScript;
        s.extension = ".ts";
    } else if (cjs > 0 && cjs >= js) {
        s.extension = ".cjs";
    } else if (packageIsModule(QDir(dir.absolutePath()))) {
        s.module = Module::Esm;
    }
    return s;
}

} // namespace sf::migrate
