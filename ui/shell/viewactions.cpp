#include "ui/shell/viewactions.h"

#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/editoperations.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/modelitem.h"
#include "ui/document/documentcontroller.h"
#include "ui/panels/attributetable.h"
#include "ui/panels/modelpropertiespage.h"
#include "ui/panels/modeltreepanel.h"
#include "ui/panels/propertyeditor.h"
#include "ui/shell/shellparts.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace sf::ui {

namespace {
const char *kMinimapKey = "view/minimap";
}

ViewActions::ViewActions(const ShellParts &shell) : QObject(shell.window), m_shell(shell)
{
    setObjectName(QStringLiteral("viewActions"));
    DiagramView *view = shell.view;
    QMenu *viewMenu = shell.viewMenu;
    viewMenu->addSeparator();

    QAction *minimap = viewMenu->addAction(tr("Show &Minimap"));
    minimap->setObjectName(QStringLiteral("actionShowMinimap"));
    minimap->setCheckable(true);
    minimap->setChecked(QSettings().value(QLatin1String(kMinimapKey), true).toBool());
    view->setOverviewEnabled(minimap->isChecked());
    connect(minimap, &QAction::toggled, this, [view](bool on) {
        view->setOverviewEnabled(on);
        QSettings().setValue(QLatin1String(kMinimapKey), on);
    });

    // Canvas-only single-key shortcuts (text fields elsewhere keep their letters).
    const auto canvasShortcut = [view](QAction *a, const QKeySequence &key) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(a);
    };
    QAction *frame = viewMenu->addAction(tr("&Frame Selection"), view, &DiagramView::frameSelection);
    frame->setObjectName(QStringLiteral("actionFrameSelection"));
    canvasShortcut(frame, QKeySequence(Qt::Key_F));
    QAction *neighbours = viewMenu->addAction(tr("Select &Neighbours"), this, &ViewActions::selectNeighbours);
    neighbours->setObjectName(QStringLiteral("actionSelectNeighbours"));
    canvasShortcut(neighbours, QKeySequence(Qt::Key_N));

    QMenu *help = shell.helpMenu;
    QAction *guide = help->addAction(tr("&User Guide"), this, &ViewActions::showUserGuide);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About SchemaForge"), this, &ViewActions::about);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);

    connect(view, &DiagramView::editModelRequested, this, [this](const QString &id) { editModel(id.toStdString()); });
    connect(view, &DiagramView::contextMenuRequested, this, [this](QPoint global, QPointF scenePos) {
        QMenu *menu = canvasMenu(scenePos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(global);
    });
    QTreeWidget *tree = shell.modelTree->tree();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](QPoint pos) {
        QTreeWidgetItem *item = tree->itemAt(pos);
        if (!item)
            return;
        const QString owner = item->data(0, Qt::UserRole + 1).toString();
        const QString id = owner.isEmpty() ? item->data(0, Qt::UserRole).toString() : owner;
        if (id.isEmpty())
            return;
        QMenu *menu = treeMenu(id);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(tree->viewport()->mapToGlobal(pos));
    });
}

QAction *ViewActions::action(QMenu *menu, const QString &text, const char *name)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(QLatin1String(name));
    return a;
}

void ViewActions::editModel(const std::string &id)
{
    DiagramScene *scene = m_shell.scene;
    scene->selectOnly(id);
    QDockWidget *dock = m_shell.propertiesDock;
    dock->show();
    dock->raise();
    AttributeTable *table = m_shell.properties->modelPage()->attributeTable();
    table->setFocus();
    if (table->rowCount() > 0 && table->currentRow() < 0)
        table->setCurrentCell(0, AttributeTable::Name);
}

void ViewActions::selectNeighbours()
{
    DiagramScene *scene = m_shell.scene;
    const auto selected = scene->selectedModelIds();
    const std::set<std::string> chosen(selected.begin(), selected.end());
    std::set<std::string> ids = chosen;
    for (const auto &a : m_shell.document->design().associations) {
        if (chosen.count(a.source))
            ids.insert(a.target);
        if (chosen.count(a.target))
            ids.insert(a.source);
    }
    for (const std::string &id : ids)
        if (ModelItem *m = scene->modelItem(id))
            m->setSelected(true);
}

QMenu *ViewActions::canvasMenu(QPointF scenePos)
{
    DiagramScene *scene = m_shell.scene;
    DiagramView *view = m_shell.view;
    EditOperations *edit = m_shell.edit;
    auto *menu = new QMenu(m_shell.window);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    ModelItem *card = nullptr;
    LinkItem *link = nullptr;
    for (QGraphicsItem *i : scene->items(scenePos)) {
        if (i->type() == ModelItem::Type) {
            card = static_cast<ModelItem *>(i);
            break;
        }
        if (!link && i->type() == LinkItem::Type)
            link = static_cast<LinkItem *>(i);
    }
    if (card) {
        const std::string id = card->modelId();
        if (!card->isSelected())
            scene->selectOnly(id);
        connect(action(menu, tr("&Edit Model"), "actionContextEditModel"), &QAction::triggered, this,
                [this, id] { editModel(id); });
        connect(action(menu, tr("&Rename"), "actionContextRename"), &QAction::triggered, view,
                [view, id] { view->startRename(id); });
        connect(action(menu, tr("&Add Attribute"), "actionContextAddAttribute"), &QAction::triggered, this, [this, id] {
            editModel(id);
            m_shell.properties->modelPage()->addAttribute();
        });
        menu->addSeparator();
        connect(action(menu, tr("&Frame Selection"), "actionContextFrame"), &QAction::triggered, view,
                &DiagramView::frameSelection);
        connect(action(menu, tr("Select &Neighbours"), "actionContextNeighbours"), &QAction::triggered, this,
                &ViewActions::selectNeighbours);
        menu->addSeparator();
        connect(action(menu, tr("Cu&t"), "actionContextCut"), &QAction::triggered, edit, &EditOperations::cutSelection);
        connect(action(menu, tr("&Copy"), "actionContextCopy"), &QAction::triggered, edit,
                &EditOperations::copySelection);
        connect(action(menu, tr("&Delete"), "actionContextDelete"), &QAction::triggered, edit,
                &EditOperations::deleteSelection);
    } else if (link) {
        const std::string id = link->associationId();
        scene->selectOnly(id);
        connect(action(menu, tr("&Edit Association"), "actionContextEditAssociation"), &QAction::triggered, this,
                [this, id] {
                    m_shell.scene->selectOnly(id);
                    m_shell.propertiesDock->show();
                    m_shell.propertiesDock->raise();
                });
        connect(action(menu, tr("&Frame Selection"), "actionContextFrame"), &QAction::triggered, view,
                &DiagramView::frameSelection);
        menu->addSeparator();
        connect(action(menu, tr("&Delete"), "actionContextDelete"), &QAction::triggered, edit,
                &EditOperations::deleteSelection);
    } else {
        connect(action(menu, tr("Add &Model Here"), "actionContextAddModel"), &QAction::triggered, view,
                [scene, view, scenePos] { view->startRename(scene->placeModel(scenePos)); });
        connect(action(menu, tr("&Paste"), "actionContextPaste"), &QAction::triggered, edit, &EditOperations::paste);
        connect(action(menu, tr("Select &All"), "actionContextSelectAll"), &QAction::triggered, edit,
                &EditOperations::selectAll);
        menu->addSeparator();
        connect(action(menu, tr("Zoom to &Fit"), "actionContextZoomFit"), &QAction::triggered, view,
                &DiagramView::zoomToFit);
    }
    return menu;
}

QMenu *ViewActions::treeMenu(const QString &id)
{
    const std::string sid = id.toStdString();
    auto *menu = new QMenu(m_shell.window);
    menu->setObjectName(QStringLiteral("treeContextMenu"));
    const bool model = m_shell.document->design().modelById(sid) != nullptr;
    connect(action(menu, tr("&Center on Canvas"), "actionTreeCenter"), &QAction::triggered, this, [this, sid] {
        m_shell.scene->selectOnly(sid);
        m_shell.view->focusOn({sid});
    });
    if (model) {
        connect(action(menu, tr("&Edit Model"), "actionTreeEditModel"), &QAction::triggered, this,
                [this, sid] { editModel(sid); });
        connect(action(menu, tr("&Rename"), "actionTreeRename"), &QAction::triggered, this, [this, sid] {
            m_shell.view->focusOn({sid});
            m_shell.view->startRename(sid);
        });
    }
    menu->addSeparator();
    connect(action(menu, tr("&Delete"), "actionTreeDelete"), &QAction::triggered, this, [this, sid] {
        m_shell.scene->selectOnly(sid);
        m_shell.edit->deleteSelection();
    });
    return menu;
}

QString ViewActions::userGuideText()
{
    //: Language code of the bundled user guide (resources/help/userguide_<code>.md); "en" when none.
    const QString code = tr("en");
    QFile file(QStringLiteral(":/help/userguide_%1.md").arg(code));
    if (!file.open(QIODevice::ReadOnly)) {
        file.setFileName(QStringLiteral(":/help/userguide_en.md"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
    }
    return QString::fromUtf8(file.readAll());
}

void ViewActions::about()
{
    QMessageBox::about(m_shell.window, tr("About SchemaForge"),
                       tr("<h3>SchemaForge %1</h3><p>A visual schema designer for Sequelize: draw models and "
                          "associations, generate reversible migrations.</p>")
                           .arg(QApplication::applicationVersion()));
}

void ViewActions::showUserGuide()
{
    auto *dialog = new QDialog(m_shell.window);
    dialog->setObjectName(QStringLiteral("userGuideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("SchemaForge User Guide"));
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("userGuideText"));
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(userGuideText());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    dialog->show();
}

} // namespace sf::ui
