#include "ui/commands/editassociationcommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

EditAssociationCommand::EditAssociationCommand(DocumentController *doc, design::Association after, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_after(std::move(after))
{
    if (const auto *a = doc->design().associationById(m_after.id))
        m_before = *a;
    setText(tr("Edit association"));
}

void EditAssociationCommand::redo()
{
    m_doc->replaceAssociation(m_after);
}
void EditAssociationCommand::undo()
{
    m_doc->replaceAssociation(m_before);
}

} // namespace sf::ui
