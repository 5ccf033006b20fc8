#pragma once
// ModelItem is the card of one model on the diagram, keyed by model id: a header with the model
// name (and table name when different) and one row per column, derived columns muted; its text
// layout is cached and rebuilt only when the model changes, its drawing is cached as a pixmap
// (CardPixmapCache) until its content, selection, highlight, palette or zoom changes, and it paints
// at reduced detail when zoomed out.

#include "ui/canvas/cardcontent.h"
#include "ui/canvas/cardedge.h"
#include "ui/canvas/cardpixmapcache.h"

#include <QGraphicsItem>
#include <QStaticText>
#include <QVector>

#include <optional>
#include <string>

class QPen;

namespace sf::ui {

class ModelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    // On-screen size of a card's name in the far-away overview (names only), in pixels.
    static constexpr double kOverviewNamePixels = 12.0;

    explicit ModelItem(const std::string &modelId);

    int type() const override { return Type; }
    const std::string &modelId() const { return m_modelId; }

    void setContent(CardContent content);
    const CardContent &content() const { return m_content; }
    void setFixedWidth(std::optional<double> width);
    QRectF cardRect() const { return m_rect; }
    QRectF headerSceneRect() const;
    // Highlight (e.g. the models a drift check found different): an orange outline, independent of
    // selection. Set through DiagramScene::setHighlightedModels.
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    // What lint says the pending change risks on this card's table: a red (error) or amber (warning)
    // band along the card's left edge, with the findings as its tooltip.
    enum class Risk { None, Warning, Error };
    void setRisk(Risk risk, const QString &findings);
    Risk risk() const { return m_risk; }
    // Drops the cached drawing (fonts or style changed) and repaints.
    void restyle();

    // The links attached to the card (LinkItems, told when the card moves or changes size).
    void addLink(CardEdge *link);
    void removeLink(CardEdge *link);
    const QVector<CardEdge *> &links() const { return m_links; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    // Dragging the right edge resizes the card (one undoable step on release).
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void relayout();
    void prepareStaticText() const;
    void paintOverviewName(QPainter *painter, double lod) const;
    void paintRisk(QPainter *painter) const;
    void paintDetailed(QPainter *painter, double lod, const QRectF &exposed);
    QPen borderPen(bool cosmetic) const;
    // Everything paintDetailed reads besides the zoom: a change of any of it invalidates the cache.
    quint64 visualState() const;
    bool onResizeEdge(QPointF itemPos) const;

    std::string m_modelId;
    CardContent m_content;
    std::optional<double> m_fixedWidth;
    QRectF m_rect;
    QVector<CardEdge *> m_links;
    bool m_resizing = false;
    bool m_highlighted = false;
    Risk m_risk = Risk::None;
    quint64 m_generation = 0; // bumped whenever content, size or style changes
    CardPixmapCache m_cache;

    struct RowText {
        QStaticText name, type, marks;
    };
    mutable QVector<RowText> m_rowText;
    mutable QStaticText m_titleText;
    mutable QStaticText m_subtitleText;
    mutable bool m_textPrepared = false;
};

} // namespace sf::ui
