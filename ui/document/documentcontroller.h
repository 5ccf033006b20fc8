#pragma once
// DocumentController owns the open project, its undo stack, file path and dirty state; every edit
// goes through its primitive mutators (called by undo commands) which emit past-tense signals that
// the views refresh from. The model never points at a view. GUI thread only, except snapshot():
// the project is copy-on-write, so a snapshot is an immutable shared project that worker threads
// may read while the GUI thread goes on editing (the first edit after a snapshot copies the project
// once; references taken before that edit stay valid until control returns to the event loop).

#include "core/project/project.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <string>

namespace sf::ui {

class PhysicalCache;

class DocumentController : public QObject
{
    Q_OBJECT
public:
    explicit DocumentController(QObject *parent = nullptr);

    const project::Project &project() const { return *m_project; }
    const design::Design &design() const { return m_project->design; }
    // The current project as an immutable value shared with readers on other threads; no copy.
    std::shared_ptr<const project::Project> snapshot() const { return m_project; }
    // Increases whenever the design (models, associations) changes; layout and file moves do not.
    quint64 designRevision() const { return m_designRevision; }
    QUndoStack *undoStack() { return &m_undoStack; }
    // Lowered physical schema of the current design (derived columns), refreshed lazily.
    const PhysicalCache *physical() const { return m_physical; }

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isDirty() const { return !m_undoStack.isClean() || m_forcedDirty; }
    // True when the models or associations differ from the project last saved or opened (layout and
    // connection edits do not count): a migration generated or applied now would get ahead of the file.
    bool hasUnsavedDesignChanges() const;

    // Marks the project changed without an undoable step (connection profiles: saved with the project,
    // but not design edits, so Ctrl+Z never undoes them). Saving clears it.
    void markModified();
    // Replaces the whole project (new / open). Clears the undo stack; emits projectReset().
    void resetProject(project::Project project, const QString &filePath);
    void newProject();
    // Loads a project file; on failure returns false with the loader's message and changes nothing.
    bool load(const QString &path, QString *error);
    // Saves to path (atomic in the project file writer); marks clean on success.
    bool save(const QString &path, QString *error);

    // ---- Queries ----
    int modelIndex(const std::string &id) const;
    int associationIndex(const std::string &id) const;
    int connectionIndex(const std::string &name) const; // -1 when the project has no such profile
    QString uniqueModelName(const QString &base) const; // Model1, Model2, ... or base2, base3
    QString uniqueAttributeName(const std::string &modelId, const QString &base) const;
    std::string newId(const char *prefix); // fresh id, never used in this project
    std::optional<project::LayoutEntry> layoutOf(const std::string &id) const;

    // ---- Primitive mutators: called by undo commands only ----
    void insertModel(int index, design::Model model);
    design::Model takeModel(const std::string &id); // removes and returns it
    void replaceModel(const design::Model &model);  // by id
    void insertAssociation(int index, design::Association association);
    design::Association takeAssociation(const std::string &id);
    void replaceAssociation(const design::Association &association);
    void setLayout(const std::string &id, const std::optional<project::LayoutEntry> &entry);
    // Connection profiles (saved in the project file; their URLs never hold a literal password).
    void insertConnection(int index, project::ConnectionProfile profile);
    project::ConnectionProfile takeConnection(int index);
    void replaceConnection(int index, project::ConnectionProfile profile);

Q_SIGNALS:
    void projectReset();
    void modelAdded(const QString &id);
    void modelRemoved(const QString &id);
    void modelChanged(const QString &id);
    void associationAdded(const QString &id);
    void associationRemoved(const QString &id);
    void associationChanged(const QString &id);
    void layoutChanged(const QString &id);
    void connectionsChanged();
    void dirtyChanged(bool dirty);
    void filePathChanged(const QString &path);

private:
    // The project for writing: copies it first when a snapshot still shares it.
    project::Project &edit(bool designChange = true);

    std::shared_ptr<project::Project> m_project;
    std::shared_ptr<const project::Project> m_saved;   // the project as last saved or opened (shared, not copied)
    std::shared_ptr<const project::Project> m_retired; // the copy a detach left behind, kept for one event-loop turn
    quint64 m_designRevision = 0;
    PhysicalCache *m_physical = nullptr;
    QUndoStack m_undoStack;
    QString m_filePath;
    bool m_forcedDirty = false;
    quint64 m_idCounter = 0;
};

} // namespace sf::ui
