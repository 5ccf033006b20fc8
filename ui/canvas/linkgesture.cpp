#include "ui/canvas/linkgesture.h"

#include "ui/canvas/canvasstyle.h"
#include "ui/canvas/modelitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace sf::ui {

LinkGesture::LinkGesture(QGraphicsScene *scene, std::function<void(const std::string &, const std::string &)> link)
    : m_scene(scene), m_link(std::move(link))
{
}

ModelItem *LinkGesture::modelItemAt(const QGraphicsScene *scene, QPointF scenePos)
{
    for (QGraphicsItem *i : scene->items(scenePos))
        if (i->type() == ModelItem::Type)
            return static_cast<ModelItem *>(i);
    return nullptr;
}

void LinkGesture::cancel()
{
    delete m_preview;
    m_preview = nullptr;
    m_source = nullptr;
    m_pending = false;
}

void LinkGesture::press(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    if (m_pending) {
        // The second click of click-click: a card completes the link (itself only with Shift),
        // anywhere else cancels it.
        ModelItem *source = m_source;
        ModelItem *target = modelItemAt(m_scene, event->scenePos());
        cancel();
        if (source && target && (target != source || (event->modifiers() & Qt::ShiftModifier)))
            m_link(source->modelId(), target->modelId());
        m_swallowRelease = true;
        return;
    }
    cancel();
    if ((m_source = modelItemAt(m_scene, event->scenePos()))) {
        m_preview = new QGraphicsLineItem(QLineF(event->scenePos(), event->scenePos()));
        QPen pen(CanvasStyle::selection(), 1.5, Qt::DashLine);
        pen.setCosmetic(true);
        m_preview->setPen(pen);
        m_preview->setZValue(10);
        m_scene->addItem(m_preview);
    }
}

bool LinkGesture::move(QGraphicsSceneMouseEvent *event)
{
    if (!m_preview)
        return false;
    m_preview->setLine(QLineF(m_preview->line().p1(), event->scenePos()));
    event->accept();
    return true;
}

bool LinkGesture::release(QGraphicsSceneMouseEvent *event)
{
    if (m_swallowRelease) {
        m_swallowRelease = false;
        event->accept();
        return true;
    }
    if (!(m_preview || m_source) || m_pending)
        return false;
    event->accept();
    ModelItem *source = m_source;
    ModelItem *target = modelItemAt(m_scene, event->scenePos());
    if (source && target == source && !(event->modifiers() & Qt::ShiftModifier)) {
        // Released on the card it started on: a click, not a link. Wait for the target's click.
        m_pending = true;
        return true;
    }
    cancel();
    if (source && target)
        m_link(source->modelId(), target->modelId());
    return true;
}

} // namespace sf::ui
