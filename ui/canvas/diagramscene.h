#pragma once
// DiagramScene mirrors the document's design as model cards and links (keyed by id, refreshed only
// from the document's signals, BSP-indexed) and turns tool gestures on the canvas (place a model,
// draw a link, drag cards) into undoable commands. A link tool links by drag (source to target) or by
// click-click (a rubber band follows the mouse; Esc cancels); a link from a card to itself needs Shift
// on the gesture's end, so a plain click on a card never creates a self-association.

#include "ui/canvas/cardhost.h"
#include "ui/canvas/tool.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QSet>

#include <map>
#include <memory>
#include <string>

namespace sf::ui {

class DocumentController;
class LinkGesture;
class LinkItem;
class ModelItem;

class DiagramScene : public QGraphicsScene, public CardHost
{
    Q_OBJECT
public:
    explicit DiagramScene(DocumentController *doc, QObject *parent = nullptr);
    ~DiagramScene() override;

    DocumentController *document() const { return m_doc; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);

    double gridSize() const override { return m_gridSize; }
    bool snapsDraggedCards() const override { return m_snap && m_dragging; }
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    bool gridVisible() const { return m_gridVisible; }
    void setGridVisible(bool on);
    bool isDraggingItems() const { return m_dragging; }
    // While set, the background is painted plain (no grid) and nothing is scheduled: for export/overview.
    void setPlainBackground(bool on) { m_plainBackground = on; }

    ModelItem *modelItem(const std::string &id) const;
    LinkItem *linkItem(const std::string &id) const;
    QList<ModelItem *> modelItems() const;
    std::vector<std::string> selectedModelIds() const;
    std::vector<std::string> selectedAssociationIds() const;
    // Selects exactly the given model or association (tree/property panels call this).
    void selectOnly(const std::string &id);
    // Outlines exactly these models' cards (ModelItem::setHighlighted), e.g. drift results; {} clears.
    void setHighlightedModels(const QSet<QString> &ids);
    QSet<QString> highlightedModels() const { return m_highlighted; }
    // Bounding rectangle of all cards and links (cheap: union of item rects).
    QRectF contentRect() const;
    QPointF snapped(QPointF p) const;

    // True while a link tool has its source chosen by a click and waits for the click on the target.
    bool isLinkPending() const;
    // Creates the association a link tool makes between two models (Sequelize's default keys).
    void createLink(Tool kind, const std::string &sourceId, const std::string &targetId);
    // Records a card's new width (after an edge drag) as one undoable step.
    void commitResize(ModelItem *item, double width) override;
    // Places a new model (Model1, Model2, ...) with its top-left at scenePos; returns its id.
    std::string placeModel(QPointF scenePos);
    // Repaints every card and link from scratch (their pixmap caches included): the palette or the
    // fonts changed, e.g. the system switched between light and dark.
    void restyle();

Q_SIGNALS:
    void toolChanged(sf::ui::Tool tool);
    void modelPlaced(const QString &id); // a new model was placed with the Model tool: rename it

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuildAll();
    void addModelItem(const std::string &id);
    void removeModelItem(const std::string &id);
    void refreshModel(const std::string &id);
    void addLinkItem(const std::string &id);
    void removeLinkItem(const std::string &id);
    void refreshLink(const std::string &id);
    void applyLayout(const std::string &id);
    QPointF defaultPosition(int index) const;

    DocumentController *m_doc;
    QHash<QString, ModelItem *> m_models;
    QHash<QString, LinkItem *> m_links;
    Tool m_tool = Tool::Select;
    double m_gridSize = 20;
    bool m_snap = true;
    bool m_gridVisible = true;
    bool m_plainBackground = false;
    bool m_bulk = false; // rebuilding everything: skip per-item refreshes
    QSet<QString> m_highlighted;

    bool m_dragging = false;
    std::map<std::string, QPointF> m_dragStart;
    std::unique_ptr<LinkGesture> m_linkGesture; // the link tools' drag or click-click
};

} // namespace sf::ui
