#pragma once
// ModelExporter writes the design's Sequelize model files (sf::codegen::writeModelFiles) into a
// folder the user picks; stateless, GUI thread (the writing is fast and user-initiated).

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sf::design {
struct Design;
}

namespace sf::ui {

class DocumentController;

class ModelExporter
{
    Q_DECLARE_TR_FUNCTIONS(ModelExporter)

public:
    // Asks for the folder (default: the project's models folder), confirms overwriting, writes, and
    // reports the result in a message box.
    static void exportInteractive(const DocumentController *doc, QWidget *parent);
    // Writes every file into dir (created as needed). Returns "" on success, else the error; *count
    // gets the number of files written.
    static QString writeTo(const design::Design &design, const QString &dir, int *count);
};

} // namespace sf::ui
