#pragma once
// PreviewJob computes one SQL preview (pending change up/down, one migration up/down/.js, or the
// full CREATE script) as a QRunnable on a QThreadPool worker; it owns a copy of the project, reads
// the migrations folder itself, and hands its PreviewResult to a callback (called on the worker
// thread) unless a newer generation was requested meanwhile, in which case it does nothing.

#include "core/project/project.h"

#include <QRunnable>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace sf::ui {

struct PreviewRequest {
    enum class Kind { Pending, Migration, CreateScript };
    Kind kind = Kind::Pending;
    QString dialect = QStringLiteral("postgres");
    QString migrationsDir;  // absolute; empty for an unsaved project (no migrations)
    QString migrationId;    // for Kind::Migration
    std::shared_ptr<const project::Project> project;
    quint64 generation = 0;
};

struct PreviewResult {
    quint64 generation = 0;
    QString up;      // pending/migration up SQL, or the CREATE script
    QString down;
    QString js;      // the migration's sequelize-cli file (Kind::Migration)
    QString error;   // why the preview could not be computed
    qint64 computeMs = 0;
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
