#pragma once
// ResizeModelCommand changes a model card's width on the diagram (null width = automatic).

#include "core/project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>
#include <string>

namespace sf::ui {

class DocumentController;

class ResizeModelCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResizeModelCommand)
public:
    ResizeModelCommand(DocumentController *doc, const std::string &modelId, std::optional<double> width,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DocumentController *m_doc;
    std::string m_id;
    std::optional<project::LayoutEntry> m_before;
    std::optional<double> m_width;
};

} // namespace sf::ui
