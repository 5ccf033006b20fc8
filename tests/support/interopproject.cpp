#include "support/interopproject.h"

#include <QDir>
#include <QFile>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <random>

namespace sf::test {
namespace {

using nlohmann::ordered_json;

bool readJson(const QString &path, ordered_json *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    try {
        *out = ordered_json::parse(f.readAll().toStdString());
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

bool writeText(const QString &path, const QByteArray &text, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool writeJson(const QString &path, const ordered_json &j, QString *error)
{
    return writeText(path, QByteArray::fromStdString(j.dump(2) + "\n"), error);
}

} // namespace

int interopEditCount()
{
    return 6;
}

bool applyInteropEdit(const QString &projectFile, int step, QString *error)
{
    ordered_json p;
    if (!readJson(projectFile, &p, error))
        return false;
    auto &models = p["models"];
    auto &first = models.at(0);
    auto findAttr = [&](const char *id) -> ordered_json * {
        for (auto &a : first["attributes"])
            if (a.value("id", "") == id)
                return &a;
        return nullptr;
    };
    switch (step) {
    case 0: // add a column
        first["attributes"].push_back({{"id", "a-interop-note"}, {"name", "interopNote"}, {"type", "STRING(40)"}});
        break;
    case 1: // rename it (same id: must become renameColumn, never drop + add)
        if (auto *a = findAttr("a-interop-note"))
            (*a)["name"] = "interopRemark";
        break;
    case 2: // widen the type, make it NOT NULL with a default
        if (auto *a = findAttr("a-interop-note")) {
            (*a)["type"] = "STRING(120)";
            (*a)["allowNull"] = false;
            (*a)["defaultValue"] = "n/a";
        }
        break;
    case 3: {                                              // a new model with one association of each kind
        const std::string firstId = first.value("id", ""); // before push_back invalidates `first`
        models.push_back({{"id", "m-interop-tag"},
                          {"name", "InteropTag"},
                          {"attributes", ordered_json::array({{{"id", "a-interop-tag-label"},
                                                               {"name", "label"},
                                                               {"type", "STRING(60)"},
                                                               {"allowNull", false}}})}});
        auto &as = p["associations"];
        if (!as.is_array())
            as = ordered_json::array();
        as.push_back({{"id", "as-interop-one"},
                      {"type", "oneToOne"},
                      {"source", firstId},
                      {"target", "m-interop-tag"},
                      {"foreignKey", "ownerId"}});
        as.push_back({{"id", "as-interop-many"},
                      {"type", "oneToMany"},
                      {"source", "m-interop-tag"},
                      {"target", firstId},
                      {"foreignKey", "primaryTagId"}});
        as.push_back({{"id", "as-interop-m2m"},
                      {"type", "manyToMany"},
                      {"source", firstId},
                      {"target", "m-interop-tag"},
                      {"through", "InteropTagLinks"},
                      {"foreignKey", "itemId"},
                      {"otherKey", "tagId"}});
        break;
    }
    case 4: { // remove the one-to-many association again
        auto &as = p["associations"];
        for (auto it = as.begin(); it != as.end(); ++it)
            if (it->value("id", "") == "as-interop-many") {
                as.erase(it);
                break;
            }
        break;
    }
    case 5: { // a table comment, and the renamed column moved to the front (changeTableComment, reorderColumns)
        first["comment"] = "Interop: it's commented";
        auto &attrs = first["attributes"];
        for (auto it = attrs.begin(); it != attrs.end(); ++it)
            if (it->value("id", "") == "a-interop-note") {
                ordered_json moved = *it;
                attrs.erase(it);
                attrs.insert(attrs.begin(), moved);
                break;
            }
        break;
    }
    default:
        *error = QStringLiteral("no interop edit %1").arg(step);
        return false;
    }
    return writeJson(projectFile, p, error);
}

bool writeRandomProject(const QString &projectFile, std::uint32_t seed, QString *error)
{
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    static const char *types[] = {
        "STRING", "STRING(80)",         "TEXT", "INTEGER", "BIGINT", "BOOLEAN", "DATE", "DATEONLY", "DECIMAL(10,2)",
        "DOUBLE", "ENUM('new','used')", "UUID"};
    static const char *nouns[] = {"Invoice",  "Customer", "Warehouse", "Shipment",
                                  "Supplier", "Category", "Person",    "Review"};
    ordered_json models = ordered_json::array();
    const int nModels = 3 + pick(4);
    for (int m = 0; m < nModels; ++m) {
        ordered_json attrs = ordered_json::array();
        const int nAttrs = 1 + pick(5);
        for (int a = 0; a < nAttrs; ++a) {
            ordered_json attr{{"id", "a-r" + std::to_string(m) + "-" + std::to_string(a)},
                              {"name", "field" + std::to_string(a)},
                              {"type", types[pick(static_cast<int>(std::size(types)))]}};
            if (pick(3) == 0)
                attr["allowNull"] = false;
            attrs.push_back(attr);
        }
        models.push_back({{"id", "m-r" + std::to_string(m)}, {"name", nouns[m]}, {"attributes", attrs}});
    }
    ordered_json assocs = ordered_json::array();
    const int nAssoc = 2 + pick(4);
    for (int i = 0; i < nAssoc; ++i) {
        int s = pick(nModels), t = pick(nModels);
        if (s == t)
            t = (t + 1) % nModels;
        const int kind = i < 3 ? i : pick(3);
        const std::string id = "as-r" + std::to_string(i);
        ordered_json a{{"id", id},
                       {"type", kind == 0   ? "oneToOne"
                                : kind == 1 ? "oneToMany"
                                            : "manyToMany"},
                       {"source", "m-r" + std::to_string(s)},
                       {"target", "m-r" + std::to_string(t)}};
        if (kind == 2) {
            a["through"] = "RandomLink" + std::to_string(i);
            a["foreignKey"] = "leftId";
            a["otherKey"] = "rightId";
        } else {
            a["foreignKey"] = "link" + std::to_string(i) + "Id";
            if (pick(2))
                a["onDelete"] = "CASCADE";
        }
        assocs.push_back(a);
    }
    ordered_json p{{"format", "schemaforge/1"},
                   {"name", "random" + std::to_string(seed)},
                   {"models", models},
                   {"associations", assocs}};
    return writeJson(projectFile, p, error);
}

bool writeSequelizeCliConfig(const QString &dir, const QString &url, QString *error)
{
    const QString dialect =
        url.startsWith(QLatin1String("postgres")) ? QStringLiteral("postgres") : QStringLiteral("mysql");
    QString u = url;
    if (dialect == QLatin1String("mysql") && u.startsWith(QLatin1String("mariadb:")))
        u.replace(0, 7, QStringLiteral("mysql"));
    ordered_json cfg{
        {"development", {{"url", u.toStdString()}, {"dialect", dialect.toStdString()}, {"logging", false}}}};
    if (!writeJson(QDir(dir).filePath(QStringLiteral("sequelize-config.json")), cfg, error))
        return false;
    return writeText(QDir(dir).filePath(QStringLiteral(".sequelizerc")),
                     "const path = require('path');\n"
                     "module.exports = {\n"
                     "  config: path.resolve(__dirname, 'sequelize-config.json'),\n"
                     "  'migrations-path': path.resolve(__dirname, 'migrations'),\n"
                     "  'models-path': path.resolve(__dirname, 'models'),\n"
                     "};\n",
                     error);
}

QStringList migrationFiles(const QString &dir)
{
    QStringList files = QDir(QDir(dir).filePath(QStringLiteral("migrations")))
                            .entryList({QStringLiteral("*.js")}, QDir::Files, QDir::Name);
    return files;
}

} // namespace sf::test
