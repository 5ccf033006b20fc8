// Migration JSON files.
#include "core/migrate/migrationfile.h"

#include "core/ops/opjson.h"

#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace sf::migrate {

using json = nlohmann::ordered_json;

namespace {

std::string write(const Migration &m, const MigrationParent *parent)
{
    json j;
    j["format"] = Migration::kFormat;
    j["id"] = m.id;
    if (parent)
        j["parent"] = {{"id", parent->id.empty() ? json(nullptr) : json(parent->id)}, {"schema", parent->schemaHash}};
    json list = json::array();
    for (const auto &op : m.operations)
        list.push_back(ops::toJson(op));
    j["operations"] = std::move(list);
    return j.dump(2) + "\n";
}

} // namespace

std::string writeMigration(const Migration &m)
{
    return write(m, nullptr);
}

std::string writeMigration(const Migration &m, const MigrationParent &parent)
{
    return write(m, &parent);
}

std::optional<MigrationParent> readMigrationParent(std::string_view text, const std::string &fileName)
{
    json j;
    try {
        j = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &) {
        throw MigrationFileError(fileName + ": not valid JSON");
    }
    if (!j.is_object() || !j.contains("parent"))
        return std::nullopt;
    const json &p = j["parent"];
    if (!p.is_object() || !p.contains("schema") || !p["schema"].is_string() || !p.contains("id") ||
        !(p["id"].is_string() || p["id"].is_null()))
        throw MigrationFileError(fileName + ": \"parent\" must be {\"id\": previous id or null, \"schema\": hash}");
    return MigrationParent{p["id"].is_null() ? std::string() : p["id"].get<std::string>(),
                           p["schema"].get<std::string>()};
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
        if (it.key() != "format" && it.key() != "id" && it.key() != "operations" && it.key() != "parent")
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
