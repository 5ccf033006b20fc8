#include "ui/commands/editmodelcommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

EditModelCommand::EditModelCommand(DocumentController *doc, design::Model after, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_after(std::move(after))
{
    if (const auto *m = doc->design().modelById(m_after.id))
        m_before = *m;
    setText(tr("Edit model %1").arg(QString::fromStdString(m_after.name)));
}

void EditModelCommand::redo()
{
    m_doc->replaceModel(m_after);
}
void EditModelCommand::undo()
{
    m_doc->replaceModel(m_before);
}

} // namespace sf::ui
