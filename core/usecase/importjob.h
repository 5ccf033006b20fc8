#pragma once
// ImportJob is "import from a database" for both front ends: introspect the live schema, analyse it
// into a design (tables left out on request), lay it out, check how faithfully migrations from that
// design recreate the database, and write the project with its baseline migration marked applied.
// The CLI runs it in one go (run()); the designer runs read() and baseline() in its worker thread
// and design() on the GUI thread for the preview. Owns its connection (single-threaded: use it on the
// thread that read); design() is pure. Progress and cancel are for a worker; messages hold no password.

#include "core/db/connection.h"
#include "core/db/introspector.h"
#include "core/importer/baseline.h"
#include "core/importer/importer.h"
#include "core/project/project.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace sf::usecase {

struct ImportDesignOptions {
    std::string name;                       // the project's name
    std::string dialect;                    // the database's project dialect name (sql::projectDialectName)
    std::vector<std::string> excludeTables; // left out, with their checks, triggers and indexes
    bool layoutAndCheck = true;             // false: the design only (a quick preview)
};

// The design import made of a schema, laid out, with its report and fidelity check.
struct ImportDesign {
    project::Project project;
    std::vector<importer::ImportNote> report;
    // Where migrations generated from this design would differ from the database (each also has a note).
    std::vector<std::string> differences;
    int unsupported = 0;
};

struct ImportRunOptions {
    std::string projectPath; // the new .schemaforge.json (absolute)
    std::string name;        // project name ("" = the file's base name)
    bool writeMigration = true;
    bool markApplied = false;
};

struct ImportReport {
    bool ok = false;
    std::string error;
    bool databaseError = false; // error came from the database (else from the files / arguments)
    bool targetInUse = false;   // the migrations folder beside the project already holds migrations
    size_t tables = 0;
    ImportDesign design;
    importer::BaselineFiles files;
    bool marked = false;
    long long importMs = 0; // reading and designing
};

class ImportJob
{
public:
    enum class Stage { Connect, Introspect, Design, Check, Baseline, Done };
    using Progress = std::function<void(Stage stage)>;

    // url may hold a session password or ${VAR}; projectDir is the base for relative sqlite: paths and .env.
    ImportJob(std::string url, std::string projectDir);
    ~ImportJob();
    ImportJob(const ImportJob &) = delete;
    ImportJob &operator=(const ImportJob &) = delete;

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancel(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Connects (a missing SQLite file is an error, never created) and reads tables, keys, indexes and
    // extras. "" on success, else why not (databaseError() tells whose fault).
    std::string read();
    std::shared_ptr<const db::IntrospectResult> live() const { return m_live; }
    const std::string &dialect() const { return m_dialect; }
    std::string server() const;
    std::string location() const;
    const std::string &redactedUrl() const { return m_redactedUrl; }
    bool databaseError() const { return m_databaseError; }
    // The database's own message when read() connected but could not read the schema.
    const std::string &schemaError() const { return m_schemaError; }

    // Analyse + design + auto-layout + fidelity check of a schema read by read(); pure, any thread.
    static ImportDesign design(const db::IntrospectResult &live, const ImportDesignOptions &options);
    // Writes the project (and its baseline migration) at projectPath and marks it applied on this
    // job's database (connecting again if read() is not what opened it).
    struct BaselineOutcome {
        importer::BaselineFiles files; // files.ok false: nothing was written (files.error says why)
        bool marked = false;
        std::string error;        // after writing: why marking failed
        bool unreachable = false; // the database could not be reached to mark it
    };
    BaselineOutcome baseline(const project::Project &project, const std::string &projectPath, bool writeMigration,
                             bool markApplied);

    // The whole pipeline: read -> design -> fidelity check -> baseline.
    ImportReport run(const ImportRunOptions &options);

private:
    bool cancelled() const { return m_cancel && *m_cancel; }
    void report(Stage stage) const
    {
        if (m_progress)
            m_progress(stage);
    }
    std::string open();

    std::string m_url;
    std::string m_projectDir;
    std::unique_ptr<db::Connection> m_connection;
    std::shared_ptr<const db::IntrospectResult> m_live;
    std::string m_dialect;
    std::string m_redactedUrl;
    std::string m_schemaError;
    bool m_databaseError = false;
    Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace sf::usecase
