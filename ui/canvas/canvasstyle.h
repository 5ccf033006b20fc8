#pragma once
// CanvasStyle gives the diagram's fonts and colours, derived from the application palette so the
// canvas follows the system's light or dark appearance.

#include <QColor>
#include <QFont>

namespace sf::ui {

class CanvasStyle
{
public:
    static QFont rowFont();
    static QFont titleFont();
    static QFont labelFont();

    static bool isDark();
    static QColor canvasBackground();
    static QColor gridLine();
    static QColor cardFill();
    static QColor cardBorder();
    static QColor headerFill();
    static QColor headerText();
    static QColor text();
    static QColor mutedText();
    static QColor selection();
    static QColor link();
    static QColor joinFill();
};

} // namespace sf::ui
