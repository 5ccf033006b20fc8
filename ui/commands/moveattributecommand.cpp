#include "ui/commands/moveattributecommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

MoveAttributeCommand::MoveAttributeCommand(DocumentController *doc, const std::string &modelId, int fromRow, int toRow,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_modelId(modelId), m_from(fromRow), m_to(toRow)
{
    setText(tr("Reorder attributes"));
}

void MoveAttributeCommand::redo()
{
    move(m_from, m_to);
}
void MoveAttributeCommand::undo()
{
    move(m_to, m_from);
}

void MoveAttributeCommand::move(int from, int to)
{
    const auto *m = m_doc->design().modelById(m_modelId);
    if (!m)
        return;
    design::Model copy = *m;
    const int n = int(copy.attributes.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    design::Attribute a = std::move(copy.attributes[from]);
    copy.attributes.erase(copy.attributes.begin() + from);
    copy.attributes.insert(copy.attributes.begin() + to, std::move(a));
    m_doc->replaceModel(copy);
}

} // namespace sf::ui
