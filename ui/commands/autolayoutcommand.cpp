#include "ui/commands/autolayoutcommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

AutoLayoutCommand::AutoLayoutCommand(DocumentController *doc, std::map<std::string, QPointF> positions,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_positions(std::move(positions))
{
    for (const auto &[id, pos] : m_positions)
        m_before[id] = doc->layoutOf(id);
    setText(tr("Auto-layout"));
}

void AutoLayoutCommand::redo()
{
    for (const auto &[id, pos] : m_positions) {
        project::LayoutEntry e = m_before[id].value_or(project::LayoutEntry{});
        e.x = pos.x();
        e.y = pos.y();
        m_doc->setLayout(id, e);
    }
}

void AutoLayoutCommand::undo()
{
    for (const auto &[id, entry] : m_before)
        m_doc->setLayout(id, entry);
}

} // namespace sf::ui
