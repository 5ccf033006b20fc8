#include "ui/commands/editattributecommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

EditAttributeCommand::EditAttributeCommand(DocumentController *doc, const std::string &modelId, design::Attribute after,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_modelId(modelId), m_after(std::move(after))
{
    if (const auto *m = doc->design().modelById(modelId))
        if (const auto *a = m->attributeById(m_after.id))
            m_before = *a;
    setText(tr("Edit attribute %1").arg(QString::fromStdString(m_after.name)));
}

void EditAttributeCommand::redo()
{
    apply(m_after);
}
void EditAttributeCommand::undo()
{
    apply(m_before);
}

void EditAttributeCommand::apply(const design::Attribute &value)
{
    const auto *m = m_doc->design().modelById(m_modelId);
    if (!m)
        return;
    design::Model copy = *m;
    if (auto *a = copy.attributeById(value.id)) {
        *a = value;
        m_doc->replaceModel(copy);
    }
}

} // namespace sf::ui
