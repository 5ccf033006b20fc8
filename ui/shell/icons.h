#pragma once
// Icons hands out the application's action icons: the desktop icon theme's icon when it has the
// standard name (document-open, zoom-in, ...), otherwise the SVG bundled under :/icons, so every
// toolbar button has a crisp, high-DPI icon on any desktop, light or dark. GUI thread only.

#include <QIcon>

namespace sf::ui {

class Icons
{
public:
    // name is a freedesktop icon name or one of SchemaForge's own (select, model, one-to-many, ...).
    static QIcon get(const QString &name);
    // True when the bundled fallback for name exists (every name the application uses has one).
    static bool hasBundled(const QString &name);
};

} // namespace sf::ui
