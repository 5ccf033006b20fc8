// Reading a migrations folder and replaying it.
#include "core/migrate/directory.h"

#include "core/ops/describe.h"
#include "core/ops/replay.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <map>
#include <regex>

namespace sf::migrate {

bool MigrationDirectory::sequelizeLess(const std::string &a, const std::string &b)
{
    // umzug sorts with JavaScript's `>` / `<` on strings: UTF-16 code units, which QString compares.
    return QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseSensitive) < 0;
}

bool MigrationDirectory::isSequelizeMigrationFile(const std::string &name)
{
    // Plain suffix tests (std::regex is slow, and this runs for every file of a large folder).
    auto ends = [&](std::string_view suffix) {
        return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends(".d.ts"))
        return false;
    return ends(".js") || ends(".cjs") || ends(".cts") || ends(".ts");
}

MigrationDirectory MigrationDirectory::load(const std::string &dir)
{
    MigrationDirectory d;
    d.m_dir = dir;
    QDir qdir(QString::fromStdString(dir));
    if (!qdir.exists())
        return d;
    static const std::regex idPattern(R"(([0-9]{14})-[A-Za-z0-9._-]+)");
    const QStringList allFiles = qdir.entryList(QDir::Files, QDir::Name);
    // Migration files sequelize-cli would run, by stem: the twin of a .json is SchemaForge's own.
    std::map<std::string, std::string> scriptByStem;
    for (const QString &name : allFiles) {
        const std::string file = name.toStdString();
        if (isSequelizeMigrationFile(file)) {
            const std::string stem = file.substr(0, file.rfind('.'));
            auto &slot = scriptByStem[stem];
            if (slot.empty() || file.size() < slot.size())
                slot = file;
        } else if (file.size() > 4 && file.compare(file.size() - 4, 4, ".mjs") == 0) {
            d.m_ignored.push_back(qdir.filePath(name).toStdString() +
                                  ": sequelize-cli 6 does not run .mjs migrations (it loads .js, .cjs, .cts, .ts); "
                                  "rename it to .js in a \"type\": \"module\" package or to .cjs");
        }
    }
    std::map<std::string, std::string> byTimestamp;
    for (const QString &name : allFiles) {
        const std::string file = name.toStdString();
        if (file.size() <= 5 || file.compare(file.size() - 5, 5, ".json") != 0)
            continue;
        const std::string path = qdir.filePath(name).toStdString();
        if (file == Checkpoint::kFileName) {
            QFile f(qdir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                throw DirectoryError(path + ": cannot read (" + f.errorString().toStdString() + ")");
            const QByteArray bytes = f.readAll();
            try {
                d.m_checkpoint =
                    Checkpoint::fromText(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), path);
            } catch (const std::runtime_error &e) {
                throw DirectoryError(e.what());
            }
            continue;
        }
        const std::string id = file.substr(0, file.size() - 5);
        std::smatch m;
        if (!std::regex_match(id, m, idPattern))
            throw DirectoryError(path + ": not a migration file name; expected <YYYYMMDDHHMMSS>-<name>.json");
        const std::string ts = m[1].str();
        if (auto it = byTimestamp.find(ts); it != byTimestamp.end())
            throw DirectoryError(path + ": same timestamp " + ts + " as " + it->second +
                                 ".json; rename one so their order is unambiguous");
        byTimestamp.emplace(ts, id);
        QFile f(QString::fromStdString(path));
        if (!f.open(QIODevice::ReadOnly))
            throw DirectoryError(path + ": cannot read (" + f.errorString().toStdString() + ")");
        const QByteArray bytes = f.readAll();
        MigrationEntry e;
        e.id = id;
        e.jsonPath = path;
        const auto script = scriptByStem.find(id);
        e.fileName = script != scriptByStem.end() ? script->second : id + ".js";
        e.jsPath = qdir.filePath(QString::fromStdString(e.fileName)).toStdString();
        e.checksum = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
        try {
            e.migration = readMigration(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), path);
        } catch (const MigrationFileError &err) {
            throw DirectoryError(err.what());
        }
        if (e.migration.id != id)
            throw DirectoryError(path + ": \"id\" is \"" + e.migration.id + "\" but the file is named " + id +
                                 ".json; they must agree");
        d.m_entries.push_back(std::move(e));
    }
    std::sort(d.m_entries.begin(), d.m_entries.end(),
              [](const MigrationEntry &a, const MigrationEntry &b) { return sequelizeLess(a.fileName, b.fileName); });
    for (const auto &[stem, file] : scriptByStem) {
        if (d.find(stem))
            continue;
        const QString path = qdir.filePath(QString::fromStdString(file));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw DirectoryError(path.toStdString() + ": cannot read (" + f.errorString().toStdString() + ")");
        HandWrittenEntry h;
        h.id = stem;
        h.fileName = file;
        h.path = path.toStdString();
        h.checksum = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
        d.m_handWritten.push_back(std::move(h));
    }
    std::sort(d.m_handWritten.begin(), d.m_handWritten.end(), [](const HandWrittenEntry &a, const HandWrittenEntry &b) {
        return sequelizeLess(a.fileName, b.fileName);
    });
    return d;
}

std::vector<SequenceItem> MigrationDirectory::sequence() const
{
    std::vector<SequenceItem> out;
    out.reserve(m_entries.size() + m_handWritten.size());
    for (const auto &e : m_entries)
        out.push_back({e.fileName, &e, nullptr});
    for (const auto &h : m_handWritten)
        out.push_back({h.fileName, nullptr, &h});
    std::stable_sort(out.begin(), out.end(), [](const SequenceItem &a, const SequenceItem &b) {
        return sequelizeLess(a.fileName, b.fileName);
    });
    return out;
}

bool MigrationDirectory::coveredByCheckpoint(const std::string &fileName) const
{
    return m_checkpoint && !sequelizeLess(m_checkpoint->after, fileName);
}

std::vector<std::string> MigrationDirectory::uncoveredHandWritten() const
{
    std::vector<std::string> out;
    for (const auto &h : m_handWritten)
        if (!coveredByCheckpoint(h.fileName))
            out.push_back(h.fileName);
    return out;
}

const MigrationEntry *MigrationDirectory::find(const std::string &id) const
{
    for (const auto &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

schema::Schema MigrationDirectory::replay(size_t count) const
{
    schema::Schema s;
    if (m_checkpoint)
        s = m_checkpoint->schema;
    const size_t n = std::min(count, m_entries.size());
    for (size_t k = 0; k < n; ++k) {
        const auto &e = m_entries[k];
        if (coveredByCheckpoint(e.fileName))
            continue;
        for (size_t i = 0; i < e.migration.operations.size(); ++i) {
            try {
                ops::apply(s, e.migration.operations[i]);
            } catch (const ops::ReplayError &err) {
                throw DirectoryError(e.jsonPath + ": operations[" + std::to_string(i) + "]: " + err.what());
            }
        }
    }
    return s;
}

schema::Schema replay(const std::string &dir)
{
    return MigrationDirectory::load(dir).replay();
}

} // namespace sf::migrate
