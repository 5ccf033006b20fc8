#include "ui/import/importworker.h"

#include "core/db/dberror.h"
#include "core/db/extrasintrospector.h"
#include "core/db/openconnection.h"
#include "core/importer/baseline.h"

namespace sf::ui {

namespace {
db::OpenOptions openOptions(const QString &projectDir)
{
    db::OpenOptions options;
    options.projectDir = projectDir.toStdString();
    options.createSqliteFile = false; // importing from a file that is not there is an error, not a new file
    return options;
}
} // namespace

void ImportWorker::readSchema(const QString &url, const QString &projectDir)
{
    auto opened = db::openConnection(url.toStdString(), openOptions(projectDir));
    if (!opened.ok()) {
        Q_EMIT readFailed(QString::fromStdString(opened.error));
        return;
    }
    db::Connection &conn = *opened.connection;
    ImportSnapshot snapshot;
    snapshot.dialect = QString::fromStdString(conn.dialect());
    snapshot.server = QString::fromStdString(conn.serverDescription());
    snapshot.location = QString::fromStdString(conn.location());
    try {
        auto live = std::make_shared<db::IntrospectResult>(db::Introspector::introspect(conn));
        live->schema.extras = db::ExtrasIntrospector::introspect(conn);
        snapshot.live = std::move(live);
    } catch (const db::DbError &e) {
        conn.close();
        Q_EMIT readFailed(tr("Cannot read the schema of %1: %2").arg(snapshot.location, QString::fromUtf8(e.what())));
        return;
    }
    conn.close();
    Q_EMIT schemaRead(snapshot);
}

void ImportWorker::writeBaseline(const QString &url, const QString &projectDir,
                                 std::shared_ptr<const project::Project> project, const QString &projectPath)
{
    const importer::BaselineFiles files = importer::Baseline::write(*project, projectPath.toStdString(), true);
    if (!files.ok) {
        Q_EMIT baselineWritten(false, QString::fromStdString(files.error));
        return;
    }
    auto opened = db::openConnection(url.toStdString(), openOptions(projectDir));
    if (!opened.ok()) {
        Q_EMIT baselineWritten(false,
                               tr("The project and its baseline migration were written, but the database could not "
                                  "be reached to mark it applied: %1")
                                   .arg(QString::fromStdString(opened.error)));
        return;
    }
    const std::string error = importer::Baseline::markApplied(*opened.connection, files);
    opened.connection->close();
    Q_EMIT baselineWritten(error.empty(), QString::fromStdString(error));
}

} // namespace sf::ui
