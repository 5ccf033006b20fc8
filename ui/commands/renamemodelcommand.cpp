#include "ui/commands/renamemodelcommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

RenameModelCommand::RenameModelCommand(DocumentController *doc, const std::string &modelId, const QString &newName,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_id(modelId), m_newName(newName.toStdString())
{
    if (const auto *m = doc->design().modelById(modelId))
        m_oldName = m->name;
    setText(tr("Rename model %1 to %2").arg(QString::fromStdString(m_oldName), newName));
}

void RenameModelCommand::redo()
{
    apply(m_newName);
}
void RenameModelCommand::undo()
{
    apply(m_oldName);
}

void RenameModelCommand::apply(const std::string &name)
{
    const auto *m = m_doc->design().modelById(m_id);
    if (!m)
        return;
    design::Model copy = *m;
    copy.name = name;
    m_doc->replaceModel(copy);
}

} // namespace sf::ui
