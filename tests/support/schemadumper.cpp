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
        if (stmt.contains(QLatin1Char('"') + t + QLatin1Char('"')) ||
            stmt.contains(QLatin1Char('`') + t + QLatin1Char('`')) ||
            stmt.contains(QStringLiteral(".") + t + QLatin1Char(' ')))
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
    const ProcessResult r = runPgClient(QStringLiteral("pg_dump"),
                                        {QStringLiteral("--schema-only"), QStringLiteral("--no-owner"),
                                         QStringLiteral("--no-privileges"), QStringLiteral("--no-comments")},
                                        url);
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
                                 n.startsWith(QLatin1String("CONSTRAINT"))
                             ? keys
                             : cols)
                            << n.chopped(n.endsWith(QLatin1Char(',')) ? 1 : 0);
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

// SQLite has no dump tool that normalises: one line per object from the catalog pragmas (columns,
// primary key, AUTOINCREMENT, foreign keys with actions, indexes with uniqueness and columns).
QString dumpSqlite(const QString &url, const DumpOptions &options, QString *error)
{
    const QString conn = QStringLiteral("dump-") + QUuid::createUuid().toString(QUuid::Id128);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(url.mid(7));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
            std::vector<std::pair<QString, QString>> tables;
            while (q.next())
                tables.emplace_back(q.value(0).toString(), q.value(1).toString());
            for (const auto &[t, sql] : tables) {
                if (options.excludeTables.contains(t))
                    continue;
                QStringList cols;
                QSqlQuery c(db);
                c.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('%1')")
                           .arg(t));
                while (c.next())
                    cols << QStringLiteral("  %1 %2%3%4%5")
                                .arg(c.value(0).toString(), c.value(1).toString().toUpper(),
                                     c.value(2).toInt() ? QStringLiteral(" NOT NULL") : QString(),
                                     c.value(3).isNull() ? QString()
                                                         : QStringLiteral(" DEFAULT ") + c.value(3).toString(),
                                     c.value(4).toInt() ? QStringLiteral(" PK%1").arg(c.value(4).toInt()) : QString());
                if (options.ignoreColumnOrder)
                    cols.sort();
                out << QStringLiteral("TABLE %1%2 (\n%3\n)")
                           .arg(t,
                                sql.contains(QLatin1String("AUTOINCREMENT"), Qt::CaseInsensitive)
                                    ? QStringLiteral(" AUTOINCREMENT")
                                    : QString(),
                                cols.join(QLatin1Char('\n')));
                QSqlQuery f(db);
                f.exec(QStringLiteral("SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM "
                                      "pragma_foreign_key_list('%1') ORDER BY id, seq")
                           .arg(t));
                while (f.next())
                    out << QStringLiteral("FOREIGN KEY %1(%2) REFERENCES %3(%4) ON UPDATE %5 ON DELETE %6")
                               .arg(t, f.value(1).toString(), f.value(0).toString(), f.value(2).toString(),
                                    f.value(3).toString(), f.value(4).toString());
                QSqlQuery ix(db);
                ix.exec(QStringLiteral("SELECT name, \"unique\", origin FROM pragma_index_list('%1')").arg(t));
                std::vector<std::tuple<QString, bool, QString>> indexes;
                while (ix.next())
                    indexes.emplace_back(ix.value(0).toString(), ix.value(1).toBool(), ix.value(2).toString());
                for (const auto &[name, unique, origin] : indexes) {
                    QStringList icols;
                    QSqlQuery ic(db);
                    ic.exec(QStringLiteral("SELECT name FROM pragma_index_info('%1') ORDER BY seqno").arg(name));
                    while (ic.next())
                        icols << ic.value(0).toString();
                    // origin: c = CREATE INDEX, u = UNIQUE constraint, pk = primary key
                    out << QStringLiteral("%1 %2 ON %3 (%4)")
                               .arg(origin == QLatin1String("c") ? QStringLiteral("INDEX")
                                                                 : QStringLiteral("CONSTRAINT"),
                                    unique ? QStringLiteral("UNIQUE") : QStringLiteral("PLAIN"), t,
                                    icols.join(QStringLiteral(", ")));
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(conn);
    out.sort();
    return error->isEmpty() ? out.join(QLatin1Char('\n')) + QLatin1Char('\n') : QString();
}

QString dumpSchema(const QString &url, const DumpOptions &options, QString *error)
{
    if (url.startsWith(QLatin1String("sqlite:")))
        return dumpSqlite(url, options, error);
    return url.startsWith(QLatin1String("postgres")) ? dumpPostgres(url, options, error)
                                                     : dumpMysql(url, options, error);
}

QStringList tableNames(const QString &url, QString *error)
{
    const QUrl u(url);
    if (url.startsWith(QLatin1String("sqlite:"))) {
        QStringList out;
        const QString conn = QStringLiteral("tables-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(url.mid(7));
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                q.exec(QStringLiteral(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
                while (q.next())
                    out << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(conn);
        return out;
    }
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
