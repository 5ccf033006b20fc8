#pragma once
// RemoveModelCommand deletes one model together with every association that touches it and its
// layout entry; undo restores all of them at their original positions.

#include "core/design/association.h"
#include "core/design/model.h"
#include "core/project/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <utility>
#include <vector>

namespace sf::ui {

class DocumentController;

class RemoveModelCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveModelCommand)
public:
    RemoveModelCommand(DocumentController *doc, const std::string &modelId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DocumentController *m_doc;
    std::string m_id;
    int m_index = -1;
    design::Model m_model;
    std::optional<project::LayoutEntry> m_layout;
    std::vector<std::pair<int, design::Association>> m_associations; // original index, value
};

} // namespace sf::ui
