#pragma once
// CardPixmapCache keeps one card's detailed drawing as a device-resolution pixmap in the global
// QPixmapCache (so the memory of all cards together stays bounded, least recently used first), and
// repaints the card as one blit while its scale and visual state are unchanged: a neighbour moved,
// the view scrolled, the card itself is dragged. Only axis-aligned raster painting is cached;
// vector targets (SVG, PDF, printers) always get the real drawing. Owned by its ModelItem; GUI
// thread only.

#include <QPixmapCache>
#include <QRectF>

#include <functional>

class QPainter;

namespace sf::ui {

class CardPixmapCache
{
public:
    CardPixmapCache() = default;
    ~CardPixmapCache();
    CardPixmapCache(const CardPixmapCache &) = delete;
    CardPixmapCache &operator=(const CardPixmapCache &) = delete;

    // Draws itemRect through the cache. state must change whenever anything render() draws changes
    // (content, selection, highlight, palette). Returns false, having drawn nothing, when the painter
    // cannot take a cached pixmap; the caller then paints directly.
    bool paint(QPainter *painter, const QRectF &itemRect, quint64 state,
               const std::function<void(QPainter *, double lod)> &render);
    void clear();

private:
    QPixmapCache::Key m_key;
    double m_scale = 0;
    quint64 m_state = 0;
    QRectF m_rect;
};

} // namespace sf::ui
