#include "ui/canvas/linkitem.h"

#include "ui/canvas/canvasstyle.h"
#include "ui/canvas/modelitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace sf::ui {

namespace {
constexpr double kGap = 24;  // clearance kept around the cards
constexpr double kLoop = 28; // self-link loop size
} // namespace

LinkItem::LinkItem(const std::string &associationId, ModelItem *source, ModelItem *target)
    : m_id(associationId), m_source(source), m_target(target)
{
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setZValue(0);
    setData(0, QString::fromStdString(associationId));
    m_source->addLink(this);
    m_target->addLink(this);
}

LinkItem::~LinkItem()
{
    detach();
}

void LinkItem::detach()
{
    if (m_source)
        m_source->removeLink(this);
    if (m_target)
        m_target->removeLink(this);
    m_source = m_target = nullptr;
}

void LinkItem::setAssociation(const design::Association &a, const QString &joinTableName)
{
    m_kind = a.kind;
    switch (a.kind) {
    case design::AssociationKind::OneToOne:
        m_sourceLabel = QStringLiteral("1");
        m_targetLabel = QStringLiteral("1");
        break;
    case design::AssociationKind::OneToMany:
        m_sourceLabel = QStringLiteral("1");
        m_targetLabel = QStringLiteral("N");
        break;
    case design::AssociationKind::ManyToMany:
        m_sourceLabel = QStringLiteral("M");
        m_targetLabel = QStringLiteral("N");
        break;
    }
    m_joinName = a.kind == design::AssociationKind::ManyToMany ? joinTableName : QString();
    for (auto [text, st] : {std::pair{&m_sourceLabel, &m_sourceText}, std::pair{&m_targetLabel, &m_targetText},
                            std::pair{&m_joinName, &m_joinText}}) {
        *st = QStaticText(*text);
        st->setTextFormat(Qt::PlainText);
        st->setPerformanceHint(QStaticText::AggressiveCaching);
    }
    updateGeometry();
}

QPolygonF LinkItem::computeRoute() const
{
    const QRectF a = m_source->sceneBoundingRect().adjusted(2, 2, -2, -2);
    const QRectF b = m_target->sceneBoundingRect().adjusted(2, 2, -2, -2);
    const double hy = CardContent::kHeaderHeight / 2;
    if (m_source == m_target) {
        const double x1 = a.right() - 40, y0 = a.top() + hy;
        return QPolygonF({QPointF(a.right(), y0), QPointF(a.right() + kLoop, y0),
                          QPointF(a.right() + kLoop, a.top() - kLoop), QPointF(x1, a.top() - kLoop),
                          QPointF(x1, a.top())});
    }
    // Side by side: leave through the facing sides, elbow in the gap between them.
    if (b.left() >= a.right() + kGap || a.left() >= b.right() + kGap) {
        const bool rightward = b.left() >= a.right();
        const double ax = rightward ? a.right() : a.left();
        const double bx = rightward ? b.left() : b.right();
        const double lo = std::max(a.top() + hy, b.top() + hy), hi = std::min(a.bottom() - 6, b.bottom() - 6);
        if (lo <= hi) {
            const double y = (lo + hi) / 2;
            return QPolygonF({QPointF(ax, y), QPointF(bx, y)});
        }
        const double ay = a.top() + hy, by = b.top() + hy;
        const double mx = (ax + bx) / 2;
        return QPolygonF({QPointF(ax, ay), QPointF(mx, ay), QPointF(mx, by), QPointF(bx, by)});
    }
    // Stacked: leave through top/bottom, elbow in the vertical gap.
    if (b.top() >= a.bottom() + kGap || a.top() >= b.bottom() + kGap) {
        const bool downward = b.top() >= a.bottom();
        const double ay = downward ? a.bottom() : a.top();
        const double by = downward ? b.top() : b.bottom();
        const double lo = std::max(a.left() + 12, b.left() + 12), hi = std::min(a.right() - 12, b.right() - 12);
        if (lo <= hi) {
            const double x = (lo + hi) / 2;
            return QPolygonF({QPointF(x, ay), QPointF(x, by)});
        }
        const double ax = a.center().x(), bx = b.center().x();
        const double my = (ay + by) / 2;
        return QPolygonF({QPointF(ax, ay), QPointF(ax, my), QPointF(bx, my), QPointF(bx, by)});
    }
    // Overlapping or too close: go around the right side of both cards.
    const double x = std::max(a.right(), b.right()) + kGap;
    const double ay = a.top() + hy, by = b.top() + hy;
    return QPolygonF({QPointF(a.right(), ay), QPointF(x, ay), QPointF(x, by), QPointF(b.right(), by)});
}

void LinkItem::updateGeometry()
{
    if (!m_source || !m_target)
        return;
    prepareGeometryChange();
    m_route = computeRoute();
    m_path = QPainterPath();
    m_path.addPolygon(m_route);
    m_joinRect = QRectF();
    if (!m_joinName.isEmpty()) {
        // Join-table node on the middle of the longest segment.
        int best = 0;
        double bestLen = -1;
        for (int i = 0; i + 1 < m_route.size(); ++i) {
            const double len = QLineF(m_route[i], m_route[i + 1]).length();
            if (len > bestLen) {
                bestLen = len;
                best = i;
            }
        }
        const QPointF mid = (m_route[best] + m_route[best + 1]) / 2;
        const QFontMetricsF fm(CanvasStyle::labelFont());
        const double w = fm.horizontalAdvance(m_joinName) + 14, h = fm.height() + 8;
        m_joinAnchor = mid;
        QPointF centre = mid;
        if (bestLen < (std::abs(m_route[best].y() - m_route[best + 1].y()) < 1 ? w : h) + 70) {
            // Too short to sit on: hang the node beside the link so the ends stay readable.
            const bool horizontal = std::abs(m_route[best].y() - m_route[best + 1].y()) < 1;
            centre += horizontal ? QPointF(0, h / 2 + 18) : QPointF(w / 2 + 18, 0);
        }
        m_joinRect = QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h);
    }
    m_bounds = m_path.boundingRect().adjusted(-18, -18, 18, 18);
    if (!m_joinRect.isNull())
        m_bounds |= m_joinRect.adjusted(-2, -2, 2, 2);
    update();
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath p = stroker.createStroke(m_path);
    if (!m_joinRect.isNull())
        p.addRect(m_joinRect);
    return p;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_route.size() < 2)
        return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // Up to 150 % zoom a link is a one-pixel cosmetic line: the raster engine draws those with its
    // clipping line stroker instead of outlining and filling the whole (mostly off-screen) polyline.
    const bool thin = lod <= 1.5;
    QPen pen(isSelected() ? CanvasStyle::selection() : CanvasStyle::link(), isSelected() ? 2.0 : (thin ? 1.0 : 1.2));
    pen.setCosmetic(thin);
    if (m_kind == design::AssociationKind::OneToOne)
        pen.setStyle(Qt::SolidLine);
    // Routes are orthogonal, so a thin route is exact without antialiasing (and twice as cheap).
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, !thin && lod >= 0.3);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_route);
    painter->setRenderHint(QPainter::Antialiasing, antialiased && lod >= 0.3);
    if (lod < 0.3) {
        if (!m_joinRect.isNull())
            painter->fillRect(m_joinRect, CanvasStyle::joinFill());
        return;
    }

    // Crow's foot at each "many" end, a bar at each "one" end.
    auto endMark = [&](QPointF end, QPointF prev, bool many) {
        QLineF dir(end, prev);
        dir.setLength(12);
        const QPointF back = dir.p2();
        QLineF normal = dir.normalVector();
        normal.setLength(6);
        const QPointF n = normal.p2() - normal.p1();
        if (many) {
            painter->drawLine(back, end + n);
            painter->drawLine(back, end - n);
        } else {
            painter->drawLine(back + n, back - n);
        }
    };
    // Ends and labels only where they are exposed (long links mostly cross the view).
    const QRectF exposed = option->exposedRect.adjusted(-30, -30, 30, 30);
    const bool sourceShown = exposed.contains(m_route.first());
    const bool targetShown = exposed.contains(m_route.last());
    const bool sourceMany = m_kind == design::AssociationKind::ManyToMany;
    const bool targetMany = m_kind != design::AssociationKind::OneToOne;
    if (sourceShown)
        endMark(m_route.first(), m_route[1], sourceMany);
    if (targetShown)
        endMark(m_route.last(), m_route[m_route.size() - 2], targetMany);

    painter->setFont(CanvasStyle::labelFont());
    painter->setPen(CanvasStyle::link());
    auto label = [&](QPointF end, QPointF prev, const QStaticText &text) {
        QLineF dir(end, prev);
        dir.setLength(18);
        QLineF normal = dir.normalVector();
        normal.setLength(9);
        const QPointF at = dir.p2() + (normal.p2() - normal.p1());
        const QSizeF size = text.size();
        painter->drawStaticText(at - QPointF(size.width() / 2, size.height() / 2), text);
    };
    if (sourceShown)
        label(m_route.first(), m_route[1], m_sourceText);
    if (targetShown)
        label(m_route.last(), m_route[m_route.size() - 2], m_targetText);

    if (!m_joinRect.isNull() && exposed.intersects(m_joinRect)) {
        if (!m_joinRect.contains(m_joinAnchor)) {
            QPen stub(CanvasStyle::link(), 1, Qt::DotLine);
            painter->setPen(stub);
            painter->drawLine(m_joinAnchor, m_joinRect.center());
        }
        painter->setPen(QPen(isSelected() ? CanvasStyle::selection() : CanvasStyle::cardBorder(), 1));
        painter->setBrush(CanvasStyle::joinFill());
        painter->drawRoundedRect(m_joinRect, 3, 3);
        painter->setPen(CanvasStyle::text());
        const QSizeF size = m_joinText.size();
        painter->drawStaticText(m_joinRect.center() - QPointF(size.width() / 2, size.height() / 2), m_joinText);
    }
}

} // namespace sf::ui
