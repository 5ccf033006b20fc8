#pragma once
// AddModelCommand inserts one model (with its layout position) into the design; undo removes it.

#include "core/design/model.h"
#include "core/project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sf::ui {

class DocumentController;

class AddModelCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddModelCommand)
public:
    AddModelCommand(DocumentController *doc, design::Model model, std::optional<project::LayoutEntry> layout,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DocumentController *m_doc;
    design::Model m_model;
    std::optional<project::LayoutEntry> m_layout;
};

} // namespace sf::ui
