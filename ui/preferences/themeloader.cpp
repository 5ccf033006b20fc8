#include "ui/preferences/themeloader.h"

#include "ui/preferences/preferences.h"

#include <QApplication>
#include <QStyle>

#include <optional>

namespace sf::ui {

namespace {
std::optional<QPalette> g_system; // the palette before any theme was applied
}

QPalette ThemeLoader::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9d, 0xa5, 0xb4));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0x9e, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xe1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x84, 0x8a));
    return p;
}

QPalette ThemeLoader::lightPalette()
{
    return QApplication::style()->standardPalette();
}

void ThemeLoader::apply(const QString &theme)
{
    if (!g_system)
        g_system = QApplication::palette();
    if (theme == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
    else if (theme == QLatin1String("light"))
        QApplication::setPalette(lightPalette());
    else
        QApplication::setPalette(*g_system);
}

void ThemeLoader::applyPreferred()
{
    const QString theme = Preferences::load().theme;
    if (!theme.isEmpty() || g_system)
        apply(theme);
}

} // namespace sf::ui
