#pragma once
// OverviewWidget is the minimap in the corner of the diagram view: a small rendering of the whole
// diagram with the visible area outlined; it shows only when the diagram is larger than the window,
// and clicking or dragging in it scrolls the view there.

#include <QImage>
#include <QTimer>
#include <QWidget>

class QGraphicsView;

namespace sf::ui {

class DiagramScene;

class OverviewWidget : public QWidget
{
    Q_OBJECT
public:
    // Shows scene as drawn in view, over view's viewport corner (view is the parent).
    OverviewWidget(QGraphicsView *view, DiagramScene *scene);

    // Re-anchors to the viewport corner, shows or hides it (never while !enabled), and schedules a
    // re-render.
    void refreshPlacement(bool enabled);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void renderImage();
    QTransform sceneToWidget() const;
    void scrollTo(QPointF widgetPos);

    QGraphicsView *m_view;
    DiagramScene *m_scene;
    QImage m_image;
    QRectF m_sourceRect;
    QTimer m_renderTimer;
};

} // namespace sf::ui
