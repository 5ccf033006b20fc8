#include "ui/preview/previewjob.h"

#include "ui/migrations/pendingchange.h"

#include "core/lint/linter.h"
#include "core/migrate/directory.h"
#include "core/migrate/generator.h"
#include "core/migrate/jswriter.h"
#include "core/migrate/preview.h"
#include "core/schema/lowering.h"
#include "core/sql/dialect.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <exception>

namespace sf::ui {

namespace {

// The migrations folder read and replayed, reused while its *.json files are unchanged (name,
// size, modification time): most previews follow a design edit, not a new migration.
struct CachedDirectory {
    QString key;
    migrate::MigrationDirectory dir;
    schema::Schema recorded;
};

QString folderKey(const QString &path)
{
    QString key = path;
    if (path.isEmpty())
        return key;
    const QFileInfoList files = QDir(path).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files)
        key += QLatin1Char('|') + f.fileName() + QLatin1Char(':') + QString::number(f.size()) + QLatin1Char(':') +
               QString::number(f.lastModified().toMSecsSinceEpoch());
    return key;
}

std::shared_ptr<const CachedDirectory> loadCached(const QString &path)
{
    static QMutex mutex;
    static std::shared_ptr<const CachedDirectory> last;
    const QString key = folderKey(path);
    {
        const QMutexLocker lock(&mutex);
        if (last && last->key == key)
            return last;
    }
    auto fresh = std::make_shared<CachedDirectory>();
    fresh->key = key;
    if (!path.isEmpty())
        fresh->dir = migrate::MigrationDirectory::load(path.toStdString()); // throws DirectoryError
    fresh->recorded = fresh->dir.replay();
    const QMutexLocker lock(&mutex);
    last = fresh;
    return last;
}

// The same findings `schemaforge-cli lint` prints for the change, offline (the preview never
// connects): a rule that depends on rows says "if it has rows".
std::vector<lint::Finding> lintPending(const std::vector<ops::Operation> &operations, const schema::Schema &recorded,
                                       const sql::Dialect &dialect)
{
    if (operations.empty())
        return {};
    lint::LintOptions options;
    options.dialect = dialect.name();
    try {
        return lint::Linter::lint({lint::LintMigration{"", operations}}, recorded, options);
    } catch (const std::exception &) {
        return {}; // the plan itself succeeded; a lint that cannot run hides nothing the SQL shows
    }
}

// The errors and warnings as SQL comments above the statements: what a reviewer reads before the
// DDL (and what the highlighter colours). Info findings (the lock of a harmless statement) would
// bury them; the Problems dock lists those.
QString findingsHeader(const std::vector<lint::Finding> &findings)
{
    QString out;
    for (const auto severity : {lint::Severity::Error, lint::Severity::Warning})
        for (const auto &f : findings)
            if (f.severity == severity) {
                out += QStringLiteral("-- lint ") + QLatin1String(lint::toString(f.severity)) + QStringLiteral(" [") +
                       QString::fromStdString(f.rule) + QStringLiteral("] ") +
                       QString::fromStdString(f.message).replace(QLatin1Char('\n'), QLatin1Char(' ')) +
                       QLatin1Char('\n');
                if (!f.fix.empty())
                    out += QStringLiteral("--   safer: ") +
                           QString::fromStdString(f.fix).replace(QLatin1Char('\n'), QLatin1Char(' ')) +
                           QLatin1Char('\n');
            }
    return out.isEmpty() ? out : out + QLatin1Char('\n');
}

} // namespace

PreviewJob::PreviewJob(PreviewRequest request, std::shared_ptr<std::atomic<quint64>> latest, Callback done)
    : m_request(std::move(request)), m_latest(std::move(latest)), m_done(std::move(done))
{
    setAutoDelete(true);
}

void PreviewJob::run()
{
    PreviewResult result;
    result.generation = m_request.generation;
    result.skipped = m_latest->load() != m_request.generation; // a newer request is queued: skip the work
    if (!result.skipped)
        result = compute(m_request);
    // Let go of the snapshot before reporting, so the next edit need not copy the project.
    m_request.project.reset();
    m_request.wanted.reset();
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
        const auto cached = loadCached(request.migrationsDir);
        const migrate::MigrationDirectory &dir = cached->dir;
        switch (request.kind) {
        case PreviewRequest::Kind::Pending: {
            r.pending = true; // also when it fails: the findings of an earlier change no longer hold
            // What Generator::pendingOperations gives, planned up and down: one cached replay, the
            // design lowered once (or by the GUI's PhysicalCache), only the changed tables diffed.
            std::shared_ptr<const schema::Schema> wanted = request.wanted;
            if (!wanted) {
                schema::LoweringOptions options;
                options.identifierLimit = migrate::Generator::kIdentifierLimit;
                wanted = std::make_shared<const schema::Schema>(schema::lower(request.project->design, options));
                r.lowered = wanted;
                r.designRevision = request.designRevision;
            }
            const auto change = PendingChange::compute(cached->recorded, *wanted, *dialect);
            if (change.operations.empty())
                break; // empty texts: the panel says "No changes"
            r.findings = lintPending(change.operations, change.before, *dialect);
            r.up = findingsHeader(r.findings) + QString::fromStdString(migrate::Preview::text(
                                                    {migrate::PreviewSection{"pending change (up)", change.up}}));
            r.down = QString::fromStdString(
                migrate::Preview::text({migrate::PreviewSection{"pending change (down)", change.down}}));
            break;
        }
        case PreviewRequest::Kind::Migration: {
            const std::string id = request.migrationId.toStdString();
            r.up =
                QString::fromStdString(migrate::Preview::text({migrate::Preview::migration(dir, id, *dialect, false)}));
            r.down =
                QString::fromStdString(migrate::Preview::text({migrate::Preview::migration(dir, id, *dialect, true)}));
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
            r.up = QString::fromStdString(
                migrate::Preview::text(migrate::Preview::createScript(*request.project, *dialect)));
            break;
        }
    } catch (const std::exception &e) {
        r.error = QString::fromStdString(e.what());
    }
    r.computeMs = timer.elapsed();
    return r;
}

} // namespace sf::ui
