// Migration JSON files.
#include "core/migrate/migrationfile.h"

#include "core/ops/opjson.h"

#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace sf::migrate {

using json = nlohmann::ordered_json;

std::string writeMigration(const Migration &m)
{
    json j;
    j["format"] = Migration::kFormat;
    j["id"] = m.id;
    json list = json::array();
    for (const auto &op : m.operations)
        list.push_back(ops::toJson(op));
    j["operations"] = std::move(list);
    return j.dump(2) + "\n";
}

Migration readMigration(std::string_view text, const std::string &fileName)
{
    json j;
    try {
        j = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        std::string what = e.what();
        if (auto p = what.find("parse error"); p != std::string::npos)
            what = what.substr(p);
        throw MigrationFileError(fileName + ": not valid JSON (" + what + ")");
    }
    if (!j.is_object())
        throw MigrationFileError(fileName + ": expected a JSON object");
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.key() != "format" && it.key() != "id" && it.key() != "operations")
            throw MigrationFileError(fileName + ": unknown key \"" + it.key() + "\"");
    if (!j.contains("format") || !j["format"].is_string() || j["format"].get<std::string>() != Migration::kFormat)
        throw MigrationFileError(fileName + ": \"format\" must be \"" + std::string(Migration::kFormat) + "\"");
    if (!j.contains("id") || !j["id"].is_string() || j["id"].get<std::string>().empty())
        throw MigrationFileError(fileName + ": \"id\" must be a non-empty string");
    if (!j.contains("operations") || !j["operations"].is_array())
        throw MigrationFileError(fileName + ": \"operations\" must be an array");
    Migration m;
    m.id = j["id"].get<std::string>();
    const json &list = j["operations"];
    for (size_t i = 0; i < list.size(); ++i) {
        try {
            m.operations.push_back(ops::operationFromJson(list[i], "operations[" + std::to_string(i) + "]"));
        } catch (const ops::OperationJsonError &e) {
            throw MigrationFileError(fileName + ": " + e.what());
        }
    }
    return m;
}

Migration loadMigrationFile(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        throw MigrationFileError(path + ": cannot read (" + f.errorString().toStdString() + ")");
    const QByteArray bytes = f.readAll();
    return readMigration(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), path);
}

void saveTextFile(const std::string &path, const std::string &text)
{
    QSaveFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::WriteOnly))
        throw MigrationFileError(path + ": cannot write (" + f.errorString().toStdString() + ")");
    f.write(text.data(), static_cast<qint64>(text.size()));
    if (!f.commit())
        throw MigrationFileError(path + ": cannot write (" + f.errorString().toStdString() + ")");
}

} // namespace sf::migrate
