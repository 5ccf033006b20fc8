#pragma once
// EditOperations performs the Edit menu's selection operations on the diagram as undoable steps:
// delete (models take their links with them), cut, copy, paste (fresh ids, unique names) and
// select all.

#include <QObject>

namespace sf::ui {

class DiagramScene;
class DocumentController;

class EditOperations : public QObject
{
    Q_OBJECT
public:
    EditOperations(DocumentController *doc, DiagramScene *scene, QObject *parent = nullptr);

    bool hasSelection() const;
    void deleteSelection();
    void copySelection();
    void cutSelection();
    // Pastes models copied before (from this or another SchemaForge window); returns how many.
    int paste();
    void selectAll();

    static QString mimeType();

private:
    DocumentController *m_doc;
    DiagramScene *m_scene;
    int m_pasteCount = 0;
};

} // namespace sf::ui
