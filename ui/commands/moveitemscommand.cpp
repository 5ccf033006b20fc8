#include "ui/commands/moveitemscommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

MoveItemsCommand::MoveItemsCommand(DocumentController *doc, Positions from, Positions to, bool mergeable,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_from(std::move(from)), m_to(std::move(to)), m_mergeable(mergeable)
{
    setText(m_to.size() == 1 ? tr("Move model") : tr("Move %n model(s)", nullptr, int(m_to.size())));
}

void MoveItemsCommand::redo()
{
    apply(m_to);
}
void MoveItemsCommand::undo()
{
    apply(m_from);
}

bool MoveItemsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveItemsCommand *>(other);
    if (!m_mergeable || !o->m_mergeable || o->m_doc != m_doc || o->m_to.size() != m_to.size())
        return false;
    for (const auto &[id, pos] : o->m_to)
        if (!m_to.count(id))
            return false;
    m_to = o->m_to;
    return true;
}

void MoveItemsCommand::apply(const Positions &positions)
{
    for (const auto &[id, pos] : positions) {
        project::LayoutEntry e = m_doc->layoutOf(id).value_or(project::LayoutEntry{});
        e.x = pos.x();
        e.y = pos.y();
        m_doc->setLayout(id, e);
    }
}

} // namespace sf::ui
