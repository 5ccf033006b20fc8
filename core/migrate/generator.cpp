// Writing the next migration.
#include "core/migrate/generator.h"

#include "core/design/validator.h"
#include "core/diff/differ.h"
#include "core/migrate/branches.h"
#include "core/migrate/jswriter.h"
#include "core/ops/describe.h"
#include "core/ops/inverse.h"
#include "core/ops/replay.h"
#include "core/schema/lowering.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>

#include <cctype>

namespace sf::migrate {

std::string Generator::slugify(const std::string &name)
{
    std::string r;
    bool dash = false;
    char prev = 0;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            // camelCase / PascalCase word boundaries become dashes: StudentCourse -> student-course
            if (std::isupper(u) && prev && std::islower(static_cast<unsigned char>(prev)) && !r.empty())
                dash = true;
            if (dash && !r.empty())
                r += '-';
            dash = false;
            r += static_cast<char>(std::tolower(u));
        } else {
            dash = true;
        }
        prev = c;
    }
    if (r.size() > 80)
        r.resize(80);
    while (!r.empty() && r.back() == '-')
        r.pop_back();
    return r;
}

std::string Generator::slugFor(const std::vector<ops::Operation> &list)
{
    std::vector<const ops::Operation *> main;
    for (const auto &op : list)
        if (!std::holds_alternative<ops::AddIndex>(op) && !std::holds_alternative<ops::AddUnique>(op) &&
            !std::holds_alternative<ops::AddForeignKey>(op) && !std::holds_alternative<ops::RemoveIndex>(op) &&
            !std::holds_alternative<ops::RemoveUnique>(op) && !std::holds_alternative<ops::RemoveForeignKey>(op))
            main.push_back(&op);
    if (main.empty())
        return list.empty() ? "update-schema" : "update-keys-and-indexes";
    bool allCreate = true;
    for (const auto *op : main)
        allCreate = allCreate && std::holds_alternative<ops::CreateTable>(*op);
    if (allCreate) {
        if (main.size() > 3)
            return "create-" + std::to_string(main.size()) + "-tables";
        std::string r = "create";
        for (const auto *op : main)
            r += "-" + slugify(std::get<ops::CreateTable>(*op).table.name);
        return r;
    }
    if (main.size() != 1)
        return "update-schema";
    const ops::Operation &op = *main.front();
    std::string s;
    if (const auto *o = std::get_if<ops::AddColumn>(&op))
        s = "add-" + slugify(o->column.name) + "-to-" + slugify(o->table);
    else if (const auto *o = std::get_if<ops::RemoveColumn>(&op))
        s = "remove-" + slugify(o->column.name) + "-from-" + slugify(o->table);
    else if (const auto *o = std::get_if<ops::RenameColumn>(&op))
        s = "rename-" + slugify(o->from) + "-in-" + slugify(o->table);
    else if (const auto *o = std::get_if<ops::ChangeColumn>(&op))
        s = "change-" + slugify(o->to.name) + "-in-" + slugify(o->table);
    else if (const auto *o = std::get_if<ops::RenameTable>(&op))
        s = "rename-" + slugify(o->from) + "-to-" + slugify(o->to);
    else if (const auto *o = std::get_if<ops::DropTable>(&op))
        s = "drop-" + slugify(o->table.name);
    s = slugify(s);
    return s.empty() ? "update-schema" : s;
}

std::string Generator::utcTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toStdString();
}

std::vector<ops::Operation> Generator::pendingOperations(const project::Project &project, const MigrationDirectory &dir)
{
    const schema::Schema recorded = dir.replay();
    schema::LoweringOptions lo;
    lo.identifierLimit = kIdentifierLimit;
    const schema::Schema wanted = schema::lower(project.design, lo);
    return diff::diff(recorded, wanted);
}

namespace {

// Next timestamp strictly after every existing one (two generates in one second stay ordered).
std::string nextTimestamp(std::string ts, const MigrationDirectory &dir)
{
    // After every migration in the folder, SchemaForge's and hand-written ones alike.
    std::string last;
    for (const auto &item : dir.sequence()) {
        const std::string head = item.fileName.substr(0, 14);
        if (head.size() == 14 && head.find_first_not_of("0123456789") == std::string::npos && head > last)
            last = head;
    }
    if (last.empty() || ts > last)
        return ts;
    QDateTime t = QDateTime::fromString(QString::fromStdString(last), QStringLiteral("yyyyMMddHHmmss"));
    t.setTimeZone(QTimeZone::utc());
    return t.addSecs(1).toString(QStringLiteral("yyyyMMddHHmmss")).toStdString();
}

} // namespace

GenerateResult Generator::generate(const project::Project &project, const std::string &dirPath, const std::string &name,
                                   const GenerateOptions &options)
{
    GenerateResult r;
    // A design validate rejects would give a migration the database truncates or refuses.
    if (const auto problems = design::validate(project); design::hasErrors(problems)) {
        r.status = GenerateResult::Status::Refused;
        r.message = "refusing to write a migration while the design has errors (run validate):";
        for (const auto &p : problems)
            if (p.severity == design::Severity::Error)
                r.message += "\n  - " + p.path + ": " + p.message + (p.fix.empty() ? "" : " (fix: " + p.fix + ")");
        return r;
    }
    try {
        const MigrationDirectory dir = MigrationDirectory::load(dirPath);
        // A merge of two branches that each generated from the same parent: the later one first needs
        // a rebase, or the next migration would build on a history nobody tested.
        if (const auto forks = Branches::forks(dir); !forks.empty()) {
            r.status = GenerateResult::Status::Refused;
            r.message = "refusing to generate on a forked history:";
            for (const auto &f : forks)
                r.message += "\n  - " + f.message;
            return r;
        }
        for (const auto &file : dir.uncoveredHandWritten())
            r.warnings.push_back(file +
                                 " is a hand-written migration the checkpoint does not cover: what it changes is "
                                 "not part of the recorded schema (run schemaforge-cli adopt again to refresh "
                                 "the checkpoint)");
        r.operations = pendingOperations(project, dir);
        if (r.operations.empty()) {
            r.status = GenerateResult::Status::NoChanges;
            r.message = "No changes";
            return r;
        }
        for (const auto &op : r.operations)
            if (ops::destroysData(op))
                r.destructive.push_back(ops::describe(op));
        if (!r.destructive.empty() && !options.allowDestructive) {
            r.status = GenerateResult::Status::Refused;
            r.message = "refusing to write a migration that loses data; review and pass --allow-destructive:";
            for (const auto &d : r.destructive)
                r.message += "\n  - " + d;
            return r;
        }
        // Guard: the operations must replay onto the recorded schema.
        const schema::Schema recorded = dir.replay();
        schema::Schema check = recorded;
        for (const auto &op : r.operations)
            ops::apply(check, op);

        std::string ts = options.now.empty() ? utcTimestamp() : options.now;
        if (ts.size() != 14 || ts.find_first_not_of("0123456789") != std::string::npos)
            throw std::runtime_error("timestamp \"" + ts + "\" is not YYYYMMDDHHMMSS");
        ts = nextTimestamp(ts, dir);
        std::string slug = name.empty() ? slugFor(r.operations) : slugify(name);
        if (slug.empty())
            slug = "update-schema";
        Migration m{ts + "-" + slug, r.operations};
        if (!QDir().mkpath(QString::fromStdString(dirPath)))
            throw std::runtime_error("cannot create the migrations folder " + dirPath);
        const QDir qdir(QString::fromStdString(dirPath));
        r.id = m.id;
        r.jsonPath = qdir.filePath(QString::fromStdString(m.id + ".json")).toStdString();
        const FolderStyle style = FolderStyle::detect(dirPath);
        r.jsPath = qdir.filePath(QString::fromStdString(m.id + style.extension)).toStdString();
        saveTextFile(r.jsonPath, writeMigration(m, Branches::parentFor(dir)));
        saveTextFile(r.jsPath, JsWriter::write(m, &recorded, style));
        r.status = GenerateResult::Status::Written;
        r.message = "wrote " + r.jsonPath + " and " + r.jsPath;
    } catch (const std::exception &e) {
        r.status = GenerateResult::Status::Error;
        r.message = e.what();
    }
    return r;
}

} // namespace sf::migrate
