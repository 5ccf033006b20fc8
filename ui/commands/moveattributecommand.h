#pragma once
// MoveAttributeCommand reorders one attribute within its model (column order follows it).

#include <QCoreApplication>
#include <QUndoCommand>

#include <string>

namespace sf::ui {

class DocumentController;

class MoveAttributeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveAttributeCommand)
public:
    MoveAttributeCommand(DocumentController *doc, const std::string &modelId, int fromRow, int toRow,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void move(int from, int to);

    DocumentController *m_doc;
    std::string m_modelId;
    int m_from;
    int m_to;
};

} // namespace sf::ui
