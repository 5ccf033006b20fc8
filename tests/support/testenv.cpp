#include "support/testenv.h"

#include <QDir>
#include <QFileInfo>

namespace sf::test {

QString databaseUrl(const char *var, bool *skip, QString *error)
{
    *skip = false;
    const QString url = qEnvironmentVariable(var);
    if (!url.isEmpty())
        return url;
    if (qEnvironmentVariable("SF_TEST_SKIP_DB") == QLatin1String("1")) {
        *skip = true;
        return {};
    }
    *error = QStringLiteral("%1 is not set: this test needs the database server that ./test.sh starts. "
                            "Run ./test.sh, or export %1, or set SF_TEST_SKIP_DB=1 to skip database tests explicitly.")
                 .arg(QLatin1String(var));
    return {};
}

const char *adminUrlVariable(const QString &dialect)
{
    if (dialect == QLatin1String("postgres"))
        return "SF_TEST_PG_URL";
    if (dialect == QLatin1String("mysql"))
        return "SF_TEST_MYSQL_URL";
    return nullptr;
}

QString nodeModules(QString *error)
{
    const QString modules = qEnvironmentVariable("SF_TEST_NODE_MODULES");
    if (modules.isEmpty() || !QFileInfo::exists(QDir(modules).filePath(QStringLiteral(".bin/sequelize-cli")))) {
        *error = QStringLiteral("SF_TEST_NODE_MODULES is not set or has no sequelize-cli: ./test.sh installs the "
                                "pinned sequelize-cli with npm ci and exports it");
        return {};
    }
    return modules;
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(SF_SOURCE_DIR)).filePath(relative);
}

} // namespace sf::test
