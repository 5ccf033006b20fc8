#include "ui/commands/resizemodelcommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

ResizeModelCommand::ResizeModelCommand(DocumentController *doc, const std::string &modelId, std::optional<double> width,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_id(modelId), m_before(doc->layoutOf(modelId)), m_width(width)
{
    setText(tr("Resize model"));
}

void ResizeModelCommand::redo()
{
    project::LayoutEntry e = m_before.value_or(project::LayoutEntry{});
    e.width = m_width;
    m_doc->setLayout(m_id, e);
}

void ResizeModelCommand::undo()
{
    m_doc->setLayout(m_id, m_before);
}

} // namespace sf::ui
