#include "ui/canvas/editoperations.h"

#include "core/project/projectfile.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/modelitem.h"
#include "ui/commands/addassociationcommand.h"
#include "ui/commands/addmodelcommand.h"
#include "ui/commands/removeassociationcommand.h"
#include "ui/commands/removemodelcommand.h"
#include "ui/document/documentcontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

#include <map>
#include <set>

namespace sf::ui {

EditOperations::EditOperations(DocumentController *doc, DiagramScene *scene, QObject *parent)
    : QObject(parent), m_doc(doc), m_scene(scene)
{
}

QString EditOperations::mimeType()
{
    return QStringLiteral("application/x-schemaforge-fragment+json");
}

bool EditOperations::hasSelection() const
{
    return !m_scene->selectedItems().isEmpty();
}

void EditOperations::deleteSelection()
{
    const auto models = m_scene->selectedModelIds();
    const auto links = m_scene->selectedAssociationIds();
    if (models.empty() && links.empty())
        return;
    const std::set<std::string> doomed(models.begin(), models.end());
    QUndoStack *stack = m_doc->undoStack();
    stack->beginMacro(models.empty() ? tr("Delete %n link(s)", nullptr, int(links.size()))
                                     : tr("Delete %n model(s)", nullptr, int(models.size())));
    for (const std::string &id : links) {
        const auto *a = m_doc->design().associationById(id);
        if (a && !doomed.count(a->source) && !doomed.count(a->target))
            stack->push(new RemoveAssociationCommand(m_doc, id));
    }
    for (const std::string &id : models)
        stack->push(new RemoveModelCommand(m_doc, id));
    stack->endMacro();
}

void EditOperations::copySelection()
{
    const auto models = m_scene->selectedModelIds();
    if (models.empty())
        return;
    const std::set<std::string> chosen(models.begin(), models.end());
    project::Project fragment;
    fragment.name = "clipboard";
    for (const std::string &id : models) {
        fragment.design.models.push_back(*m_doc->design().modelById(id));
        if (ModelItem *item = m_scene->modelItem(id)) {
            project::LayoutEntry e = m_doc->layoutOf(id).value_or(project::LayoutEntry{});
            e.x = item->pos().x();
            e.y = item->pos().y();
            fragment.layout[id] = e;
        }
    }
    for (const auto &a : m_doc->design().associations)
        if (chosen.count(a.source) && chosen.count(a.target))
            fragment.design.associations.push_back(a);
    auto *mime = new QMimeData;
    const std::string text = project::ProjectFile::saveToString(fragment);
    mime->setData(mimeType(), QByteArray::fromStdString(text));
    QStringList names;
    for (const auto &m : fragment.design.models)
        names << QString::fromStdString(m.name);
    mime->setText(names.join(QLatin1Char('\n')));
    QApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
}

void EditOperations::cutSelection()
{
    copySelection();
    deleteSelection();
}

int EditOperations::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(mimeType()))
        return 0;
    project::LoadResult loaded = project::ProjectFile::loadFromString(mime->data(mimeType()).toStdString());
    if (!loaded || loaded.project.design.models.empty())
        return 0;
    ++m_pasteCount;
    const double offset = 40.0 * m_pasteCount;
    std::map<std::string, std::string> newIds;
    QUndoStack *stack = m_doc->undoStack();
    stack->beginMacro(tr("Paste %n model(s)", nullptr, int(loaded.project.design.models.size())));
    std::vector<std::string> pasted;
    for (design::Model m : loaded.project.design.models) {
        const std::string oldId = m.id;
        m.id = m_doc->newId("m");
        newIds[oldId] = m.id;
        m.name = m_doc->uniqueModelName(QString::fromStdString(m.name)).toStdString();
        for (auto &a : m.attributes)
            a.id = m_doc->newId("a");
        for (auto &i : m.indexes)
            i.id = m_doc->newId("i");
        std::optional<project::LayoutEntry> e;
        if (auto it = loaded.project.layout.find(oldId); it != loaded.project.layout.end()) {
            e = it->second;
            e->x += offset;
            e->y += offset;
        }
        pasted.push_back(m.id);
        stack->push(new AddModelCommand(m_doc, std::move(m), e));
    }
    for (design::Association a : loaded.project.design.associations) {
        a.id = m_doc->newId("as");
        a.source = newIds[a.source];
        a.target = newIds[a.target];
        for (auto &t : a.throughAttributes)
            t.id = m_doc->newId("a");
        if (a.through)
            a.through = *a.through + std::to_string(m_pasteCount + 1);
        stack->push(new AddAssociationCommand(m_doc, std::move(a)));
    }
    stack->endMacro();
    m_scene->clearSelection();
    for (const std::string &id : pasted)
        if (ModelItem *item = m_scene->modelItem(id))
            item->setSelected(true);
    return int(pasted.size());
}

void EditOperations::selectAll()
{
    for (QGraphicsItem *i : m_scene->items())
        if (i->flags() & QGraphicsItem::ItemIsSelectable)
            i->setSelected(true);
}

} // namespace sf::ui
