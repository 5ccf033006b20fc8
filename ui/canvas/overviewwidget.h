#pragma once
// OverviewWidget is the minimap in the corner of the diagram view: a small rendering of the whole
// diagram with the visible area outlined; it shows only when the diagram is larger than the window,
// and clicking or dragging in it scrolls the view there.

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace sf::ui {

class DiagramView;

class OverviewWidget : public QWidget
{
    Q_OBJECT
public:
    OverviewWidget(DiagramView *view, QWidget *parent);

    // Re-anchors to the viewport corner, shows or hides it, and schedules a re-render.
    void refreshPlacement();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void renderImage();
    QTransform sceneToWidget() const;
    void scrollTo(QPointF widgetPos);

    DiagramView *m_view;
    QImage m_image;
    QRectF m_sourceRect;
    QTimer m_renderTimer;
};

} // namespace sf::ui
