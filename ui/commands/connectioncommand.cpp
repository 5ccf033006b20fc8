#include "ui/commands/connectioncommand.h"

#include "ui/document/documentcontroller.h"

namespace sf::ui {

ConnectionCommand::ConnectionCommand(DocumentController *doc, int index,
                                     std::optional<project::ConnectionProfile> before,
                                     std::optional<project::ConnectionProfile> after)
    : m_doc(doc), m_index(index), m_before(std::move(before)), m_after(std::move(after))
{
    const QString name = QString::fromStdString(m_after ? m_after->name : m_before->name);
    if (!m_before)
        setText(tr("Add connection %1").arg(name));
    else if (!m_after)
        setText(tr("Remove connection %1").arg(name));
    else
        setText(tr("Edit connection %1").arg(name));
}

ConnectionCommand *ConnectionCommand::add(DocumentController *doc, project::ConnectionProfile profile)
{
    const int i = doc->connectionIndex(profile.name);
    if (i >= 0)
        return new ConnectionCommand(doc, i, doc->project().connections[size_t(i)], std::move(profile));
    return new ConnectionCommand(doc, int(doc->project().connections.size()), std::nullopt, std::move(profile));
}

ConnectionCommand *ConnectionCommand::edit(DocumentController *doc, const std::string &name,
                                           project::ConnectionProfile profile)
{
    const int i = doc->connectionIndex(name);
    if (i < 0)
        return add(doc, std::move(profile));
    return new ConnectionCommand(doc, i, doc->project().connections[size_t(i)], std::move(profile));
}

ConnectionCommand *ConnectionCommand::remove(DocumentController *doc, const std::string &name)
{
    const int i = doc->connectionIndex(name);
    if (i < 0)
        return nullptr;
    return new ConnectionCommand(doc, i, doc->project().connections[size_t(i)], std::nullopt);
}

void ConnectionCommand::put(DocumentController *doc, int index, const std::optional<project::ConnectionProfile> &from,
                            const std::optional<project::ConnectionProfile> &to)
{
    if (from && to)
        doc->replaceConnection(index, *to);
    else if (from)
        doc->takeConnection(index);
    else if (to)
        doc->insertConnection(index, *to);
}

void ConnectionCommand::redo()
{
    put(m_doc, m_index, m_before, m_after);
}
void ConnectionCommand::undo()
{
    put(m_doc, m_index, m_after, m_before);
}

} // namespace sf::ui
