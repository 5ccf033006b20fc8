#include "support/testenv.h"

#include <QDir>

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

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(SF_SOURCE_DIR)).filePath(relative);
}

} // namespace sf::test
