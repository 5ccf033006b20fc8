#include "ui/canvas/overviewwidget.h"

#include "ui/canvas/canvasstyle.h"
#include "ui/canvas/diagramscene.h"

#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>

namespace sf::ui {

namespace {
constexpr int kWidth = 220;
constexpr int kHeight = 150;
} // namespace

OverviewWidget::OverviewWidget(QGraphicsView *view, DiagramScene *scene) : QWidget(view), m_view(view), m_scene(scene)
{
    setObjectName(QStringLiteral("overview"));
    setFixedSize(kWidth, kHeight);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    hide();
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(250);
    connect(&m_renderTimer, &QTimer::timeout, this, &OverviewWidget::renderImage);
}

void OverviewWidget::refreshPlacement(bool enabled)
{
    QWidget *vp = m_view->viewport();
    const QRect area = vp->geometry(); // in the view's coordinates (this widget's parent)
    move(area.right() - width() - 10, area.bottom() - height() - 10);
    const QRectF content = m_scene->contentRect();
    const QRectF visible = m_view->mapToScene(vp->rect()).boundingRect();
    const bool needed = enabled && !content.isEmpty() && !visible.contains(content) && vp->width() > 2 * kWidth &&
                        vp->height() > 2 * kHeight;
    setVisible(needed);
    if (needed) {
        raise();
        // The mapping follows the content at once (clicks land right before the next render).
        const QRectF source = content.adjusted(-40, -40, 40, 40);
        if (source != m_sourceRect) {
            m_sourceRect = source;
            m_image = QImage();
        }
        m_renderTimer.start();
    }
    update();
}

void OverviewWidget::renderImage()
{
    if (!isVisible())
        return;
    m_sourceRect = m_scene->contentRect().adjusted(-40, -40, 40, 40);
    const qreal dpr = devicePixelRatioF();
    m_image = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(dpr);
    m_image.fill(CanvasStyle::canvasBackground());
    QPainter p(&m_image);
    const QRectF target = QRectF(QPointF(0, 0), QSizeF(size()));
    m_scene->setPlainBackground(true);
    m_scene->render(&p, target, m_sourceRect, Qt::KeepAspectRatio);
    m_scene->setPlainBackground(false);
    update();
}

QTransform OverviewWidget::sceneToWidget() const
{
    if (m_sourceRect.isEmpty())
        return {};
    const double s = std::min(width() / m_sourceRect.width(), height() / m_sourceRect.height());
    const double ox = (width() - m_sourceRect.width() * s) / 2, oy = (height() - m_sourceRect.height() * s) / 2;
    return QTransform::fromTranslate(-m_sourceRect.left(), -m_sourceRect.top()) * QTransform::fromScale(s, s) *
           QTransform::fromTranslate(ox, oy);
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), CanvasStyle::canvasBackground());
    if (!m_image.isNull())
        p.drawImage(0, 0, m_image);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QColor c = CanvasStyle::selection();
    p.setPen(QPen(c, 1.5));
    c.setAlpha(40);
    p.setBrush(c);
    p.drawRect(sceneToWidget().mapRect(visible));
    p.setBrush(Qt::NoBrush);
    p.setPen(CanvasStyle::cardBorder());
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void OverviewWidget::scrollTo(QPointF widgetPos)
{
    bool ok = false;
    const QTransform inv = sceneToWidget().inverted(&ok);
    if (ok)
        m_view->centerOn(inv.map(widgetPos));
    update();
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    scrollTo(event->position());
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        scrollTo(event->position());
}

} // namespace sf::ui
