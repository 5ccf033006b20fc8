#pragma once
// AutoLayoutCommand applies positions computed by the auto-layout to every card in one undo step.

#include "core/project/project.h"

#include <QCoreApplication>
#include <QPointF>
#include <QUndoCommand>

#include <map>
#include <optional>
#include <string>

namespace sf::ui {

class DocumentController;

class AutoLayoutCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AutoLayoutCommand)
public:
    AutoLayoutCommand(DocumentController *doc, std::map<std::string, QPointF> positions,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DocumentController *m_doc;
    std::map<std::string, QPointF> m_positions;
    std::map<std::string, std::optional<project::LayoutEntry>> m_before;
};

} // namespace sf::ui
