#include "ui/commands/removeattributecommand.h"

#include "ui/document/documentcontroller.h"

#include <algorithm>

namespace sf::ui {

RemoveAttributeCommand::RemoveAttributeCommand(DocumentController *doc, const std::string &modelId,
                                               const std::string &attributeId, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_modelId(modelId), m_attributeId(attributeId)
{
    if (const auto *m = doc->design().modelById(modelId))
        if (const auto *a = m->attributeById(attributeId))
            m_attribute = *a;
    setText(tr("Delete attribute %1").arg(QString::fromStdString(m_attribute.name)));
}

void RemoveAttributeCommand::redo()
{
    const auto *m = m_doc->design().modelById(m_modelId);
    if (!m)
        return;
    design::Model copy = *m;
    for (int i = 0; i < int(copy.attributes.size()); ++i) {
        if (copy.attributes[i].id == m_attributeId) {
            m_row = i;
            m_attribute = copy.attributes[i];
            copy.attributes.erase(copy.attributes.begin() + i);
            m_doc->replaceModel(copy);
            return;
        }
    }
}

void RemoveAttributeCommand::undo()
{
    const auto *m = m_doc->design().modelById(m_modelId);
    if (!m || m_row < 0)
        return;
    design::Model copy = *m;
    const int row = std::min(m_row, int(copy.attributes.size()));
    copy.attributes.insert(copy.attributes.begin() + row, m_attribute);
    m_doc->replaceModel(copy);
}

} // namespace sf::ui
