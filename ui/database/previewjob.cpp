#include "ui/database/previewjob.h"

#include "core/migrate/directory.h"
#include "core/migrate/generator.h"
#include "core/migrate/jswriter.h"
#include "core/migrate/preview.h"
#include "core/sql/dialect.h"

#include <QElapsedTimer>
#include <QFile>

#include <exception>

namespace sf::ui {

PreviewJob::PreviewJob(PreviewRequest request, std::shared_ptr<std::atomic<quint64>> latest, Callback done)
    : m_request(std::move(request)), m_latest(std::move(latest)), m_done(std::move(done))
{
    setAutoDelete(true);
}

void PreviewJob::run()
{
    if (m_latest->load() != m_request.generation)
        return; // a newer request is queued: skip the work
    PreviewResult result = compute(m_request);
    if (m_latest->load() != m_request.generation)
        return; // stale by the time it finished
    m_done(std::move(result));
}

PreviewResult PreviewJob::compute(const PreviewRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    PreviewResult r;
    r.generation = request.generation;
    try {
        const auto dialect = sql::makeDialect(request.dialect.toStdString());
        if (!dialect)
            throw std::runtime_error("unknown dialect \"" + request.dialect.toStdString() + "\"");
        migrate::MigrationDirectory dir;
        if (!request.migrationsDir.isEmpty())
            dir = migrate::MigrationDirectory::load(request.migrationsDir.toStdString());
        switch (request.kind) {
        case PreviewRequest::Kind::Pending: {
            // Preview::pending up and down, sharing one replay and one diff.
            const schema::Schema recorded = dir.replay();
            const auto ops = migrate::Generator::pendingOperations(*request.project, dir);
            r.up = QString::fromStdString(
                migrate::Preview::text({migrate::PreviewSection{"pending change (up)", dialect->planAll(ops, recorded)}}));
            r.down = QString::fromStdString(
                migrate::Preview::text({migrate::PreviewSection{"pending change (down)", dialect->planDown(ops, recorded)}}));
            break;
        }
        case PreviewRequest::Kind::Migration: {
            const std::string id = request.migrationId.toStdString();
            r.up = QString::fromStdString(migrate::Preview::text({migrate::Preview::migration(dir, id, *dialect, false)}));
            r.down = QString::fromStdString(migrate::Preview::text({migrate::Preview::migration(dir, id, *dialect, true)}));
            if (const auto *entry = dir.find(id)) {
                QFile js(QString::fromStdString(entry->jsPath));
                if (js.open(QIODevice::ReadOnly))
                    r.js = QString::fromUtf8(js.readAll());
                else
                    r.js = QString::fromStdString(migrate::JsWriter::write(entry->migration));
            }
            break;
        }
        case PreviewRequest::Kind::CreateScript:
            r.up = QString::fromStdString(migrate::Preview::text(migrate::Preview::createScript(*request.project, *dialect)));
            break;
        }
    } catch (const std::exception &e) {
        r.error = QString::fromStdString(e.what());
    }
    r.computeMs = timer.elapsed();
    return r;
}

} // namespace sf::ui
