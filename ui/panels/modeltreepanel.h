#pragma once
// ModelTreePanel is the left dock's outline: models with their attributes, and the associations,
// filtered by a search box; choosing an entry asks the window to select it on the canvas, and
// double-clicking one asks to centre the canvas on it. The highlighted entry is always the canvas's
// current selection, also across the (deferred) rebuild after an edit.

#include <QTimer>
#include <QWidget>

#include <string>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace sf::ui {

class DocumentController;

class ModelTreePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ModelTreePanel(DocumentController *doc, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Highlights the entry of a model or association without emitting activated(); "" clears.
    void setCurrentId(const std::string &id);
    QString currentId() const { return m_currentId; }

Q_SIGNALS:
    // A model or association (its id) was chosen; for an attribute, its model's id.
    void idActivated(const QString &id);
    // An entry was double-clicked (or Enter pressed on it): centre the canvas on it.
    void idCentered(const QString &id);

private:
    void scheduleRebuild();
    void rebuild();
    void applyFilter();

    DocumentController *m_doc;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QTimer m_rebuildTimer;
    QString m_currentId; // what the canvas has selected (restored by rebuild)
};

} // namespace sf::ui
