#include "ui/document/projectpaths.h"

#include "ui/document/documentcontroller.h"
#include "ui/preferences/preferences.h"

#include "core/usecase/projectcontext.h"

namespace sf::ui {

QString ProjectPaths::projectDir(const DocumentController *doc)
{
    return QString::fromStdString(usecase::ProjectContext::folderOf(doc->filePath().toStdString()));
}

QString ProjectPaths::migrationsDir(const DocumentController *doc)
{
    // core's one rule; the Preferences folder is the default where the project names none.
    return QString::fromStdString(usecase::ProjectContext::migrationsFolder(
        projectDir(doc).toStdString(), doc->project(), Preferences::load().migrationsFolder.toStdString()));
}

} // namespace sf::ui
