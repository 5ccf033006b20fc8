#pragma once
// EditAssociationCommand replaces one association (kind, ends, alias, keys, actions, through).

#include "core/design/association.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sf::ui {

class DocumentController;

class EditAssociationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAssociationCommand)
public:
    EditAssociationCommand(DocumentController *doc, design::Association after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DocumentController *m_doc;
    design::Association m_before;
    design::Association m_after;
};

} // namespace sf::ui
