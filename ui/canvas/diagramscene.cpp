#include "ui/canvas/diagramscene.h"

#include "ui/canvas/canvasstyle.h"
#include "ui/canvas/cardcontent.h"
#include "ui/canvas/gridpainter.h"
#include "ui/canvas/linkfactory.h"
#include "ui/canvas/linkgesture.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/modelitem.h"
#include "ui/commands/addassociationcommand.h"
#include "ui/commands/addmodelcommand.h"
#include "ui/commands/moveitemscommand.h"
#include "ui/commands/resizemodelcommand.h"
#include "ui/document/documentcontroller.h"
#include "ui/document/physicalcache.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>

#include <cmath>

namespace sf::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

DiagramScene::DiagramScene(DocumentController *doc, QObject *parent)
    : QGraphicsScene(parent), m_doc(doc),
      m_linkGesture(std::make_unique<LinkGesture>(
          this, [this](const std::string &source, const std::string &target) { createLink(m_tool, source, target); }))
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(doc, &DocumentController::projectReset, this, &DiagramScene::rebuildAll);
    connect(doc, &DocumentController::modelAdded, this, [this](const QString &id) { addModelItem(id.toStdString()); });
    connect(doc, &DocumentController::modelRemoved, this,
            [this](const QString &id) { removeModelItem(id.toStdString()); });
    connect(doc, &DocumentController::modelChanged, this, [this](const QString &id) {
        refreshModel(id.toStdString());
        // Derived foreign-key names and join-table names follow the model's name.
        if (ModelItem *m = modelItem(id.toStdString()))
            for (CardEdge *e : m->links()) {
                auto *l = static_cast<LinkItem *>(e);
                refreshLink(l->associationId());
                refreshModel(l->targetItem() == m ? l->sourceItem()->modelId() : l->targetItem()->modelId());
            }
    });
    connect(doc, &DocumentController::associationAdded, this,
            [this](const QString &id) { addLinkItem(id.toStdString()); });
    connect(doc, &DocumentController::associationRemoved, this,
            [this](const QString &id) { removeLinkItem(id.toStdString()); });
    connect(doc, &DocumentController::associationChanged, this, [this](const QString &id) {
        removeLinkItem(id.toStdString());
        addLinkItem(id.toStdString());
    });
    connect(doc, &DocumentController::layoutChanged, this,
            [this](const QString &id) { applyLayout(id.toStdString()); });
    rebuildAll();
}

DiagramScene::~DiagramScene()
{
    // Links unregister from cards in their destructor; delete them first.
    for (LinkItem *l : std::as_const(m_links))
        delete l;
    m_links.clear();
}

void DiagramScene::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_linkGesture->cancel();
    m_tool = tool;
    Q_EMIT toolChanged(tool);
}

bool DiagramScene::isLinkPending() const
{
    return m_linkGesture->isPending();
}

void DiagramScene::setGridVisible(bool on)
{
    m_gridVisible = on;
    update();
}

ModelItem *DiagramScene::modelItem(const std::string &id) const
{
    return m_models.value(qs(id));
}
LinkItem *DiagramScene::linkItem(const std::string &id) const
{
    return m_links.value(qs(id));
}
QList<ModelItem *> DiagramScene::modelItems() const
{
    return m_models.values();
}

std::vector<std::string> DiagramScene::selectedModelIds() const
{
    std::vector<std::string> ids;
    for (const auto &m : m_doc->design().models) // design order, deterministic
        if (ModelItem *item = modelItem(m.id); item && item->isSelected())
            ids.push_back(m.id);
    return ids;
}

std::vector<std::string> DiagramScene::selectedAssociationIds() const
{
    std::vector<std::string> ids;
    for (const auto &a : m_doc->design().associations)
        if (LinkItem *item = linkItem(a.id); item && item->isSelected())
            ids.push_back(a.id);
    return ids;
}

void DiagramScene::selectOnly(const std::string &id)
{
    QGraphicsItem *item = modelItem(id);
    if (!item)
        item = linkItem(id);
    if (!item || (item->isSelected() && selectedItems().size() == 1))
        return;
    clearSelection();
    item->setSelected(true);
}

void DiagramScene::setHighlightedModels(const QSet<QString> &ids)
{
    for (const QString &id : m_highlighted)
        if (ModelItem *item = m_models.value(id); item && !ids.contains(id))
            item->setHighlighted(false);
    for (const QString &id : ids)
        if (ModelItem *item = m_models.value(id))
            item->setHighlighted(true);
    m_highlighted = ids;
}

QRectF DiagramScene::contentRect() const
{
    QRectF r;
    for (ModelItem *m : m_models)
        r |= m->sceneBoundingRect();
    for (LinkItem *l : m_links)
        r |= l->sceneBoundingRect();
    return r;
}

QPointF DiagramScene::snapped(QPointF p) const
{
    if (!m_snap)
        return p;
    return QPointF(std::round(p.x() / m_gridSize) * m_gridSize, std::round(p.y() / m_gridSize) * m_gridSize);
}

void DiagramScene::rebuildAll()
{
    m_linkGesture->cancel();
    for (LinkItem *l : std::as_const(m_links))
        delete l;
    m_links.clear();
    for (ModelItem *m : std::as_const(m_models))
        delete m;
    m_models.clear();
    // Bulk path: each card's content is built once, links are added after all cards are placed.
    m_bulk = true;
    const QFont rowFont = CanvasStyle::rowFont(), titleFont = CanvasStyle::titleFont();
    const auto &models = m_doc->design().models;
    for (const auto &m : models) {
        auto *item = new ModelItem(m.id);
        m_models.insert(qs(m.id), item);
        item->setContent(CardContent::build(m, m_doc->physical()->tableForModel(m.id), rowFont, titleFont));
        applyLayout(m.id);
        addItem(item);
    }
    for (const auto &a : m_doc->design().associations)
        addLinkItem(a.id);
    m_bulk = false;
    setSceneRect(contentRect().adjusted(-2000, -2000, 2000, 2000));
}

QPointF DiagramScene::defaultPosition(int index) const
{
    return QPointF(40 + (index % 6) * 300, 40 + (index / 6) * 320);
}

void DiagramScene::addModelItem(const std::string &id)
{
    if (modelItem(id))
        return;
    auto *item = new ModelItem(id);
    m_models.insert(qs(id), item);
    addItem(item);
    refreshModel(id);
    applyLayout(id);
}

void DiagramScene::removeModelItem(const std::string &id)
{
    ModelItem *item = m_models.take(qs(id));
    if (!item)
        return;
    for (CardEdge *e : QVector<CardEdge *>(item->links()))
        removeLinkItem(static_cast<LinkItem *>(e)->associationId());
    delete item;
}

void DiagramScene::refreshModel(const std::string &id)
{
    ModelItem *item = modelItem(id);
    const design::Model *model = m_doc->design().modelById(id);
    if (!item || !model)
        return;
    item->setContent(CardContent::build(*model, m_doc->physical()->tableForModel(id), CanvasStyle::rowFont(),
                                        CanvasStyle::titleFont()));
}

void DiagramScene::applyLayout(const std::string &id)
{
    ModelItem *item = modelItem(id);
    if (!item)
        return;
    const auto entry = m_doc->layoutOf(id);
    const QPointF pos = entry ? QPointF(entry->x, entry->y) : defaultPosition(m_doc->modelIndex(id));
    if (m_bulk) {
        item->setFixedWidth(entry ? entry->width : std::nullopt);
        item->setPos(pos);
        return;
    }
    item->setFixedWidth(entry ? entry->width : std::nullopt);
    if (item->pos() != pos)
        item->setPos(pos);
    const QRectF r = item->sceneBoundingRect().adjusted(-400, -400, 400, 400);
    if (!sceneRect().contains(r))
        setSceneRect(sceneRect().united(r));
}

void DiagramScene::addLinkItem(const std::string &id)
{
    const design::Association *a = m_doc->design().associationById(id);
    if (!a || linkItem(id))
        return;
    ModelItem *s = modelItem(a->source);
    ModelItem *t = modelItem(a->target);
    if (!s || !t)
        return;
    auto *item = new LinkItem(id, s, t);
    m_links.insert(qs(id), item);
    addItem(item);
    refreshLink(id);
    if (!m_bulk) {
        refreshModel(a->source);
        refreshModel(a->target);
    }
}

void DiagramScene::removeLinkItem(const std::string &id)
{
    LinkItem *item = m_links.take(qs(id));
    if (!item)
        return;
    const std::string s = item->sourceItem() ? item->sourceItem()->modelId() : std::string();
    const std::string t = item->targetItem() ? item->targetItem()->modelId() : std::string();
    delete item;
    refreshModel(s);
    refreshModel(t);
}

void DiagramScene::refreshLink(const std::string &id)
{
    LinkItem *item = linkItem(id);
    const design::Association *a = m_doc->design().associationById(id);
    if (!item || !a)
        return;
    QString join;
    if (a->kind == design::AssociationKind::ManyToMany) {
        if (const auto *t = m_doc->physical()->joinTableFor(id))
            join = qs(t->name);
        else if (a->through)
            join = qs(*a->through);
    }
    item->setAssociation(*a, join);
}

std::string DiagramScene::placeModel(QPointF scenePos)
{
    design::Model m;
    m.id = m_doc->newId("m");
    m.name = m_doc->uniqueModelName(QStringLiteral("Model")).toStdString();
    project::LayoutEntry e;
    const QPointF p = snapped(scenePos);
    e.x = p.x();
    e.y = p.y();
    const std::string id = m.id;
    m_doc->undoStack()->push(new AddModelCommand(m_doc, std::move(m), e));
    selectOnly(id);
    return id;
}

void DiagramScene::createLink(Tool kind, const std::string &sourceId, const std::string &targetId)
{
    const design::Model *s = m_doc->design().modelById(sourceId);
    const design::Model *t = m_doc->design().modelById(targetId);
    if (!s || !t)
        return;
    design::Association a = LinkFactory::make(*s, *t, kind, m_doc->newId("as"));
    const std::string id = a.id;
    m_doc->undoStack()->push(new AddAssociationCommand(m_doc, std::move(a)));
    selectOnly(id);
}

void DiagramScene::commitResize(ModelItem *item, double width)
{
    const auto before = m_doc->layoutOf(item->modelId());
    if (before && before->width && *before->width == width)
        return;
    m_doc->undoStack()->push(new ResizeModelCommand(m_doc, item->modelId(), width));
}

void DiagramScene::restyle()
{
    for (ModelItem *m : std::as_const(m_models))
        m->restyle();
    for (LinkItem *l : std::as_const(m_links))
        l->update();
    update(); // the background and grid take their colours from the palette too
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, CanvasStyle::canvasBackground());
    if (m_gridVisible && !m_plainBackground)
        GridPainter::paint(painter, rect, m_gridSize);
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    switch (m_tool) {
    case Tool::Model:
        if (!LinkGesture::modelItemAt(this, event->scenePos())) {
            const std::string id = placeModel(event->scenePos());
            event->accept();
            Q_EMIT modelPlaced(qs(id));
            return;
        }
        break;
    case Tool::OneToOne:
    case Tool::OneToMany:
    case Tool::ManyToMany:
        m_linkGesture->press(event);
        return;
    case Tool::Select:
        break;
    }
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    for (ModelItem *m : m_models)
        if (m->isSelected())
            m_dragStart[m->modelId()] = m->pos();
    m_dragging = !m_dragStart.empty() && mouseGrabberItem() && mouseGrabberItem()->type() == ModelItem::Type;
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_linkGesture->move(event))
        QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkGesture->release(event))
        return;
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        MoveItemsCommand::Positions from, to;
        for (const auto &[id, start] : m_dragStart)
            if (ModelItem *m = modelItem(id); m && m->pos() != start) {
                from[id] = start;
                to[id] = m->pos();
            }
        m_dragStart.clear();
        if (!to.empty())
            m_doc->undoStack()->push(new MoveItemsCommand(m_doc, from, to, false));
    }
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_linkGesture->isActive())
            m_linkGesture->cancel();
        else
            setTool(Tool::Select);
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

} // namespace sf::ui
