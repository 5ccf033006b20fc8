#pragma once
// CardHost is what a model card asks of the scene it lives in (snap while dragging, commit a resize),
// so the card never includes the scene; DiagramScene implements it.

namespace sf::ui {

class ModelItem;

class CardHost
{
public:
    virtual ~CardHost() = default;
    // True while cards are being dragged with snap to grid on; the card then snaps to gridSize().
    virtual bool snapsDraggedCards() const = 0;
    virtual double gridSize() const = 0;
    // The user let go of the card's resize edge at `width`: one undoable command.
    virtual void commitResize(ModelItem *item, double width) = 0;
};

} // namespace sf::ui
