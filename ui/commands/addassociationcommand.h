#pragma once
// AddAssociationCommand adds one association (link) between two models; undo removes it.

#include "core/design/association.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sf::ui {

class DocumentController;

class AddAssociationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAssociationCommand)
public:
    AddAssociationCommand(DocumentController *doc, design::Association association, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DocumentController *m_doc;
    design::Association m_association;
};

} // namespace sf::ui
