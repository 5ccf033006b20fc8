#include "ui/commands/addattributecommand.h"

#include "ui/document/documentcontroller.h"

#include <algorithm>

namespace sf::ui {

AddAttributeCommand::AddAttributeCommand(DocumentController *doc, const std::string &modelId,
                                         design::Attribute attribute, int row, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_modelId(modelId), m_attribute(std::move(attribute)), m_row(row)
{
    setText(tr("Add attribute %1").arg(QString::fromStdString(m_attribute.name)));
}

void AddAttributeCommand::redo()
{
    const auto *m = m_doc->design().modelById(m_modelId);
    if (!m)
        return;
    design::Model copy = *m;
    const int row = m_row < 0 ? int(copy.attributes.size()) : std::min(m_row, int(copy.attributes.size()));
    copy.attributes.insert(copy.attributes.begin() + row, m_attribute);
    m_doc->replaceModel(copy);
}

void AddAttributeCommand::undo()
{
    const auto *m = m_doc->design().modelById(m_modelId);
    if (!m)
        return;
    design::Model copy = *m;
    std::erase_if(copy.attributes, [this](const design::Attribute &a) { return a.id == m_attribute.id; });
    m_doc->replaceModel(copy);
}

} // namespace sf::ui
