#include "ui/canvas/diagramview.h"

#include "ui/canvas/diagramscene.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/modelitem.h"
#include "ui/canvas/overviewwidget.h"
#include "ui/commands/moveitemscommand.h"
#include "ui/commands/renamemodelcommand.h"
#include "ui/document/documentcontroller.h"

#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPixmapCache>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace sf::ui {

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 4.0;
} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("diagramView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, true);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    // Cards cache themselves as pixmaps; a screenful of them at 100 % is a few tens of MB.
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 96 * 1024));

    m_renameEditor = new QLineEdit(viewport());
    m_renameEditor->setObjectName(QStringLiteral("renameEditor"));
    m_renameEditor->hide();
    m_renameEditor->installEventFilter(this);
    connect(m_renameEditor, &QLineEdit::returnPressed, this, &DiagramView::commitRename);
    connect(m_renameEditor, &QLineEdit::editingFinished, this, [this] {
        if (!m_renaming.empty())
            commitRename();
    });

    // A child of the view, not of the viewport: scrolling the viewport moves its children along,
    // which left the minimap drawn at a scrolled-away place.
    m_overview = new OverviewWidget(this, scene);
    connect(scene, &DiagramScene::modelPlaced, this, [this](const QString &id) { startRename(id.toStdString()); });
    connect(scene, &QGraphicsScene::changed, this, [this] { updateOverview(); });
}

void DiagramView::setZoom(double z)
{
    z = std::clamp(z, kMinZoom, kMaxZoom);
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setTransform(QTransform::fromScale(z, z));
    setTransformationAnchor(anchor);
    updateOverview();
    Q_EMIT zoomChanged(z);
}

void DiagramView::zoomIn()
{
    setZoom(zoom() * 1.25);
}
void DiagramView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void DiagramView::zoomToFit()
{
    const QRectF r = m_scene->contentRect().adjusted(-20, -20, 20, 20);
    if (r.isEmpty()) {
        setZoom(1.0);
        return;
    }
    const QSizeF vp = viewport()->size();
    const double z = std::min({vp.width() / r.width(), vp.height() / r.height(), 1.0});
    setZoom(z);
    centerOn(r.center());
}

void DiagramView::openFitted()
{
    zoomToFit();
    if (zoom() >= kLegibleZoom)
        return;
    setZoom(kLegibleZoom);
    const QRectF content = m_scene->contentRect().adjusted(-20, -20, 20, 20);
    const QSizeF visible = QSizeF(viewport()->size()) / kLegibleZoom;
    centerOn(content.topLeft() + QPointF(visible.width() / 2, visible.height() / 2));
    updateOverview();
}

void DiagramView::centerOnModel(const std::string &id)
{
    if (ModelItem *m = m_scene->modelItem(id))
        ensureVisible(m, 40, 40);
}

void DiagramView::focusOn(const std::vector<std::string> &ids)
{
    QRectF r;
    int models = 0;
    for (const std::string &id : ids) {
        if (ModelItem *m = m_scene->modelItem(id)) {
            r = r.united(m->sceneBoundingRect());
            ++models;
        } else if (QGraphicsItem *l = m_scene->linkItem(id)) {
            r = r.united(l->sceneBoundingRect());
        }
    }
    if (r.isEmpty())
        return;
    r.adjust(-40, -40, 40, 40);
    const QSizeF vp = viewport()->size();
    double z = std::min({vp.width() / r.width(), vp.height() / r.height(), 1.0});
    if (models <= 1)
        z = std::max(z, 0.75); // one card: readable even when it is tall
    setZoom(z);
    centerOn(r.center());
    updateOverview();
}

void DiagramView::frameSelection()
{
    std::vector<std::string> ids = m_scene->selectedModelIds();
    for (const std::string &id : m_scene->selectedAssociationIds())
        ids.push_back(id);
    if (ids.empty())
        zoomToFit();
    else
        focusOn(ids);
}

void DiagramView::setOverviewEnabled(bool on)
{
    m_overviewEnabled = on;
    updateOverview();
}

void DiagramView::startRename(const std::string &modelId)
{
    ModelItem *item = m_scene->modelItem(modelId);
    if (!item)
        return;
    m_renaming = modelId;
    const QRect r = mapFromScene(item->headerSceneRect()).boundingRect();
    m_renameEditor->setGeometry(r.left(), r.top(), std::max(r.width(), 140),
                                std::max(r.height(), m_renameEditor->sizeHint().height()));
    m_renameEditor->setText(item->content().title);
    m_renameEditor->selectAll();
    m_renameEditor->show();
    m_renameEditor->setFocus();
}

void DiagramView::commitRename()
{
    if (m_renaming.empty())
        return;
    const std::string id = m_renaming;
    m_renaming.clear();
    const QString name = m_renameEditor->text().trimmed();
    m_renameEditor->hide();
    setFocus();
    DocumentController *doc = m_scene->document();
    const design::Model *m = doc->design().modelById(id);
    if (m && !name.isEmpty() && name.toStdString() != m->name)
        doc->undoStack()->push(new RenameModelCommand(doc, id, name));
}

void DiagramView::cancelRename()
{
    m_renaming.clear();
    m_renameEditor->hide();
    setFocus();
}

bool DiagramView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancelRename();
        return true;
    }
    return QGraphicsView::eventFilter(watched, event);
}

void DiagramView::zoomAt(double factor, QPointF viewportPos)
{
    const double z = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(z, zoom()))
        return;
    const QPointF anchor = mapToScene(viewportPos.toPoint());
    const ViewportAnchor saved = transformationAnchor();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setTransform(QTransform::fromScale(z, z));
    // Scroll so that the anchored scene point sits under the same viewport position again.
    const QPointF moved = mapFromScene(anchor) - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    setTransformationAnchor(saved);
    updateOverview();
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAt(std::pow(1.15, event->angleDelta().y() / 120.0), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::changeEvent(QEvent *event)
{
    // Qt delivers an application palette switch (light <-> dark) to child widgets, not to the main
    // window, so the view is where the cards learn they must repaint their cached pixmaps.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        m_scene->restyle();
    QGraphicsView::changeEvent(event);
}

bool DiagramView::viewportEvent(QEvent *event)
{
    // Touchpad pinch arrives as a native zoom gesture (value: relative change), touch screens as a
    // pinch gesture (scale factor since the last event).
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(1.0 + g->value(), g->position());
            event->accept();
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *g = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(g->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomAt(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            g->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (!m_renaming.empty())
        commitRename();
    setDragMode(m_scene->tool() == Tool::Select ? QGraphicsView::RubberBandDrag : QGraphicsView::NoDrag);
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint d = p - m_panStart;
        m_panStart = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF sp = mapToScene(event->position().toPoint());
    for (QGraphicsItem *i : m_scene->items(sp))
        if (i->type() == ModelItem::Type) {
            auto *m = static_cast<ModelItem *>(i);
            if (m->headerSceneRect().contains(sp))
                startRename(m->modelId());
            else
                Q_EMIT editModelRequested(QString::fromStdString(m->modelId()));
            event->accept();
            return;
        }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void DiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuRequested(event->globalPos(), mapToScene(event->pos()));
    event->accept();
}

void DiagramView::nudge(QPointF delta)
{
    DocumentController *doc = m_scene->document();
    MoveItemsCommand::Positions from, to;
    for (const std::string &id : m_scene->selectedModelIds())
        if (ModelItem *m = m_scene->modelItem(id)) {
            from[id] = m->pos();
            to[id] = m->pos() + delta;
        }
    if (!to.empty())
        doc->undoStack()->push(new MoveItemsCommand(doc, from, to, true));
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !m_renaming.empty()) {
        cancelRename();
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_renaming.empty()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    const double step = (event->modifiers() & Qt::ShiftModifier) ? m_scene->gridSize() : 1.0;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge(QPointF(-step, 0));
        return;
    case Qt::Key_Right:
        nudge(QPointF(step, 0));
        return;
    case Qt::Key_Up:
        nudge(QPointF(0, -step));
        return;
    case Qt::Key_Down:
        nudge(QPointF(0, step));
        return;
    case Qt::Key_F2:
        if (const auto ids = m_scene->selectedModelIds(); ids.size() == 1) {
            startRename(ids.front());
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateOverview();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (!m_renaming.empty())
        m_renameEditor->move(m_renameEditor->pos() + QPoint(dx, dy));
    updateOverview();
}

void DiagramView::updateOverview()
{
    m_overview->refreshPlacement(m_overviewEnabled);
}

} // namespace sf::ui
