#pragma once
// RemoveAssociationCommand deletes one association; undo restores it at its original index.

#include "core/design/association.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sf::ui {

class DocumentController;

class RemoveAssociationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAssociationCommand)
public:
    RemoveAssociationCommand(DocumentController *doc, const std::string &associationId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DocumentController *m_doc;
    std::string m_id;
    int m_index = -1;
    design::Association m_association;
};

} // namespace sf::ui
