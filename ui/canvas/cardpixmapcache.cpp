#include "ui/canvas/cardpixmapcache.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace sf::ui {

namespace {
// Past this a cached card costs more memory than redrawing it costs time (zoomed far in on a large card).
constexpr qint64 kMaxPixels = 2'000'000;
} // namespace

CardPixmapCache::~CardPixmapCache()
{
    clear();
}

void CardPixmapCache::clear()
{
    if (m_key.isValid())
        QPixmapCache::remove(m_key);
    m_key = QPixmapCache::Key();
}

bool CardPixmapCache::paint(QPainter *painter, const QRectF &itemRect, quint64 state,
                            const std::function<void(QPainter *, double)> &render)
{
    if (!painter->paintEngine() || painter->paintEngine()->type() != QPaintEngine::Raster)
        return false;
    const QTransform world = painter->worldTransform();
    if (world.type() > QTransform::TxScale || !qFuzzyCompare(world.m11(), world.m22()) || world.m11() <= 0)
        return false;
    const double dpr = painter->device()->devicePixelRatio();
    const double scale = world.m11() * dpr;
    const QSize size(int(std::ceil(itemRect.width() * scale)) + 1, int(std::ceil(itemRect.height() * scale)) + 1);
    if (qint64(size.width()) * size.height() > kMaxPixels)
        return false;

    QPixmap pixmap;
    const bool valid = m_key.isValid() && m_scale == scale && m_state == state && m_rect == itemRect &&
                       QPixmapCache::find(m_key, &pixmap);
    if (!valid) {
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHints(painter->renderHints());
        p.scale(scale, scale);
        p.translate(-itemRect.topLeft());
        render(&p, world.m11());
        p.end();
        pixmap.setDevicePixelRatio(dpr);
        clear();
        m_key = QPixmapCache::insert(pixmap);
        m_scale = scale;
        m_state = state;
        m_rect = itemRect;
    }
    // Land on whole device pixels so the cached text is exactly as sharp as directly drawn text.
    const QPointF at = world.map(itemRect.topLeft());
    const QPointF snapped(std::round(at.x() * dpr) / dpr, std::round(at.y() * dpr) / dpr);
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawPixmap(snapped, pixmap);
    painter->restore();
    return true;
}

} // namespace sf::ui
