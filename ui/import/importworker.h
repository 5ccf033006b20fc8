#pragma once
// ImportWorker does the database side of "Import from Database" on the QThread it was moved to:
// reading a live schema (tables, keys, indexes and the extras import reports) and writing an
// imported project with its baseline migration marked applied. Each job opens its own connection
// on that thread, uses it there only and closes it; results come back as queued signals carrying
// shared, immutable data. Created and owned by ImportDialog; never logs a URL with a password.

#include "core/db/introspector.h"
#include "core/project/project.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace sf::ui {

struct ImportSnapshot {
    std::shared_ptr<const db::IntrospectResult> live; // tables and extras as read
    QString dialect;                                  // a project dialect name
    QString server;                                   // e.g. "PostgreSQL 15.5"
    QString location;                                 // host:port/database or file, no password
};

class ImportWorker : public QObject
{
    Q_OBJECT
public:
    ImportWorker() = default;

public Q_SLOTS:
    // url may hold a session password; projectDir is the base for relative sqlite: paths and .env.
    void readSchema(const QString &url, const QString &projectDir);
    // Writes project to projectPath with the baseline migration, then marks it applied on url.
    void writeBaseline(const QString &url, const QString &projectDir,
                       std::shared_ptr<const sf::project::Project> project, const QString &projectPath);

Q_SIGNALS:
    void schemaRead(const sf::ui::ImportSnapshot &snapshot);
    void readFailed(const QString &error);
    // ok: the files are written and the baseline is marked; else error says what was done and what failed.
    void baselineWritten(bool ok, const QString &error);
};

} // namespace sf::ui

Q_DECLARE_METATYPE(sf::ui::ImportSnapshot)
