#pragma once
// EditModelCommand replaces a model's options (table name, timestamps, paranoid, comment, ...) with
// an edited value; undo restores the previous value.

#include "core/design/model.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sf::ui {

class DocumentController;

class EditModelCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditModelCommand)
public:
    EditModelCommand(DocumentController *doc, design::Model after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DocumentController *m_doc;
    design::Model m_before;
    design::Model m_after;
};

} // namespace sf::ui
