#pragma once
// LinkItem draws one association between two model cards: an orthogonal route around the cards
// it joins (a loop for self-links), cardinality labels at both ends, and for many-to-many a small
// join-table node on the link.

#include "ui/canvas/cardedge.h"

#include "core/design/association.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>

#include <string>

namespace sf::ui {

class ModelItem;

class LinkItem : public QGraphicsItem, public CardEdge
{
public:
    enum { Type = UserType + 2 };

    LinkItem(const std::string &associationId, ModelItem *source, ModelItem *target);
    ~LinkItem() override;

    int type() const override { return Type; }
    const std::string &associationId() const { return m_id; }
    ModelItem *sourceItem() const { return m_source; }
    ModelItem *targetItem() const { return m_target; }
    void detach(); // forget both cards (they are going away)

    void setAssociation(const design::Association &association, const QString &joinTableName);
    void updateGeometry() override;
    QRectF joinNodeRect() const { return m_joinRect; }
    QPolygonF route() const { return m_route; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF computeRoute() const;

    std::string m_id;
    ModelItem *m_source;
    ModelItem *m_target;
    design::AssociationKind m_kind = design::AssociationKind::OneToMany;
    QString m_sourceLabel;
    QString m_targetLabel;
    QString m_joinName;
    QStaticText m_sourceText;
    QStaticText m_targetText;
    QStaticText m_joinText;
    QPolygonF m_route;
    QPainterPath m_path;
    QRectF m_joinRect;
    QPointF m_joinAnchor; // where the join node hangs on the link (differs from its centre when offset)
    QRectF m_bounds;
};

} // namespace sf::ui
