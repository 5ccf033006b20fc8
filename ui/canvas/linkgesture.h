#pragma once
// LinkGesture is a link tool's gesture on the canvas: drag from a card to a card, or click a card and
// then click the target while a dashed line follows the mouse; a link from a card to itself needs
// Shift on the gesture's end, and Esc or a click beside the cards cancels. It draws the dashed line
// into the scene and reports a finished gesture through its callback; GUI thread.

#include <QPointF>

#include <functional>
#include <string>

class QGraphicsLineItem;
class QGraphicsScene;
class QGraphicsSceneMouseEvent;

namespace sf::ui {

class ModelItem;

class LinkGesture
{
public:
    // link(sourceModelId, targetModelId) runs when a gesture ends on a target card.
    LinkGesture(QGraphicsScene *scene, std::function<void(const std::string &, const std::string &)> link);
    LinkGesture(const LinkGesture &) = delete;
    LinkGesture &operator=(const LinkGesture &) = delete;

    // The card under scenePos, or nullptr.
    static ModelItem *modelItemAt(const QGraphicsScene *scene, QPointF scenePos);

    // A source card is chosen (by a press, or by a click that waits for the target).
    bool isActive() const { return m_source != nullptr; }
    // A click chose the source: the next click chooses the target.
    bool isPending() const { return m_pending; }
    // The gesture's handlers; each accepts the event it takes. press always takes it; move and
    // release return false when the event is not part of a gesture.
    void press(QGraphicsSceneMouseEvent *event);
    bool move(QGraphicsSceneMouseEvent *event);
    bool release(QGraphicsSceneMouseEvent *event);
    // Drops the dashed line and the chosen source.
    void cancel();

private:
    QGraphicsScene *m_scene;
    std::function<void(const std::string &, const std::string &)> m_link;
    ModelItem *m_source = nullptr;
    QGraphicsLineItem *m_preview = nullptr;
    bool m_pending = false;        // a click chose the source: the next click chooses the target
    bool m_swallowRelease = false; // the press completed a pending link: ignore its release
};

} // namespace sf::ui
