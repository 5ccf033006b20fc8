#include "ui/document/documentcontroller.h"

#include "core/project/projectfile.h"
#include "ui/document/physicalcache.h"

#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <set>

namespace sf::ui {

namespace {

bool idInUse(const project::Project &p, const std::string &id)
{
    for (const auto &m : p.design.models) {
        if (m.id == id)
            return true;
        for (const auto &a : m.attributes)
            if (a.id == id)
                return true;
        for (const auto &i : m.indexes)
            if (i.id == id)
                return true;
    }
    for (const auto &a : p.design.associations) {
        if (a.id == id)
            return true;
        for (const auto &t : a.throughAttributes)
            if (t.id == id)
                return true;
    }
    return false;
}

} // namespace

DocumentController::DocumentController(QObject *parent)
    : QObject(parent), m_project(std::make_shared<project::Project>())
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool) { Q_EMIT dirtyChanged(isDirty()); });
    m_project->name = "untitled";
    m_physical = new PhysicalCache([this]() -> const design::Design & { return design(); },
                                   [this] { return m_designRevision; }, this);
    // Connected before any view so views always see a fresh schema in their slots.
    for (auto signal : {&DocumentController::modelAdded, &DocumentController::modelRemoved,
                        &DocumentController::modelChanged, &DocumentController::associationAdded,
                        &DocumentController::associationRemoved, &DocumentController::associationChanged})
        connect(this, signal, m_physical, [this] { m_physical->invalidate(); });
    connect(this, &DocumentController::projectReset, m_physical, [this] { m_physical->invalidate(); });
}

QString DocumentController::displayName() const
{
    if (m_filePath.isEmpty())
        return tr("Untitled");
    return QFileInfo(m_filePath).fileName();
}

void DocumentController::resetProject(project::Project project, const QString &filePath)
{
    m_undoStack.clear();
    m_project = std::make_shared<project::Project>(std::move(project));
    ++m_designRevision;
    m_filePath = filePath;
    m_forcedDirty = false;
    m_undoStack.setClean();
    m_saved = m_project;
    Q_EMIT projectReset();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT dirtyChanged(isDirty());
}

void DocumentController::newProject()
{
    project::Project p;
    p.name = "untitled";
    resetProject(std::move(p), QString());
}

bool DocumentController::load(const QString &path, QString *error)
{
    project::LoadResult loaded = project::ProjectFile::load(path.toStdString());
    if (!loaded) {
        if (error)
            *error = QString::fromStdString(loaded.error);
        return false;
    }
    resetProject(std::move(loaded.project), QFileInfo(path).absoluteFilePath());
    return true;
}

bool DocumentController::save(const QString &path, QString *error)
{
    const project::SaveResult saved = project::ProjectFile::save(*m_project, path.toStdString());
    if (!saved) {
        if (error)
            *error = QString::fromStdString(saved.error);
        return false;
    }
    m_saved = m_project;
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (abs != m_filePath) {
        m_filePath = abs;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_forcedDirty = false;
    m_undoStack.setClean();
    Q_EMIT dirtyChanged(isDirty());
    return true;
}

void DocumentController::markModified()
{
    const bool was = isDirty();
    m_forcedDirty = true;
    if (!was)
        Q_EMIT dirtyChanged(true);
}

bool DocumentController::hasUnsavedDesignChanges() const
{
    if (!m_saved || m_saved == m_project)
        return false;
    return m_saved->design != m_project->design;
}

project::Project &DocumentController::edit(bool designChange)
{
    if (designChange)
        ++m_designRevision;
    if (m_project.use_count() > 1) {
        // A snapshot (e.g. a preview job) still reads this project: write into a copy of it.
        std::atomic_thread_fence(std::memory_order_acquire);
        auto copy = std::make_shared<project::Project>(*m_project);
        if (!m_retired)
            QMetaObject::invokeMethod(
                this, [this] { m_retired.reset(); }, Qt::QueuedConnection);
        m_retired = std::move(m_project);
        m_project = std::move(copy);
    }
    return *m_project;
}

int DocumentController::modelIndex(const std::string &id) const
{
    const auto &ms = m_project->design.models;
    for (int i = 0; i < int(ms.size()); ++i)
        if (ms[i].id == id)
            return i;
    return -1;
}

int DocumentController::associationIndex(const std::string &id) const
{
    const auto &as = m_project->design.associations;
    for (int i = 0; i < int(as.size()); ++i)
        if (as[i].id == id)
            return i;
    return -1;
}

int DocumentController::connectionIndex(const std::string &name) const
{
    const auto &cs = m_project->connections;
    for (int i = 0; i < int(cs.size()); ++i)
        if (cs[i].name == name)
            return i;
    return -1;
}

QString DocumentController::uniqueModelName(const QString &base) const
{
    std::set<QString> names;
    for (const auto &m : m_project->design.models)
        names.insert(QString::fromStdString(m.name));
    if (base == QLatin1String("Model")) {
        for (int n = 1;; ++n) {
            const QString c = base + QString::number(n);
            if (!names.count(c))
                return c;
        }
    }
    if (!names.count(base))
        return base;
    for (int n = 2;; ++n) {
        const QString c = base + QString::number(n);
        if (!names.count(c))
            return c;
    }
}

QString DocumentController::uniqueAttributeName(const std::string &modelId, const QString &base) const
{
    std::set<QString> names;
    if (const auto *m = m_project->design.modelById(modelId))
        for (const auto &a : m->attributes)
            names.insert(QString::fromStdString(a.name));
    for (int n = 1;; ++n) {
        const QString c = n == 1 ? base : base + QString::number(n);
        if (!names.count(c))
            return c;
    }
}

std::string DocumentController::newId(const char *prefix)
{
    for (;;) {
        ++m_idCounter;
        const quint32 r = QRandomGenerator::global()->generate() & 0xffffff;
        const std::string id =
            std::string(prefix) + "-" + QString::number(r, 16).rightJustified(6, QLatin1Char('0')).toStdString();
        if (!idInUse(*m_project, id))
            return id;
    }
}

std::optional<project::LayoutEntry> DocumentController::layoutOf(const std::string &id) const
{
    auto it = m_project->layout.find(id);
    if (it == m_project->layout.end())
        return std::nullopt;
    return it->second;
}

void DocumentController::insertModel(int index, design::Model model)
{
    auto &ms = edit().design.models;
    index = std::clamp(index, 0, int(ms.size()));
    const QString id = QString::fromStdString(model.id);
    ms.insert(ms.begin() + index, std::move(model));
    Q_EMIT modelAdded(id);
}

design::Model DocumentController::takeModel(const std::string &id)
{
    const int i = modelIndex(id);
    Q_ASSERT(i >= 0);
    auto &ms = edit().design.models;
    design::Model m = std::move(ms[i]);
    ms.erase(ms.begin() + i);
    Q_EMIT modelRemoved(QString::fromStdString(id));
    return m;
}

void DocumentController::replaceModel(const design::Model &model)
{
    const design::Model *current = m_project->design.modelById(model.id);
    Q_ASSERT(current);
    if (*current == model)
        return;
    *edit().design.modelById(model.id) = model;
    Q_EMIT modelChanged(QString::fromStdString(model.id));
}

void DocumentController::insertAssociation(int index, design::Association association)
{
    auto &as = edit().design.associations;
    index = std::clamp(index, 0, int(as.size()));
    const QString id = QString::fromStdString(association.id);
    as.insert(as.begin() + index, std::move(association));
    Q_EMIT associationAdded(id);
}

design::Association DocumentController::takeAssociation(const std::string &id)
{
    const int i = associationIndex(id);
    Q_ASSERT(i >= 0);
    auto &as = edit().design.associations;
    design::Association a = std::move(as[i]);
    as.erase(as.begin() + i);
    Q_EMIT associationRemoved(QString::fromStdString(id));
    return a;
}

void DocumentController::replaceAssociation(const design::Association &association)
{
    const design::Association *current = m_project->design.associationById(association.id);
    Q_ASSERT(current);
    if (*current == association)
        return;
    *edit().design.associationById(association.id) = association;
    Q_EMIT associationChanged(QString::fromStdString(association.id));
}

void DocumentController::setLayout(const std::string &id, const std::optional<project::LayoutEntry> &entry)
{
    if (entry)
        edit(false).layout[id] = *entry;
    else
        edit(false).layout.erase(id);
    Q_EMIT layoutChanged(QString::fromStdString(id));
}

void DocumentController::insertConnection(int index, project::ConnectionProfile profile)
{
    auto &cs = edit(false).connections;
    index = std::clamp(index, 0, int(cs.size()));
    cs.insert(cs.begin() + index, std::move(profile));
    Q_EMIT connectionsChanged();
}

project::ConnectionProfile DocumentController::takeConnection(int index)
{
    Q_ASSERT(index >= 0 && index < int(m_project->connections.size()));
    auto &cs = edit(false).connections;
    project::ConnectionProfile p = std::move(cs[size_t(index)]);
    cs.erase(cs.begin() + index);
    Q_EMIT connectionsChanged();
    return p;
}

void DocumentController::replaceConnection(int index, project::ConnectionProfile profile)
{
    Q_ASSERT(index >= 0 && index < int(m_project->connections.size()));
    if (m_project->connections[size_t(index)] == profile)
        return;
    edit(false).connections[size_t(index)] = std::move(profile);
    Q_EMIT connectionsChanged();
}

} // namespace sf::ui
