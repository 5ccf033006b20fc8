// Adopting a sequelize-cli project in place.
#include "core/sequelize/adopter.h"

#include "core/db/dberror.h"
#include "core/db/extrasintrospector.h"
#include "core/db/introspector.h"
#include "core/db/openconnection.h"
#include "core/design/validator.h"
#include "core/importer/autolayout.h"
#include "core/importer/importer.h"
#include "core/importer/schemacompare.h"
#include "core/migrate/checkpoint.h"
#include "core/migrate/directory.h"
#include "core/migrate/executor.h"
#include "core/migrate/generator.h"
#include "core/migrate/history.h"
#include "core/migrate/migrationfile.h"
#include "core/migrate/migrationsteps.h"
#include "core/project/projectfile.h"
#include "core/schema/lowering.h"
#include "core/sequelize/modelreader.h"
#include "core/sequelize/sequelizeproject.h"
#include "core/sql/dialectid.h"
#include "core/util/version.h"

#include <QDir>
#include <QFileInfo>

#include <map>
#include <set>

namespace sf::sequelize {

namespace {

AdoptResult failed(AdoptResult r, int exitCode, std::string error)
{
    r.ok = false;
    r.exitCode = exitCode;
    r.error = std::move(error);
    return r;
}

bool hasModelFiles(const std::string &modelsPath)
{
    const QDir d(QString::fromStdString(modelsPath));
    for (const QString &f :
         d.entryList({QStringLiteral("*.js"), QStringLiteral("*.cjs"), QStringLiteral("*.mjs"), QStringLiteral("*.ts")},
                     QDir::Files))
        if (!f.startsWith(QLatin1String("index.")) && !f.endsWith(QLatin1String(".d.ts")))
            return true;
    return false;
}

const char *kindWord(design::AssociationKind k)
{
    switch (k) {
    case design::AssociationKind::OneToOne:
        return "hasOne";
    case design::AssociationKind::OneToMany:
        return "hasMany";
    case design::AssociationKind::ManyToMany:
        return "belongsToMany";
    }
    return "?";
}

} // namespace

std::string Adopter::defaultProjectFile(const std::string &projectDir)
{
    const QDir root(QFileInfo(QString::fromStdString(projectDir.empty() ? "." : projectDir)).absoluteFilePath());
    return root.filePath(root.dirName() + QStringLiteral(".schemaforge.json")).toStdString();
}

AdoptResult Adopter::adopt(const AdoptOptions &options)
{
    const AdoptPlan plan = survey(options);
    return plan.result.ok ? write(plan) : plan.result;
}

AdoptPlan Adopter::survey(const AdoptOptions &options)
{
    AdoptPlan plan;
    AdoptResult &r = plan.result;
    const auto fail = [&plan](int exitCode, std::string error) {
        plan.result.ok = false;
        plan.result.exitCode = exitCode;
        plan.result.error = std::move(error);
        return std::move(plan);
    };
    const QDir root(
        QFileInfo(QString::fromStdString(options.projectDir.empty() ? "." : options.projectDir)).absoluteFilePath());
    if (!root.exists())
        return fail(1, root.path().toStdString() + ": no such folder; give the root of the sequelize-cli project");

    // 1. Paths and connection, exactly as sequelize-cli resolves them.
    ResolveOptions ro;
    ro.projectDir = root.path().toStdString();
    ro.env = options.env;
    ro.url = options.url;
    std::string error, code;
    const auto sp = SequelizeProject::resolve(ro, &error, &code);
    if (!sp)
        return fail(1, code == "no-node" ? error + " (adopt reads .sequelizerc and the config with node)" : error);
    r.env = sp->env;
    r.connectionName = sp->env;
    r.migrationsDir = sp->migrationsPath;

    const QString projectFile = options.projectFile.empty()
                                    ? QString::fromStdString(defaultProjectFile(root.path().toStdString()))
                                    : QFileInfo(QString::fromStdString(options.projectFile)).absoluteFilePath();
    r.projectFile = projectFile.toStdString();
    if (!projectFile.endsWith(QLatin1String(".schemaforge.json")))
        return fail(1, r.projectFile + ": a project file name ends in .schemaforge.json");
    if (QFileInfo::exists(projectFile) && !options.replaceExisting)
        return fail(1, r.projectFile + " already exists; adopt writes a new project (remove it to adopt again, "
                                       "or pass --project FILE)");
    const QDir projectDir = QFileInfo(projectFile).absoluteDir();

    // The model code first: a model file that throws fails before anything is touched.
    r.from = options.from;
    if (r.from.empty())
        r.from = hasModelFiles(sp->modelsPath) && !sp->sequelizeVersion.empty() ? "models" : "database";
    if (r.from != "models" && r.from != "database")
        return fail(1, "--from must be models or database, not \"" + r.from + "\"");
    ModelReadResult fromModels;
    if (r.from == "models") {
        ModelReadOptions mo;
        mo.projectDir = sp->projectDir;
        mo.env = sp->env;
        mo.modelsPath = sp->modelsPath;
        mo.dialect = sql::projectDialectOf(sp->connection.dialect);
        fromModels = ModelReader::read(mo);
        if (!fromModels.ok)
            return fail(1, fromModels.error);
    }

    // 2. The database sequelize-cli migrated.
    db::OpenOptions oo;
    oo.projectDir = projectDir.path().toStdString();
    oo.createSqliteFile = false;
    plan.connectionUrl = sp->connectionUrl();
    plan.baseDir = oo.projectDir;
    auto opened = db::openConnection(plan.connectionUrl, oo);
    r.redactedUrl = opened.redactedUrl;
    if (!opened.ok())
        return fail(opened.userError ? 1 : 2, "environment \"" + sp->env + "\": " + opened.error);
    db::Connection &conn = *opened.connection;
    const std::string dialect(sql::dialectName(conn.dialectId()));

    // 3. The migrations folder, in sequelize-cli's order, with applied/pending per SequelizeMeta.
    migrate::MigrationDirectory folder;
    try {
        folder = migrate::MigrationDirectory::load(sp->migrationsPath);
    } catch (const std::exception &e) {
        return fail(1, e.what());
    }
    for (const auto &why : folder.ignored())
        r.problems.push_back(why);
    std::string loadError;
    auto sources = migrate::MigrationSteps::load(sp->migrationsPath, &loadError);
    if (!loadError.empty())
        return fail(1, loadError);
    for (auto &s : sources) { // a checkpoint from an earlier adopt is replaced below
        s.coveredByCheckpoint = false;
        s.checkpoint.reset();
    }
    const auto steps = migrate::MigrationSteps::plan(sources, dialect);
    migrate::Executor executor(conn, {});
    const auto status = executor.status(steps, &error);
    if (!error.empty())
        return fail(2, error);
    std::map<std::string, const migrate::StatusEntry *> byFile;
    for (const auto &e : status)
        byFile[e.fileName] = &e;
    for (const auto &e : status) {
        AdoptedMigration m;
        m.fileName = e.fileName;
        m.state = migrate::stateName(e.state);
        m.applied = e.state == migrate::MigrationState::Applied ||
                    e.state == migrate::MigrationState::AppliedBySequelize ||
                    e.state == migrate::MigrationState::ChangedChecksum;
        m.handWritten = true;
        for (const auto &s : steps)
            if (s.fileName == e.fileName)
                m.handWritten = !s.handWrittenPath.empty();
        if (e.state == migrate::MigrationState::MissingFile)
            r.problems.push_back(e.fileName + " is recorded in SequelizeMeta but has no file in " + sp->migrationsPath);
        r.migrations.push_back(m);
    }

    // 4. The design.
    db::IntrospectResult live;
    try {
        live = db::Introspector::introspect(conn);
        live.schema.extras = db::ExtrasIntrospector::introspect(conn);
    } catch (const db::DbError &e) {
        return fail(2, std::string("cannot read the schema: ") + e.what());
    }
    project::Project p;
    p.name = root.dirName().toStdString();
    p.settings.defaultDialect = std::string(sql::projectDialectName(conn.dialectId()));
    p.settings.migrationsDir = projectDir.relativeFilePath(QString::fromStdString(sp->migrationsPath)).toStdString();
    p.settings.modelsDir = projectDir.relativeFilePath(QString::fromStdString(sp->modelsPath)).toStdString();
    if (r.from == "database") {
        importer::ImportOptions io;
        io.dialect = std::string(sql::projectDialectName(conn.dialectId()));
        io.identifierLimit = migrate::Generator::kIdentifierLimit;
        importer::ImportResult imported = importer::importSchema(live.schema, io);
        for (const auto &n : imported.report)
            if (n.severity == importer::ImportNote::Severity::Unsupported)
                r.problems.push_back(importer::formatNote(n));
        p.design = std::move(imported.design);
    } else {
        p.design = std::move(fromModels.design);
        for (auto &note : fromModels.problems)
            r.problems.push_back(std::move(note));
    }
    p.layout = importer::autoLayout(p.design);
    std::string variable;
    r.profileUrl = sp->profileUrl(projectDir.path().toStdString(), &variable);
    r.passwordVariable = variable;
    p.connections.push_back({sp->env, r.profileUrl});

    // Exactly what the file will hold: the design as it loads back.
    const auto reloaded = project::ProjectFile::loadFromString(project::ProjectFile::saveToString(p));
    if (!reloaded)
        return fail(1, "the written project does not load back: " + reloaded.error);
    for (const auto &prob : design::validate(reloaded.project))
        if (prob.severity != design::Severity::Info)
            r.problems.push_back(std::string(prob.severity == design::Severity::Error ? "error: " : "warning: ") +
                                 prob.path + ": " + prob.message);

    schema::LoweringOptions lo;
    lo.identifierLimit = migrate::Generator::kIdentifierLimit;
    const schema::Schema lowered = schema::lower(reloaded.project.design, lo);
    bool liveHasTables = false;
    for (const auto &t : live.schema.tables)
        liveHasTables = liveHasTables ||
                        (t.name != migrate::History::kSequelizeMeta && t.name != migrate::History::kSchemaForgeMeta);
    if (r.from == "models" && liveHasTables) {
        // The model code should describe what the migrations made; say where it does not.
        importer::CompareOptions co;
        co.constraintNames = false;
        for (const auto &line : importer::compareSchemas(live.schema, lowered, co))
            if (line.find("SequelizeMeta") == std::string::npos && line.find("SchemaForgeMeta") == std::string::npos)
                r.problems.push_back("models and database differ: " + line);
    }

    // 5. The checkpoint: what the existing migrations produce, from the last one it covers on.
    // From the database: up to the last applied migration. From the models: all of them (the model
    // code is taken to describe what the whole folder produces).
    std::string after;
    for (const auto &m : r.migrations)
        if (m.state != "missing-file" && (m.applied || r.from == "models"))
            after = m.fileName;
    if (!after.empty()) {
        r.checkpointFile = QDir(QString::fromStdString(sp->migrationsPath))
                               .filePath(QString::fromUtf8(migrate::Checkpoint::kFileName))
                               .toStdString();
        migrate::Checkpoint cp;
        cp.after = after;
        cp.source = r.from;
        cp.schema = lowered;
        plan.checkpoint = std::move(cp);
        r.checkpointAfter = after;
    }

    // 6. Checksums of the hand-written migrations sequelize-cli applied, so a later edit of one is reported.
    for (const auto &s : steps) {
        const auto it = byFile.find(s.fileName);
        if (!s.handWrittenPath.empty() && it != byFile.end() &&
            it->second->state == migrate::MigrationState::AppliedBySequelize)
            plan.checksums.emplace_back(s.fileName, s.checksum);
    }
    std::map<std::string, std::string> names;
    for (const auto &m : reloaded.project.design.models) {
        names[m.id] = m.name;
        const schema::Table *t = nullptr;
        for (const auto &tt : lowered.tables)
            if (tt.id == m.id)
                t = &tt;
        r.models.push_back(m.name + (t ? " (" + t->name + ")" : std::string()));
    }
    for (const auto &a : reloaded.project.design.associations)
        r.links.push_back(names[a.source] + " " + kindWord(a.kind) + " " + names[a.target] +
                          (a.as ? " as " + *a.as : std::string()) +
                          (a.through ? " through " + *a.through : std::string()) +
                          (a.foreignKey ? " (" + *a.foreignKey + ")" : std::string()));
    plan.project = reloaded.project;
    r.ok = true;
    return plan;
}

AdoptResult Adopter::write(const AdoptPlan &plan)
{
    AdoptResult r = plan.result;
    const QDir projectDir = QFileInfo(QString::fromStdString(r.projectFile)).absoluteDir();
    if (!QDir().mkpath(projectDir.path()))
        return failed(r, 1, "cannot create the folder " + projectDir.path().toStdString());
    if (const auto saved = project::ProjectFile::save(plan.project, r.projectFile); !saved)
        return failed(r, 1, saved.error);
    const QString checkpointPath =
        QDir(QString::fromStdString(r.migrationsDir)).filePath(QString::fromUtf8(migrate::Checkpoint::kFileName));
    if (plan.checkpoint) {
        try {
            migrate::saveTextFile(r.checkpointFile, plan.checkpoint->toText());
        } catch (const std::exception &e) {
            return failed(r, 1, e.what());
        }
    } else if (QFileInfo::exists(checkpointPath)) {
        // a checkpoint from an earlier adopt no longer applies
        QFile::remove(checkpointPath);
    }

    db::OpenOptions oo;
    oo.projectDir = plan.baseDir;
    oo.createSqliteFile = false;
    auto opened = db::openConnection(plan.connectionUrl, oo);
    if (!opened.ok())
        return failed(r, opened.userError ? 1 : 2, "environment \"" + r.env + "\": " + opened.error);
    db::Connection &conn = *opened.connection;
    try {
        migrate::History history(conn);
        history.ensureTables();
        std::set<std::string> recorded;
        for (const auto &h : history.read())
            if (h.inSchemaForgeMeta)
                recorded.insert(h.name);
        conn.begin();
        for (const auto &[name, checksum] : plan.checksums) {
            if (recorded.count(name))
                continue;
            conn.exec("INSERT INTO " + conn.quoteIdentifier(migrate::History::kSchemaForgeMeta) + " (" +
                      conn.quoteIdentifier("name") + ", " + conn.quoteIdentifier("checksum") + ", " +
                      conn.quoteIdentifier("tool_version") + ") VALUES (" + conn.quoteLiteral(name) + ", " +
                      conn.quoteLiteral(checksum) + ", " + conn.quoteLiteral(toolVersion()) + ")");
        }
        conn.commit();
    } catch (const db::DbError &e) {
        conn.rollback();
        return failed(r, 2, std::string("cannot record the checksums of the applied migrations: ") + e.what());
    }
    return r;
}

} // namespace sf::sequelize
