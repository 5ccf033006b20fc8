#include "core/usecase/importjob.h"

#include "core/db/dberror.h"
#include "core/db/extrasintrospector.h"
#include "core/db/openconnection.h"
#include "core/importer/autolayout.h"
#include "core/importer/schemacompare.h"
#include "core/migrate/generator.h"
#include "core/schema/lowering.h"

#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cstring>

namespace sf::usecase {

ImportJob::ImportJob(std::string url, std::string projectDir)
    : m_url(std::move(url)), m_projectDir(std::move(projectDir))
{
}

ImportJob::~ImportJob()
{
    if (m_connection)
        m_connection->close();
}

std::string ImportJob::open()
{
    if (m_connection)
        return {};
    db::OpenOptions oo;
    oo.projectDir = m_projectDir;
    oo.createSqliteFile = false; // importing from a file that is not there is an error, not a new file
    auto opened = db::openConnection(m_url, oo);
    m_redactedUrl = opened.redactedUrl;
    if (!opened.ok()) {
        m_databaseError = !opened.userError;
        return opened.error;
    }
    m_connection = std::move(opened.connection);
    return {};
}

std::string ImportJob::server() const
{
    return m_connection ? m_connection->serverDescription() : std::string();
}

std::string ImportJob::location() const
{
    return m_connection ? m_connection->location() : std::string();
}

std::string ImportJob::read()
{
    report(Stage::Connect);
    if (std::string error = open(); !error.empty())
        return error;
    m_dialect = m_connection->dialect();
    report(Stage::Introspect);
    try {
        auto live = std::make_shared<db::IntrospectResult>(db::Introspector::introspect(*m_connection));
        live->schema.extras = db::ExtrasIntrospector::introspect(*m_connection);
        m_live = std::move(live);
    } catch (const db::DbError &e) {
        m_databaseError = true;
        m_schemaError = e.what();
        return "cannot read the schema: " + m_schemaError;
    }
    return {};
}

ImportDesign ImportJob::design(const db::IntrospectResult &live, const ImportDesignOptions &options)
{
    importer::ImportOptions io;
    io.dialect = options.dialect;
    io.identifierLimit = migrate::Generator::kIdentifierLimit;
    io.excludeTables = options.excludeTables;
    const auto excluded = [&](const std::string &t) {
        return std::find(options.excludeTables.begin(), options.excludeTables.end(), t) != options.excludeTables.end();
    };
    // Checks, triggers and indexes of a table left out go with it; views (no table) stay reported.
    const schema::Schema *physical = &live.schema;
    schema::Schema kept;
    if (!options.excludeTables.empty()) {
        kept = live.schema;
        std::erase_if(kept.extras, [&](const schema::Extra &x) { return !x.table.empty() && excluded(x.table); });
        physical = &kept;
    }
    importer::ImportResult imported = importer::importSchema(*physical, io);

    ImportDesign out;
    out.unsupported = imported.unsupportedCount();
    out.report = std::move(imported.report);
    out.project.name = options.name;
    out.project.settings.defaultDialect = options.dialect;
    out.project.design = std::move(imported.design);
    if (!options.layoutAndCheck)
        return out;
    out.project.layout = importer::autoLayout(out.project.design);
    // Differences lowering cannot avoid (each also has a note in the report).
    schema::LoweringOptions lo;
    lo.identifierLimit = migrate::Generator::kIdentifierLimit;
    importer::CompareOptions co;
    co.constraintNames = false;
    if (options.excludeTables.empty()) {
        out.differences = importer::compareSchemas(live.schema, schema::lower(out.project.design, lo), co);
    } else {
        std::erase_if(kept.tables, [&](const schema::Table &t) { return excluded(t.name); });
        out.differences = importer::compareSchemas(kept, schema::lower(out.project.design, lo), co);
    }
    return out;
}

ImportJob::BaselineOutcome ImportJob::baseline(const project::Project &project, const std::string &projectPath,
                                               bool writeMigration, bool markApplied)
{
    BaselineOutcome out;
    out.files = importer::Baseline::write(project, projectPath, writeMigration);
    if (!out.files.ok || !markApplied || out.files.migrationId.empty())
        return out;
    if (std::string why = open(); !why.empty()) {
        out.unreachable = true;
        out.error = std::move(why);
        return out;
    }
    out.error = importer::Baseline::markApplied(*m_connection, out.files);
    m_databaseError = !out.error.empty();
    out.marked = out.error.empty();
    return out;
}

ImportReport ImportJob::run(const ImportRunOptions &options)
{
    ImportReport r;
    const auto started = std::chrono::steady_clock::now();
    const auto fail = [&](std::string error) {
        r.error = std::move(error);
        r.databaseError = m_databaseError;
        return r;
    };
    if (std::string error = read(); !error.empty())
        return fail(std::move(error));
    if (cancelled())
        return fail("cancelled");
    r.tables = m_live->schema.tables.size();
    report(Stage::Design);
    ImportDesignOptions dopt;
    dopt.dialect = m_dialect;
    dopt.name = options.name;
    if (dopt.name.empty()) {
        const std::string file = QFileInfo(QString::fromStdString(options.projectPath)).fileName().toStdString();
        const size_t suffix = std::strlen(".schemaforge.json");
        dopt.name = file.size() > suffix ? file.substr(0, file.size() - suffix) : file;
    }
    r.design = design(*m_live, dopt);
    report(Stage::Check);
    r.importMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    if (cancelled())
        return fail("cancelled");
    if (options.writeMigration)
        if (const std::string why = importer::Baseline::checkTarget(r.design.project, options.projectPath);
            !why.empty()) {
            r.targetInUse = true;
            return fail(why);
        }
    report(Stage::Baseline);
    const BaselineOutcome b =
        baseline(r.design.project, options.projectPath, options.writeMigration, options.markApplied);
    r.files = b.files;
    r.marked = b.marked;
    if (!r.files.ok)
        return fail(r.files.error);
    if (b.unreachable)
        return fail("the project and its baseline migration were written, but the database could not be reached "
                    "to mark it applied: " +
                    b.error);
    if (!b.error.empty())
        return fail(b.error);
    report(Stage::Done);
    r.ok = true;
    return r;
}

} // namespace sf::usecase
