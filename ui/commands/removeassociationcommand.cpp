#include "ui/commands/removeassociationcommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

RemoveAssociationCommand::RemoveAssociationCommand(DocumentController *doc, const std::string &associationId,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_id(associationId)
{
    setText(tr("Delete association"));
}

void RemoveAssociationCommand::redo()
{
    m_index = m_doc->associationIndex(m_id);
    if (m_index < 0)
        return;
    m_association = m_doc->takeAssociation(m_id);
}

void RemoveAssociationCommand::undo()
{
    if (m_index >= 0)
        m_doc->insertAssociation(m_index, m_association);
}

} // namespace sf::ui
