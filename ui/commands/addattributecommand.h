#pragma once
// AddAttributeCommand inserts one attribute into a model at a given row; undo removes it.

#include "core/design/attribute.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace sf::ui {

class DocumentController;

class AddAttributeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAttributeCommand)
public:
    // row < 0 appends.
    AddAttributeCommand(DocumentController *doc, const std::string &modelId, design::Attribute attribute, int row = -1,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DocumentController *m_doc;
    std::string m_modelId;
    design::Attribute m_attribute;
    int m_row;
};

} // namespace sf::ui
