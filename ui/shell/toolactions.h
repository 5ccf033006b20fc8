#pragma once
// ToolActions is the exclusive group of the canvas tools (Select, Model and the three link kinds):
// checkable actions with single-key shortcuts on the canvas, kept in step with the scene's tool.

#include "ui/canvas/tool.h"

#include <QActionGroup>

namespace sf::ui {

class DiagramScene;
class DiagramView;

class ToolActions : public QActionGroup
{
    Q_OBJECT
public:
    // The actions' shortcuts work while the view (or a child) has the focus.
    ToolActions(DiagramScene *scene, DiagramView *view, QObject *parent);

    QAction *action(Tool tool) const;
};

} // namespace sf::ui
