// Splitter: one migration -> several consecutive ones with the same operations.
#include "core/migrate/splitter.h"

#include "core/migrate/directory.h"
#include "core/migrate/jswriter.h"
#include "core/ops/replay.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTimeZone>

namespace sf::migrate {

SplitResult Splitter::split(const std::string &dirPath, const std::string &id, int parts)
{
    SplitResult r;
    try {
        const MigrationDirectory dir = MigrationDirectory::load(dirPath);
        size_t index = dir.entries().size();
        for (size_t i = 0; i < dir.entries().size(); ++i)
            if (dir.entries()[i].id == id)
                index = i;
        if (index == dir.entries().size()) {
            r.message = "there is no migration \"" + id + "\" in " + dirPath;
            return r;
        }
        const MigrationEntry &entry = dir.entries()[index];
        const auto &ops = entry.migration.operations;
        if (parts < 2 || static_cast<size_t>(parts) > ops.size()) {
            r.message = "migration " + id + " has " + std::to_string(ops.size()) +
                        " operation(s); split it into 2 to " + std::to_string(ops.size()) + " parts";
            return r;
        }
        QDateTime start =
            QDateTime::fromString(QString::fromStdString(id.substr(0, 14)), QStringLiteral("yyyyMMddHHmmss"));
        start.setTimeZone(QTimeZone::utc());
        if (!start.isValid()) {
            r.message = "\"" + id + "\" does not start with a YYYYMMDDHHMMSS timestamp";
            return r;
        }
        const std::string slug = id.size() > 15 ? id.substr(15) : std::string("migration");
        std::vector<Migration> out;
        for (int p = 0; p < parts; ++p) {
            const std::string ts = start.addSecs(p).toString(QStringLiteral("yyyyMMddHHmmss")).toStdString();
            Migration m;
            m.id = ts + "-" + slug + "-part-" + std::to_string(p + 1) + "-of-" + std::to_string(parts);
            const size_t from = ops.size() * static_cast<size_t>(p) / static_cast<size_t>(parts);
            const size_t to = ops.size() * static_cast<size_t>(p + 1) / static_cast<size_t>(parts);
            m.operations.assign(ops.begin() + static_cast<long>(from), ops.begin() + static_cast<long>(to));
            out.push_back(std::move(m));
        }
        if (index + 1 < dir.entries().size() &&
            out.back().id.substr(0, 14) >= dir.entries()[index + 1].id.substr(0, 14)) {
            r.message = "cannot split " + id + " into " + std::to_string(parts) +
                        " parts: their timestamps would reach " + dir.entries()[index + 1].id +
                        "; split fewer parts, or regenerate it after the next migration";
            return r;
        }
        // Write the parts (each .js from the schema the part starts from), then drop the original.
        schema::Schema state = dir.replay(index);
        const QDir qdir(QString::fromStdString(dirPath));
        for (const Migration &m : out) {
            saveTextFile(qdir.filePath(QString::fromStdString(m.id + ".json")).toStdString(), writeMigration(m));
            saveTextFile(qdir.filePath(QString::fromStdString(m.id + ".js")).toStdString(), JsWriter::write(m, &state));
            for (const auto &op : m.operations)
                ops::apply(state, op);
            r.ids.push_back(m.id);
        }
        QFile::remove(QString::fromStdString(entry.jsonPath));
        QFile::remove(QString::fromStdString(entry.jsPath));
        r.ok = true;
        r.message = "split " + id + " into " + std::to_string(parts) + " migrations:";
        for (const auto &i : r.ids)
            r.message += "\n  " + i;
    } catch (const std::exception &e) {
        r.message = e.what();
    }
    return r;
}

} // namespace sf::migrate
