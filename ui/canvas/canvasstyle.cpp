#include "ui/canvas/canvasstyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace sf::ui {

QFont CanvasStyle::rowFont()
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(9);
    return f;
}

QFont CanvasStyle::titleFont()
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(10);
    f.setBold(true);
    return f;
}

QFont CanvasStyle::labelFont()
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(8);
    return f;
}

bool CanvasStyle::isDark()
{
    const QPalette p = QGuiApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QColor CanvasStyle::canvasBackground()
{
    return QGuiApplication::palette().color(QPalette::Base);
}

QColor CanvasStyle::gridLine()
{
    QColor c = QGuiApplication::palette().color(QPalette::Text);
    c.setAlpha(isDark() ? 28 : 20);
    return c;
}

QColor CanvasStyle::cardFill()
{
    return isDark() ? QColor(0x2b, 0x2f, 0x36) : QColor(0xff, 0xff, 0xff);
}

QColor CanvasStyle::cardBorder()
{
    return isDark() ? QColor(0x5a, 0x62, 0x6e) : QColor(0xa9, 0xb2, 0xbd);
}

QColor CanvasStyle::headerFill()
{
    return isDark() ? QColor(0x3a, 0x4a, 0x63) : QColor(0xdc, 0xe7, 0xf5);
}

QColor CanvasStyle::headerText()
{
    return isDark() ? QColor(0xf0, 0xf3, 0xf7) : QColor(0x1c, 0x2a, 0x3a);
}

QColor CanvasStyle::text()
{
    return isDark() ? QColor(0xdd, 0xe1, 0xe6) : QColor(0x22, 0x27, 0x2e);
}

QColor CanvasStyle::mutedText()
{
    return isDark() ? QColor(0x8a, 0x92, 0x9c) : QColor(0x8a, 0x93, 0x9e);
}

QColor CanvasStyle::selection()
{
    return QGuiApplication::palette().color(QPalette::Highlight);
}

QColor CanvasStyle::link()
{
    return isDark() ? QColor(0x9a, 0xa7, 0xb5) : QColor(0x5b, 0x67, 0x75);
}

QColor CanvasStyle::joinFill()
{
    return isDark() ? QColor(0x45, 0x3d, 0x2c) : QColor(0xfb, 0xf1, 0xd9);
}

} // namespace sf::ui
