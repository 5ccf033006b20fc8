#pragma once
// DiagramView shows a DiagramScene: Ctrl+wheel zoom, middle-button or space-drag panning, zoom to
// fit / 100 %, rubber-band selection, inline rename of a card's title and an overview minimap when
// the diagram is larger than the window.

#include <QGraphicsView>

#include <string>
#include <vector>

class QLineEdit;

namespace sf::ui {

class DiagramScene;
class OverviewWidget;

class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const { return m_scene; }
    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // Zoom to fit, but never below kLegibleZoom (where the overview still shows every card's name):
    // a design too big for that opens on its top-left corner, the minimap showing the rest.
    void openFitted();
    static constexpr double kLegibleZoom = 0.1;
    // Multiplies the zoom by factor keeping the scene point under viewportPos in place (wheel, pinch).
    void zoomAt(double factor, QPointF viewportPos);
    void resetZoom() { setZoom(1.0); }
    void centerOnModel(const std::string &id);
    // Centres the view on these models and links and zooms so that they all show (never above
    // 100 %, and for one model never below a zoom where its text is legible): Frame Selection, or a
    // double-click in the model tree.
    void focusOn(const std::vector<std::string> &ids);
    void frameSelection();

    OverviewWidget *overview() const { return m_overview; }
    // The user's View > Show Minimap choice; when off the minimap never shows.
    void setOverviewEnabled(bool on);
    bool overviewEnabled() const { return m_overviewEnabled; }

    // Opens an inline editor over the card's title; Enter renames (undoably), Esc cancels.
    void startRename(const std::string &modelId);
    QLineEdit *renameEditor() const { return m_renameEditor; }

Q_SIGNALS:
    void zoomChanged(double zoom);
    // A card's body (not its title) was double-clicked: open its editor.
    void editModelRequested(const QString &id);
    // Right click (or the menu key) on the canvas: show the context menu for what is at scenePos.
    void contextMenuRequested(QPoint globalPos, QPointF scenePos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void commitRename();
    void cancelRename();
    void updateOverview();
    void nudge(QPointF delta);

    DiagramScene *m_scene;
    OverviewWidget *m_overview;
    QLineEdit *m_renameEditor;
    std::string m_renaming;
    bool m_overviewEnabled = true;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panStart;
};

} // namespace sf::ui
