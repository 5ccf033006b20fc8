#pragma once
// GridPainter draws the diagram's background grid, thinning it out as the zoom shrinks so zoomed-out
// frames stay cheap.

class QPainter;
class QRectF;

namespace sf::ui {

class GridPainter
{
public:
    static void paint(QPainter *painter, const QRectF &rect, double gridSize);
};

} // namespace sf::ui
