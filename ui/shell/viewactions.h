#pragma once
// ViewActions adds the main window's navigation and help features: View > Show Minimap, Frame
// Selection (F), Select Neighbours (N), Help > User Guide (F1) and About, the canvas's context menus
// (card, link, empty canvas) and the model tree's, and double-click on a card opening its editor.
// A child of the window in its ShellParts; GUI thread.

#include "ui/shell/shellparts.h"

#include <QObject>
#include <QPointF>

#include <string>

class QAction;
class QMenu;

namespace sf::ui {

class ViewActions : public QObject
{
    Q_OBJECT
public:
    explicit ViewActions(const ShellParts &shell);

    // The context menu the canvas shows at scenePos (a card's, a link's or the empty canvas's);
    // the caller owns it.
    QMenu *canvasMenu(QPointF scenePos);
    // The model tree's context menu for the entry with this id; the caller owns it.
    QMenu *treeMenu(const QString &id);
    // Adds the models linked to the selected ones to the selection.
    void selectNeighbours();
    // Shows the Properties dock with the model's attribute grid focused.
    void editModel(const std::string &id);
    void showUserGuide();
    // Help > About SchemaForge.
    void about();
    // The user guide's Markdown in the UI language (English when there is no translation).
    static QString userGuideText();

private:
    QAction *action(QMenu *menu, const QString &text, const char *name);

    ShellParts m_shell;
};

} // namespace sf::ui
