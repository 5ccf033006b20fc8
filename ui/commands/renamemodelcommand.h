#pragma once
// RenameModelCommand changes a model's name (its id stays, so migrations rename the table).

#include <QCoreApplication>
#include <QUndoCommand>

#include <string>

namespace sf::ui {

class DocumentController;

class RenameModelCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameModelCommand)
public:
    RenameModelCommand(DocumentController *doc, const std::string &modelId, const QString &newName,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const std::string &name);

    DocumentController *m_doc;
    std::string m_id;
    std::string m_oldName;
    std::string m_newName;
};

} // namespace sf::ui
