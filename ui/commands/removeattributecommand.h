#pragma once
// RemoveAttributeCommand deletes one attribute from a model; undo puts it back at its row.

#include "core/design/attribute.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sf::ui {

class DocumentController;

class RemoveAttributeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAttributeCommand)
public:
    RemoveAttributeCommand(DocumentController *doc, const std::string &modelId, const std::string &attributeId,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DocumentController *m_doc;
    std::string m_modelId;
    std::string m_attributeId;
    design::Attribute m_attribute;
    int m_row = -1;
};

} // namespace sf::ui
