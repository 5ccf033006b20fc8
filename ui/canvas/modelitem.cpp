#include "ui/canvas/modelitem.h"

#include "ui/canvas/canvasstyle.h"
#include "ui/canvas/cardhost.h"

#include <QGraphicsScene>

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGuiApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace sf::ui {

ModelItem::ModelItem(const std::string &modelId) : m_modelId(modelId)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemUsesExtendedStyleOption);
    setZValue(1);
    setAcceptHoverEvents(true);
    setData(0, QString::fromStdString(modelId));
}

void ModelItem::setContent(CardContent content)
{
    m_content = std::move(content);
    m_textPrepared = false;
    ++m_generation;
    relayout();
}

void ModelItem::setFixedWidth(std::optional<double> width)
{
    if (m_fixedWidth == width)
        return;
    m_fixedWidth = width;
    relayout();
}

void ModelItem::relayout()
{
    const double w = m_fixedWidth ? std::max(CardContent::kMinWidth, *m_fixedWidth) : m_content.naturalWidth;
    const QRectF r(0, 0, w, m_content.height());
    if (r != m_rect) {
        prepareGeometryChange();
        m_rect = r;
        for (CardEdge *l : std::as_const(m_links))
            l->updateGeometry();
    }
    ++m_generation;
    update();
}

void ModelItem::restyle()
{
    m_textPrepared = false;
    ++m_generation; // part of the cache key: the next paint redraws
    update();
}

quint64 ModelItem::visualState() const
{
    quint64 h = m_generation;
    for (quint64 v : {quint64(isSelected()), quint64(m_highlighted), quint64(QGuiApplication::palette().cacheKey())})
        h = h * 1000003u ^ v;
    return h;
}

QRectF ModelItem::headerSceneRect() const
{
    return mapRectToScene(QRectF(m_rect.left(), m_rect.top(), m_rect.width(), CardContent::kHeaderHeight));
}

void ModelItem::addLink(CardEdge *link)
{
    if (!m_links.contains(link))
        m_links.append(link);
}

void ModelItem::removeLink(CardEdge *link)
{
    m_links.removeAll(link);
}

void ModelItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

void ModelItem::setRisk(Risk risk, const QString &findings)
{
    setToolTip(findings);
    if (m_risk == risk)
        return;
    m_risk = risk;
    update();
}

void ModelItem::paintRisk(QPainter *painter) const
{
    // Drawn over the cached card, so a new lint result never redraws the card's text.
    if (m_risk == Risk::None)
        return;
    const QColor colour = m_risk == Risk::Error ? QColor(0xd0, 0x21, 0x2f) : QColor(0xf0, 0xa0, 0x20);
    painter->fillRect(QRectF(m_rect.left(), m_rect.top(), 5, m_rect.height()), colour);
}

QRectF ModelItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void ModelItem::prepareStaticText() const
{
    if (m_textPrepared)
        return;
    m_rowText.clear();
    m_rowText.reserve(m_content.rows.size());
    for (const CardRow &r : m_content.rows) {
        RowText t{QStaticText(r.name), QStaticText(r.type), QStaticText(r.marks)};
        for (QStaticText *s : {&t.name, &t.type, &t.marks}) {
            s->setTextFormat(Qt::PlainText);
            s->setPerformanceHint(QStaticText::AggressiveCaching);
        }
        m_rowText.append(t);
    }
    m_titleText = QStaticText(m_content.title);
    m_titleText.setTextFormat(Qt::PlainText);
    m_subtitleText = QStaticText(m_content.subtitle);
    m_subtitleText.setTextFormat(Qt::PlainText);
    m_textPrepared = true;
}

QPen ModelItem::borderPen(bool cosmetic) const
{
    const bool selected = isSelected();
    QPen pen(selected ? CanvasStyle::selection() : CanvasStyle::cardBorder(), selected ? 2.0 : 1.0);
    if (m_highlighted)
        pen = QPen(QColor(0xf0, 0x8a, 0x24), selected ? 3.5 : 3.0); // orange, within boundingRect's margin
    pen.setCosmetic(cosmetic);
    return pen;
}

void ModelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.3) {
        // Far away: boxes and a header band only, cheaper to draw than to cache.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(borderPen(true));
        painter->setBrush(CanvasStyle::cardFill());
        painter->drawRect(m_rect);
        painter->fillRect(QRectF(m_rect.left(), m_rect.top(), m_rect.width(), CardContent::kHeaderHeight),
                          CanvasStyle::headerFill());
        paintOverviewName(painter, lod);
        paintRisk(painter);
        return;
    }
    const QRectF whole = boundingRect();
    const bool cached = m_cache.paint(painter, whole, visualState(), [this, whole](QPainter *p, double cacheLod) {
        paintDetailed(p, cacheLod, whole);
    });
    if (!cached)
        paintDetailed(painter, lod, option->exposedRect);
    paintRisk(painter);
}

void ModelItem::paintOverviewName(QPainter *painter, double lod) const
{
    // The overview of a big diagram: the name alone, at a size that is legible on screen (about 11 px
    // whatever the zoom), centred on the card and elided to a little more than its width. Below the
    // zoom where even one line does not fit the card, the name is left out.
    const double pixel = kOverviewNamePixels / std::max(lod, 1e-3);
    if (pixel > m_rect.height() * 0.9)
        return;
    QFont font = CanvasStyle::titleFont();
    font.setPixelSize(std::max(1, int(pixel)));
    painter->setFont(font);
    painter->setPen(CanvasStyle::headerText());
    const QRectF box = m_rect.adjusted(-m_rect.width() * 0.2, 0, m_rect.width() * 0.2, 0);
    const QString name = QFontMetricsF(font).elidedText(m_content.title, Qt::ElideRight, box.width());
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->drawText(box, Qt::AlignCenter, name);
}

void ModelItem::paintDetailed(QPainter *painter, double lod, const QRectF &exposed)
{
    const QRectF header(m_rect.left(), m_rect.top(), m_rect.width(), CardContent::kHeaderHeight);
    painter->setPen(borderPen(lod < 0.5));
    painter->setBrush(CanvasStyle::cardFill());
    painter->drawRoundedRect(m_rect, 4, 4);
    painter->save();
    painter->setClipRect(m_rect.adjusted(1, 1, -1, -1));
    painter->fillRect(header.adjusted(1, 1, -1, 0), CanvasStyle::headerFill());

    prepareStaticText();
    const QFont titleFont = CanvasStyle::titleFont();
    painter->setFont(titleFont);
    painter->setPen(CanvasStyle::headerText());
    const double titleY = (CardContent::kHeaderHeight - QFontMetricsF(titleFont).height()) / 2;
    painter->drawStaticText(QPointF(CardContent::kPadding, titleY), m_titleText);

    if (lod < 0.55) {
        // Medium distance: boxes and titles; rows only once they are readable.
        painter->restore();
        return;
    }

    const QFont rowFont = CanvasStyle::rowFont();
    painter->setFont(rowFont);
    if (!m_content.subtitle.isEmpty()) {
        painter->setPen(CanvasStyle::mutedText());
        const double x = CardContent::kPadding + m_titleText.size().width() + 8;
        const double y = (CardContent::kHeaderHeight - QFontMetricsF(rowFont).height()) / 2;
        painter->drawStaticText(QPointF(x, y), m_subtitleText);
    }

    painter->setPen(QPen(CanvasStyle::cardBorder(), 0));
    painter->drawLine(header.bottomLeft(), header.bottomRight());

    const double textOffset = (CardContent::kRowHeight - QFontMetricsF(rowFont).height()) / 2;
    const double typeX = CardContent::kPadding + m_content.nameWidth + 12;
    const double marksX = typeX + m_content.typeWidth + 12;
    const QColor text = CanvasStyle::text();
    const QColor muted = CanvasStyle::mutedText();
    for (int i = 0; i < m_rowText.size(); ++i) {
        const double y = CardContent::kHeaderHeight + 3 + i * CardContent::kRowHeight;
        if (y > exposed.bottom() || y + CardContent::kRowHeight < exposed.top())
            continue;
        const CardRow &row = m_content.rows[i];
        const RowText &t = m_rowText[i];
        painter->setPen(row.derived ? muted : text);
        painter->drawStaticText(QPointF(CardContent::kPadding, y + textOffset), t.name);
        painter->setPen(muted);
        painter->drawStaticText(QPointF(typeX, y + textOffset), t.type);
        if (!row.marks.isEmpty())
            painter->drawStaticText(QPointF(marksX, y + textOffset), t.marks);
    }
    painter->restore();
}

QVariant ModelItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) {
        if (auto *s = dynamic_cast<CardHost *>(scene()); s && s->snapsDraggedCards()) {
            const double g = s->gridSize();
            const QPointF p = value.toPointF();
            return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
        }
    } else if (change == ItemPositionHasChanged) {
        for (CardEdge *l : std::as_const(m_links))
            l->updateGeometry();
    }
    return QGraphicsItem::itemChange(change, value);
}

bool ModelItem::onResizeEdge(QPointF p) const
{
    return p.x() >= m_rect.right() - 5 && p.x() <= m_rect.right() + 2 && p.y() > CardContent::kHeaderHeight;
}

void ModelItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(onResizeEdge(event->pos()) ? Qt::SizeHorCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void ModelItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && onResizeEdge(event->pos())) {
        m_resizing = true;
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void ModelItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        m_fixedWidth = std::max(CardContent::kMinWidth, std::round(event->pos().x()));
        relayout();
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void ModelItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        m_resizing = false;
        if (auto *s = dynamic_cast<CardHost *>(scene()))
            s->commitResize(this, m_rect.width());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

} // namespace sf::ui
