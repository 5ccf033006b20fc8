#pragma once
// EditAttributeCommand replaces one attribute of a model (matched by id) with an edited value.

#include "core/design/attribute.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sf::ui {

class DocumentController;

class EditAttributeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAttributeCommand)
public:
    EditAttributeCommand(DocumentController *doc, const std::string &modelId, design::Attribute after,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const design::Attribute &value);

    DocumentController *m_doc;
    std::string m_modelId;
    design::Attribute m_before;
    design::Attribute m_after;
};

} // namespace sf::ui
