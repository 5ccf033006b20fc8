#include "ui/commands/addmodelcommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

AddModelCommand::AddModelCommand(DocumentController *doc, design::Model model,
                                 std::optional<project::LayoutEntry> layout, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_model(std::move(model)), m_layout(std::move(layout))
{
    setText(tr("Add model %1").arg(QString::fromStdString(m_model.name)));
}

void AddModelCommand::redo()
{
    if (m_layout)
        m_doc->setLayout(m_model.id, m_layout);
    m_doc->insertModel(int(m_doc->design().models.size()), m_model);
}

void AddModelCommand::undo()
{
    m_doc->takeModel(m_model.id);
    if (m_layout)
        m_doc->setLayout(m_model.id, std::nullopt);
}

} // namespace sf::ui
