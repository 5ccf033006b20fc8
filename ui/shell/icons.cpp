#include "ui/shell/icons.h"

#include <QFile>

namespace sf::ui {

namespace {
QString bundledPath(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}
} // namespace

QIcon Icons::get(const QString &name)
{
    // QIcon renders the SVG at each requested size and device pixel ratio, so no PNG ladder is needed.
    const QIcon bundled(bundledPath(name));
    return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name, bundled) : bundled;
}

bool Icons::hasBundled(const QString &name)
{
    return QFile::exists(bundledPath(name));
}

} // namespace sf::ui
