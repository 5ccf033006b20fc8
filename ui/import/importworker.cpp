#include "ui/import/importworker.h"

#include "core/usecase/importjob.h"

namespace sf::ui {

// Both slots run core's usecase::ImportJob, the pipeline `schemaforge-cli import` runs.
void ImportWorker::readSchema(const QString &url, const QString &projectDir)
{
    usecase::ImportJob job(url.toStdString(), projectDir.toStdString());
    const std::string error = job.read();
    ImportSnapshot snapshot;
    snapshot.dialect = QString::fromStdString(job.dialect());
    snapshot.server = QString::fromStdString(job.server());
    snapshot.location = QString::fromStdString(job.location());
    if (!job.schemaError().empty()) {
        Q_EMIT readFailed(
            tr("Cannot read the schema of %1: %2").arg(snapshot.location, QString::fromStdString(job.schemaError())));
        return;
    }
    if (!error.empty()) {
        Q_EMIT readFailed(QString::fromStdString(error));
        return;
    }
    snapshot.live = job.live();
    Q_EMIT schemaRead(snapshot);
}

void ImportWorker::writeBaseline(const QString &url, const QString &projectDir,
                                 std::shared_ptr<const project::Project> project, const QString &projectPath)
{
    usecase::ImportJob job(url.toStdString(), projectDir.toStdString());
    const auto outcome = job.baseline(*project, projectPath.toStdString(), true, true);
    if (!outcome.files.ok) {
        Q_EMIT baselineWritten(false, QString::fromStdString(outcome.files.error));
        return;
    }
    if (outcome.unreachable) {
        Q_EMIT baselineWritten(false,
                               tr("The project and its baseline migration were written, but the database could not "
                                  "be reached to mark it applied: %1")
                                   .arg(QString::fromStdString(outcome.error)));
        return;
    }
    Q_EMIT baselineWritten(outcome.error.empty(), QString::fromStdString(outcome.error));
}

} // namespace sf::ui
