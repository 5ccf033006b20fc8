#include "ui/shell/toolactions.h"

#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/shell/icons.h"

namespace sf::ui {

ToolActions::ToolActions(DiagramScene *scene, DiagramView *view, QObject *parent) : QActionGroup(parent)
{
    setObjectName(QStringLiteral("toolActions"));
    setExclusive(true);
    const struct {
        Tool tool;
        QString text;
        QString key;
        QString icon; // also names the action: "tool_" + icon
    } tools[] = {{Tool::Select, tr("Select"), QStringLiteral("V"), QStringLiteral("select")},
                 {Tool::Model, tr("Model"), QStringLiteral("M"), QStringLiteral("model")},
                 {Tool::OneToOne, tr("One-to-one"), QStringLiteral("1"), QStringLiteral("one-to-one")},
                 {Tool::OneToMany, tr("One-to-many"), QStringLiteral("2"), QStringLiteral("one-to-many")},
                 {Tool::ManyToMany, tr("Many-to-many"), QStringLiteral("3"), QStringLiteral("many-to-many")}};
    for (const auto &t : tools) {
        auto *a = new QAction(Icons::get(t.icon), t.text, this);
        a->setObjectName(QStringLiteral("tool_") + t.icon);
        a->setCheckable(true);
        a->setData(int(t.tool));
        a->setShortcut(QKeySequence(t.key));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(a);
        a->setToolTip(tr("%1 (%2)").arg(t.text, t.key));
        addAction(a);
        connect(a, &QAction::triggered, scene, [scene, tool = t.tool] { scene->setTool(tool); });
    }
    action(Tool::Select)->setChecked(true);
    connect(scene, &DiagramScene::toolChanged, this, [this](Tool tool) { action(tool)->setChecked(true); });
}

QAction *ToolActions::action(Tool tool) const
{
    for (QAction *a : actions())
        if (a->data().toInt() == int(tool))
            return a;
    return nullptr;
}

} // namespace sf::ui
