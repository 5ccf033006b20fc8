#pragma once
// PreviewJob computes one SQL preview (pending change up/down, one migration up/down/.js, or the
// full CREATE script) as a QRunnable on a QThreadPool worker. It shares the document's immutable
// project snapshot (no copy) and, when the GUI already has it, the lowered design; it reads and
// replays the migrations folder itself (cached while the folder is unchanged) and diffs only the
// tables that changed (PendingChange). It always hands a PreviewResult to its callback (called on
// the worker thread, after the job has let go of the snapshot); a job superseded by a newer
// generation skips the work and reports `skipped`.

#include "core/lint/finding.h"
#include "core/project/project.h"
#include "core/schema/schema.h"

#include <QRunnable>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace sf::ui {

struct PreviewRequest {
    enum class Kind { Pending, Migration, CreateScript };
    Kind kind = Kind::Pending;
    QString dialect = QString::fromStdString(std::string(sql::dialectName(sql::DialectId::Postgres)));
    QString migrationsDir; // absolute; empty for an unsaved project (no migrations)
    QString migrationId;   // for Kind::Migration
    std::shared_ptr<const project::Project> project;
    // The design lowered with the generator's identifier limit, if already known; else the job lowers it.
    std::shared_ptr<const schema::Schema> wanted;
    quint64 designRevision = 0; // of `project`, to hand a schema lowered here back to the document
    quint64 generation = 0;
};

struct PreviewResult {
    quint64 generation = 0;
    QString up; // pending/migration up SQL, or the CREATE script
    QString down;
    QString js; // the migration's sequelize-cli file (Kind::Migration)
    // Kind::Pending: what lint says about the pending change (offline: no live sizes).
    std::vector<lint::Finding> findings;
    bool pending = false; // computed for Kind::Pending (findings are meaningful)
    QString error;        // why the preview could not be computed
    qint64 computeMs = 0;
    bool skipped = false; // superseded before it ran: nothing computed
    // The design lowered by this job (Kind::Pending without a given `wanted`), for the PhysicalCache.
    std::shared_ptr<const schema::Schema> lowered;
    quint64 designRevision = 0;
};

class PreviewJob : public QRunnable
{
public:
    using Callback = std::function<void(PreviewResult)>;

    PreviewJob(PreviewRequest request, std::shared_ptr<std::atomic<quint64>> latest, Callback done);
    void run() override;

    // The preview itself, synchronously (used by run() and by tests/benchmarks).
    static PreviewResult compute(const PreviewRequest &request);

private:
    PreviewRequest m_request;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    Callback m_done;
};

} // namespace sf::ui
