#include "support/schemadumper.h"

#include "support/process.h"
#include "support/scratchdb.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <pqxx/pqxx>

namespace sf::test {
namespace {

QString normalise(QString stmt)
{
    // Constraint and index names are the only thing allowed to differ: servers name unnamed
    // constraints themselves (<table>_ibfk_N on MariaDB, <table>_<col>_fkey on PostgreSQL).
    static const QRegularExpression constraint(QStringLiteral("CONSTRAINT (\"[^\"]+\"|`[^`]+`|\\S+)"));
    static const QRegularExpression index(QStringLiteral("(INDEX|KEY) (\"[^\"]+\"|`[^`]+`|[A-Za-z0-9_]+) "));
    static const QRegularExpression autoInc(QStringLiteral(" AUTO_INCREMENT=\\d+"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    stmt.replace(constraint, QStringLiteral("CONSTRAINT <name>"));
    stmt.replace(index, QStringLiteral("\\1 <name> "));
    stmt.replace(autoInc, QString());
    stmt.replace(spaces, QStringLiteral(" "));
    return stmt.trimmed();
}

bool excluded(const QString &stmt, const QStringList &tables)
{
    for (const QString &t : tables)
        if (stmt.contains(QLatin1Char('"') + t + QLatin1Char('"')) || stmt.contains(QLatin1Char('`') + t + QLatin1Char('`'))
            || stmt.contains(QStringLiteral(".") + t + QLatin1Char(' ')))
            return true;
    return false;
}

// Sorts the lines of a statement's column list (between the first "(" line and the closing ")").
QString sortColumnLines(const QString &stmt)
{
    QStringList lines = stmt.split(QLatin1Char('\n'));
    const qsizetype open = lines.indexOf(QRegularExpression(QStringLiteral(".*\\($")));
    const qsizetype close = lines.lastIndexOf(QRegularExpression(QStringLiteral("^\\).*")));
    if (open < 0 || close <= open + 1)
        return stmt;
    QStringList cols = lines.mid(open + 1, close - open - 1);
    for (QString &c : cols)
        if (c.endsWith(QLatin1Char(',')))
            c.chop(1);
    cols.sort();
    return (lines.mid(0, open + 1) + cols + lines.mid(close)).join(QLatin1Char('\n'));
}

QString dumpPostgres(const QString &url, const DumpOptions &options, QString *error)
{
    const ProcessResult r = runProcess(QStringLiteral("pg_dump"),
        {QStringLiteral("--schema-only"), QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
         QStringLiteral("--no-comments"), QStringLiteral("-d"), url});
    if (r.exitCode != 0) {
        *error = QStringLiteral("pg_dump failed: %1").arg(r.err.left(400));
        return {};
    }
    QStringList lines;
    for (const QString &l : r.out.split(QLatin1Char('\n'))) {
        if (l.startsWith(QLatin1String("--")) || l.startsWith(QLatin1String("SET ")) ||
            l.startsWith(QLatin1String("SELECT pg_catalog.")) || l.trimmed().isEmpty() ||
            l.startsWith(QLatin1String("\\restrict")) || l.startsWith(QLatin1String("\\unrestrict")))
            continue;
        lines << l;
    }
    QStringList stmts;
    for (const QString &s : lines.join(QLatin1Char('\n')).split(QStringLiteral(";\n"))) {
        if (s.trimmed().isEmpty() || excluded(s, options.excludeTables))
            continue;
        stmts << (options.ignoreColumnOrder ? sortColumnLines(normalise(s)) : normalise(s));
    }
    stmts.sort();
    return stmts.join(QStringLiteral(";\n")) + QStringLiteral(";\n");
}

QString dumpMysql(const QString &url, const DumpOptions &options, QString *error)
{
    const QUrl u(url);
    const QString conn = QStringLiteral("dump-") + QUuid::createUuid().toString(QUuid::Id128);
    QStringList stmts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), conn);
        db.setHostName(u.host());
        db.setPort(u.port(3306));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().databaseText();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SHOW FULL TABLES"));
            QStringList tables;
            while (q.next())
                if (!options.excludeTables.contains(q.value(0).toString()))
                    tables << q.value(0).toString();
            for (const QString &t : tables) {
                QSqlQuery c(db);
                if (c.exec(QStringLiteral("SHOW CREATE TABLE `%1`").arg(t)) && c.next()) {
                    // One line per column/key, sorted keys: MariaDB lists keys in creation order.
                    QStringList parts = c.value(1).toString().split(QLatin1Char('\n'));
                    QStringList keys, cols;
                    for (const QString &p : parts) {
                        const QString n = normalise(p);
                        (n.startsWith(QLatin1String("KEY")) || n.startsWith(QLatin1String("UNIQUE KEY")) ||
                         n.startsWith(QLatin1String("CONSTRAINT")) ? keys : cols) << n.chopped(n.endsWith(QLatin1Char(',')) ? 1 : 0);
                    }
                    keys.sort();
                    if (options.ignoreColumnOrder && cols.size() > 2) {
                        QStringList body = cols.mid(1);
                        const QString last = body.takeLast();
                        body.sort();
                        cols = QStringList{cols.first()} + body + QStringList{last};
                    }
                    stmts << (cols + keys).join(QLatin1Char('\n'));
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(conn);
    stmts.sort();
    return stmts.join(QStringLiteral(";\n")) + QStringLiteral(";\n");
}

} // namespace

QString dumpSchema(const QString &url, const DumpOptions &options, QString *error)
{
    return url.startsWith(QLatin1String("postgres")) ? dumpPostgres(url, options, error) : dumpMysql(url, options, error);
}

QStringList tableNames(const QString &url, QString *error)
{
    const QUrl u(url);
    if (url.startsWith(QLatin1String("postgres"))) {
        QStringList out;
        try {
            pqxx::connection c(url.toStdString());
            pqxx::nontransaction w(c);
            for (const auto &row : w.exec("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
                out << QString::fromStdString(row[0].c_str());
        } catch (const std::exception &e) {
            *error = QString::fromUtf8(e.what());
        }
        return out;
    }
    const QString conn = QStringLiteral("tables-") + QUuid::createUuid().toString(QUuid::Id128);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), conn);
        db.setHostName(u.host());
        db.setPort(u.port(3306));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SHOW TABLES"));
            while (q.next())
                out << q.value(0).toString();
        } else {
            *error = db.lastError().databaseText();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    out.sort();
    return out;
}

} // namespace sf::test
