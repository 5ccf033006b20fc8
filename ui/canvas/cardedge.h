#pragma once
// CardEdge is what a model card tells the links attached to it (its geometry changed), so the card
// never includes the link; LinkItem implements it.

namespace sf::ui {

class CardEdge
{
public:
    virtual ~CardEdge() = default;
    virtual void updateGeometry() = 0;
};

} // namespace sf::ui
