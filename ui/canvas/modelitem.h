#pragma once
// ModelItem is the card of one model on the diagram, keyed by model id: a header with the model
// name (and table name when different) and one row per column, derived columns muted; its text
// layout is cached and rebuilt only when the model changes, and it paints at reduced detail
// when zoomed out.

#include "ui/canvas/cardcontent.h"

#include <QGraphicsItem>
#include <QStaticText>
#include <QVector>

#include <optional>
#include <string>

namespace sf::ui {

class LinkItem;

class ModelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit ModelItem(const std::string &modelId);

    int type() const override { return Type; }
    const std::string &modelId() const { return m_modelId; }

    void setContent(CardContent content);
    const CardContent &content() const { return m_content; }
    void setFixedWidth(std::optional<double> width);
    QRectF cardRect() const { return m_rect; }
    QRectF headerSceneRect() const;

    void addLink(LinkItem *link);
    void removeLink(LinkItem *link);
    const QVector<LinkItem *> &links() const { return m_links; }

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
    bool onResizeEdge(QPointF itemPos) const;

    std::string m_modelId;
    CardContent m_content;
    std::optional<double> m_fixedWidth;
    QRectF m_rect;
    QVector<LinkItem *> m_links;
    bool m_resizing = false;

    struct RowText {
        QStaticText name, type, marks;
    };
    mutable QVector<RowText> m_rowText;
    mutable QStaticText m_titleText;
    mutable QStaticText m_subtitleText;
    mutable bool m_textPrepared = false;
};

} // namespace sf::ui
