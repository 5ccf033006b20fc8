#include "ui/commands/addassociationcommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

AddAssociationCommand::AddAssociationCommand(DocumentController *doc, design::Association association,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_association(std::move(association))
{
    const auto *s = doc->design().modelById(m_association.source);
    const auto *t = doc->design().modelById(m_association.target);
    setText(tr("Link %1 to %2")
                .arg(s ? QString::fromStdString(s->name) : QString(), t ? QString::fromStdString(t->name) : QString()));
}

void AddAssociationCommand::redo()
{
    m_doc->insertAssociation(int(m_doc->design().associations.size()), m_association);
}

void AddAssociationCommand::undo()
{
    m_doc->takeAssociation(m_association.id);
}

} // namespace sf::ui
