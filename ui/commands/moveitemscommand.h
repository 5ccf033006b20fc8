#pragma once
// MoveItemsCommand moves model cards on the diagram; consecutive moves of the same cards (a drag,
// repeated arrow-key nudges) merge into one undo step through id()/mergeWith().

#include "core/project/project.h"

#include <QCoreApplication>
#include <QPointF>
#include <QUndoCommand>

#include <map>
#include <string>

namespace sf::ui {

class DocumentController;

class MoveItemsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveItemsCommand)
public:
    using Positions = std::map<std::string, QPointF>;
    // `from` are the positions before the move; `mergeable` lets a following move of the same
    // cards fold into this command (set for nudges and live drags).
    MoveItemsCommand(DocumentController *doc, Positions from, Positions to, bool mergeable,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return 0x5f01; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Positions &positions);

    DocumentController *m_doc;
    Positions m_from;
    Positions m_to;
    bool m_mergeable;
};

} // namespace sf::ui
