#pragma once
// ProjectPaths answers where the open project's folder and migrations folder are, by core's one rule
// (usecase::ProjectContext: the project's own migrationsDir setting, else the Preferences default);
// stateless, GUI thread (reads the document).

#include <QString>

namespace sf::ui {

class DocumentController;

class ProjectPaths
{
public:
    // Folder of the project file; empty while the project was never saved.
    static QString projectDir(const DocumentController *doc);
    // Absolute migrations folder; empty while the project was never saved.
    static QString migrationsDir(const DocumentController *doc);
};

} // namespace sf::ui
