#pragma once
// ConnectionCommand adds, edits or removes one connection profile of the project (saved in the
// project file, see core/project/project.h); undo restores the profile list as it was. The URL must not
// hold a literal password (ConnectionStore strips it before pushing). GUI thread, on the
// DocumentController's undo stack.

#include "core/project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>
#include <string>

namespace sf::ui {

class DocumentController;

class ConnectionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCommand)
public:
    // Adds `profile`, or replaces the profile of the same name.
    static ConnectionCommand *add(DocumentController *doc, project::ConnectionProfile profile);
    // Replaces the profile named `name` (which may be renamed by `profile`).
    static ConnectionCommand *edit(DocumentController *doc, const std::string &name,
                                   project::ConnectionProfile profile);
    // Removes the profile named `name`; nullptr when there is none.
    static ConnectionCommand *remove(DocumentController *doc, const std::string &name);

    void redo() override;
    void undo() override;

private:
    ConnectionCommand(DocumentController *doc, int index, std::optional<project::ConnectionProfile> before,
                      std::optional<project::ConnectionProfile> after);
    static void put(DocumentController *doc, int index, const std::optional<project::ConnectionProfile> &from,
                    const std::optional<project::ConnectionProfile> &to);

    DocumentController *m_doc;
    int m_index;
    std::optional<project::ConnectionProfile> m_before; // nullopt: the command adds
    std::optional<project::ConnectionProfile> m_after;  // nullopt: the command removes
};

} // namespace sf::ui
