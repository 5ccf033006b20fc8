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

MigrationDirectory MigrationDirectory::load(const std::string &dir)
{
    MigrationDirectory d;
    d.m_dir = dir;
    QDir qdir(QString::fromStdString(dir));
    if (!qdir.exists())
        return d;
    static const std::regex idPattern(R"(([0-9]{14})-[A-Za-z0-9._-]+)");
    QStringList jsonFiles = qdir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    std::map<std::string, std::string> byTimestamp;
    for (const QString &name : jsonFiles) {
        const std::string file = name.toStdString();
        const std::string id = file.substr(0, file.size() - 5);
        const std::string path = qdir.filePath(name).toStdString();
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
        e.jsPath = qdir.filePath(QString::fromStdString(id + ".js")).toStdString();
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
              [](const MigrationEntry &a, const MigrationEntry &b) { return a.id < b.id; });
    for (const QString &name : qdir.entryList({QStringLiteral("*.js")}, QDir::Files, QDir::Name)) {
        const std::string id = name.toStdString().substr(0, static_cast<size_t>(name.size()) - 3);
        if (!d.find(id))
            d.m_untracked.push_back(qdir.filePath(name).toStdString());
    }
    return d;
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
    const size_t n = std::min(count, m_entries.size());
    for (size_t k = 0; k < n; ++k) {
        const auto &e = m_entries[k];
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

schema::Schema replay(const std::string &dir) { return MigrationDirectory::load(dir).replay(); }

} // namespace sf::migrate
