#pragma once
// adoptproject prepares the sequelize-cli fixture projects of tests/fixtures/adopt for the adopt
// tests: copies one into a temp folder, links the real sequelize/sequelize-cli (SF_TEST_NODE_MODULES)
// as its node_modules, gives each test two databases A and B of one dialect (scratch databases on the
// throwaway servers, or SQLite files), and runs sequelize-cli, schemaforge-cli and node in it.

#include "support/process.h"
#include "support/scratchdb.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sf::test {

class AdoptProject
{
public:
    // dialect: "postgres", "mysql" or "sqlite". On failure error() says why (a missing server URL,
    // SF_TEST_NODE_MODULES unset, a fixture that does not exist).
    AdoptProject(const QString &fixture, const QString &dialect);
    ~AdoptProject();

    QString error() const { return m_error; }
    QString root() const { return m_root; }      // the copied project
    QString path(const QString &relative) const; // a file in it
    QString urlA() const { return m_urlA; }      // SchemaForge URL of database A
    QString urlB() const { return m_urlB; }
    // The URL sequelize-cli takes for A / B (sqlite:///abs/path for SQLite).
    QString nodeUrl(const QString &url) const;
    QString envVar() const { return m_envVar; } // variable the fixture's config reads

    // Environment with envVar() = nodeUrl(urlA()) (the project's "development" database).
    QProcessEnvironment environment() const;
    ProcessResult sequelizeCli(const QStringList &args, const QString &url) const;
    ProcessResult cli(const QStringList &args, const QProcessEnvironment &env) const;
    ProcessResult cli(const QStringList &args) const { return cli(args, environment()); }
    ProcessResult node(const QString &script, const QString &url) const; // node -e script, env set

    bool writeFile(const QString &relative, const QByteArray &content) const;
    QByteArray readFile(const QString &relative) const;

private:
    QTemporaryDir m_tmp;
    QString m_root;
    QString m_dialect;
    QString m_urlA, m_urlB;
    QString m_envVar = QStringLiteral("BLOG_DATABASE_URL");
    QString m_error;
    std::unique_ptr<ScratchDatabase> m_a, m_b;
};

} // namespace sf::test
