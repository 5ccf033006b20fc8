#include "ui/commands/removemodelcommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

RemoveModelCommand::RemoveModelCommand(DocumentController *doc, const std::string &modelId, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_id(modelId)
{
    const auto *m = doc->design().modelById(modelId);
    setText(tr("Delete model %1").arg(m ? QString::fromStdString(m->name) : QString()));
}

void RemoveModelCommand::redo()
{
    m_associations.clear();
    const auto &as = m_doc->design().associations;
    for (int i = 0; i < int(as.size()); ++i)
        if (as[i].source == m_id || as[i].target == m_id)
            m_associations.emplace_back(i, as[i]);
    for (auto it = m_associations.rbegin(); it != m_associations.rend(); ++it)
        m_doc->takeAssociation(it->second.id);
    m_index = m_doc->modelIndex(m_id);
    m_layout = m_doc->layoutOf(m_id);
    m_model = m_doc->takeModel(m_id);
    if (m_layout)
        m_doc->setLayout(m_id, std::nullopt);
}

void RemoveModelCommand::undo()
{
    if (m_layout)
        m_doc->setLayout(m_id, m_layout);
    m_doc->insertModel(m_index, m_model);
    for (const auto &[index, association] : m_associations)
        m_doc->insertAssociation(index, association);
}

} // namespace sf::ui
