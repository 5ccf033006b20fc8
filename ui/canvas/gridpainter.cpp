#include "ui/canvas/gridpainter.h"

#include "ui/canvas/canvasstyle.h"

#include <QPainter>
#include <QVector>

#include <cmath>

namespace sf::ui {

void GridPainter::paint(QPainter *painter, const QRectF &rect, double gridSize)
{
    const double scale = painter->worldTransform().m11();
    double step = gridSize;
    while (step * scale < 8)
        step *= 5;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QLineF> lines;
    for (double x = left; x < rect.right(); x += step)
        lines.append(QLineF(x, rect.top(), x, rect.bottom()));
    for (double y = top; y < rect.bottom(); y += step)
        lines.append(QLineF(rect.left(), y, rect.right(), y));
    // Axis-aligned hairlines: antialiasing would only blur them and doubles the cost.
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(CanvasStyle::gridLine(), 0));
    painter->drawLines(lines);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace sf::ui
