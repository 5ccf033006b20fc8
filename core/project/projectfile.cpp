// ProjectFile: parsing with line/column errors, atomic pretty-printed saving.
#include "core/project/projectfile.h"

#include "core/project/jsonreader.h"
#include "core/project/projectjson.h"

#include <QFile>
#include <QSaveFile>

#include <vector>

namespace sf::project {

namespace {

using Json = nlohmann::ordered_json;

constexpr int kMaxDepth = 64;

} // namespace

LoadResult ProjectFile::loadFromString(std::string_view text)
{
    LoadResult r;
    if (text.size() > kMaxFileBytes) {
        r.error =
            "the file is " + std::to_string(text.size() / (1024 * 1024)) + " MB; project files are limited to 64 MB";
        return r;
    }
    size_t firstNonSpace = text.find_first_not_of(" \t\r\n");
    if (firstNonSpace == std::string_view::npos) {
        r.error = "the file is empty; a project file is a JSON object with \"format\": \"schemaforge/1\"";
        return r;
    }
    Json root;
    try {
        std::string limitError;
        if (!json::parseDocument(text, kMaxDepth, &root, &limitError)) {
            r.error = limitError;
            return r;
        }
    } catch (const Json::parse_error &e) {
        const size_t byte = e.byte == 0 ? 0 : std::min<size_t>(e.byte - 1, text.size());
        size_t line = 1, col = 1;
        for (size_t i = 0; i < byte; ++i) {
            if (text[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        std::string what = e.what();
        const size_t at = what.find("syntax error ");
        std::string detail = at == std::string::npos ? what : what.substr(at + 13);
        r.error = "syntax error at line " + std::to_string(line) + ", column " + std::to_string(col) + ": " + detail;
        return r;
    } catch (const std::exception &e) {
        r.error = std::string("cannot read the JSON: ") + e.what();
        return r;
    }
    try {
        r.ok = json::readProjectJson(root, &r.project, &r.error);
    } catch (const std::exception &e) {
        r.ok = false;
        r.error = std::string("cannot read the project: ") + e.what();
    }
    if (!r.ok)
        r.project = Project{};
    return r;
}

LoadResult ProjectFile::load(const std::string &path)
{
    LoadResult r;
    QFile f(QString::fromStdString(path));
    if (!f.exists()) {
        r.error = path + ": no such file";
        return r;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = path + ": cannot open: " + f.errorString().toStdString();
        return r;
    }
    if (static_cast<size_t>(f.size()) > kMaxFileBytes) {
        r.error = path + ": the file is " + std::to_string(f.size() / (1024 * 1024)) +
                  " MB; project files are limited to 64 MB";
        return r;
    }
    const QByteArray bytes = f.readAll();
    r = loadFromString(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    if (!r.ok)
        r.error = path + ": " + r.error;
    return r;
}

std::string ProjectFile::saveToString(const Project &project)
{
    try {
        return json::writeProjectJson(project).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    } catch (const std::exception &) {
        return {};
    }
}

SaveResult ProjectFile::save(const Project &project, const std::string &path)
{
    SaveResult r;
    const std::string text = saveToString(project);
    if (text.empty()) {
        r.error = "cannot serialise the project";
        return r;
    }
    QSaveFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::WriteOnly)) {
        r.error = path + ": cannot write: " + f.errorString().toStdString();
        return r;
    }
    if (f.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
        r.error = path + ": cannot write: " + f.errorString().toStdString();
        f.cancelWriting();
        return r;
    }
    if (!f.commit()) {
        r.error = path + ": cannot save: " + f.errorString().toStdString();
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace sf::project
