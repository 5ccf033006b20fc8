#pragma once
// ThemeLoader applies the Preferences theme ("" follows the system, "light", "dark") to the whole
// application as a palette, live: every open window, the canvas and the SQL highlighter follow the
// palette change. GUI thread; the system palette is remembered at the first call.

#include <QPalette>
#include <QString>

namespace sf::ui {

class ThemeLoader
{
public:
    static void apply(const QString &theme);
    static void applyPreferred();
    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace sf::ui
