// Published schemas as test fixtures: cache lookup, per-file preprocessing, statement splitting.
#include "support/publishedschema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace sf::test {

namespace {

struct Fixture {
    const char *name;
    const char *dialect;
    const char *package;
    const char *file; // inside the extracted package
    // How the file becomes a script: "sql" (as is), "heredoc" (the body of the shell script's
    // <<END-OF-DATA here-document: Bacula's make_*_tables run psql/mysql/sqlite3 that way).
    const char *form;
};

// PowerDNS 4.7 generic SQL backends (schema.<db>.sql; on MySQL also enable-foreign-keys.mysql.sql,
// which the PowerDNS docs tell MySQL users to run for the foreign keys the other two declare inline)
// the Bacula 9.6 director catalogue (make_<db>_tables) and the FreeRADIUS 3.2 SQL module's main schema
// (freeradius-config ships mods-config/sql/main/<db>/schema.sql for all three).
const Fixture kFixtures[] = {
    {"pdns", "postgres", "pdns-backend-pgsql", "usr/share/pdns-backend-pgsql/schema/schema.pgsql.sql", "sql"},
    {"pdns", "mysql", "pdns-backend-mysql", "usr/share/pdns-backend-mysql/schema/schema.mysql.sql", "sql"},
    {"pdns", "sqlite", "pdns-backend-sqlite3", "usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql", "sql"},
    {"bacula", "postgres", "bacula-director-pgsql", "usr/share/bacula-director/make_postgresql_tables", "heredoc"},
    {"bacula", "mysql", "bacula-director-mysql", "usr/share/bacula-director/make_mysql_tables", "heredoc"},
    {"bacula", "sqlite", "bacula-director-sqlite3", "usr/share/bacula-director/make_sqlite3_tables", "heredoc"},
    {"freeradius", "postgres", "freeradius-config", "etc/freeradius/3.0/mods-config/sql/main/postgresql/schema.sql",
     "sql"},
    {"freeradius", "mysql", "freeradius-config", "etc/freeradius/3.0/mods-config/sql/main/mysql/schema.sql", "sql"},
    {"freeradius", "sqlite", "freeradius-config", "etc/freeradius/3.0/mods-config/sql/main/sqlite/schema.sql", "sql"},
};

QString cacheDir()
{
    const QString env = qEnvironmentVariable("SF_REALWORLD_CACHE");
    return env.isEmpty() ? QStringLiteral(SF_BINARY_DIR "/realworld-cache") : env;
}

QString readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = "cannot read " + path;
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

// The body of `<<END-OF-DATA ... END-OF-DATA` with what the shell would have done to it undone
// (${db_name} is only used in MySQL's leading "USE ${db_name};", which is dropped: the test
// connection already points at its database; "\$" becomes "$").
QString heredocBody(const QString &script, QString *error)
{
    const int start = script.indexOf(QStringLiteral("<<END-OF-DATA\n"));
    const int end = script.indexOf(QStringLiteral("\nEND-OF-DATA"), start + 1);
    if (start < 0 || end < 0) {
        *error = QStringLiteral("no <<END-OF-DATA here-document in the script");
        return {};
    }
    QString body = script.mid(start + 14, end - start - 14);
    body.remove(QRegularExpression(QStringLiteral("^USE \\$\\{db_name\\};\\s*$"), QRegularExpression::MultilineOption));
    body.replace(QStringLiteral("\\$"), QStringLiteral("$"));
    return body;
}

} // namespace

QStringList PublishedSchema::names()
{
    return {QStringLiteral("pdns"), QStringLiteral("bacula"), QStringLiteral("freeradius")};
}

PublishedSchema PublishedSchema::load(const QString &name, const QString &dialect)
{
    PublishedSchema s;
    s.name = name;
    s.dialect = dialect;
    const Fixture *fx = nullptr;
    for (const Fixture &f : kFixtures)
        if (name == QLatin1String(f.name) && dialect == QLatin1String(f.dialect))
            fx = &f;
    if (!fx) {
        s.error = "no fixture " + name + " for " + dialect;
        return s;
    }
    s.package = QLatin1String(fx->package);
    const QDir cache(cacheDir());
    QStringList dirs;
    for (const QString &d : cache.entryList({s.package + "_*"}, QDir::Dirs, QDir::Name))
        if (QFile::exists(cache.filePath(d + "/.complete")))
            dirs << d;
    if (dirs.isEmpty()) {
        s.error = "the published schema package " + s.package + " is not in the cache " + cache.path() +
                  "; run .ci/fetch-schemas.sh " + cache.path() + " (test.sh does this before ctest)";
        return s;
    }
    const QString dir = cache.filePath(dirs.last());
    s.version = dirs.last().mid(s.package.size() + 1);
    s.file = dir + "/" + QLatin1String(fx->file);
    QString script = readFile(s.file, &s.error);
    if (!s.error.isEmpty())
        return s;
    if (QLatin1String(fx->form) == QLatin1String("heredoc"))
        script = heredocBody(script, &s.error);
    if (name == QLatin1String("pdns") && dialect == QLatin1String("mysql"))
        script += "\n" + readFile(dir + "/usr/share/pdns-backend-mysql/schema/enable-foreign-keys.mysql.sql", &s.error);
    if (!s.error.isEmpty())
        return s;
    for (const QString &st : splitSqlStatements(script, dialect == QLatin1String("mysql"))) {
        // The SQLite connection turns foreign keys on itself; the script's PRAGMA is a no-op there.
        if (st.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive))
            continue;
        s.statements << st;
    }
    if (s.statements.isEmpty())
        s.error = "no statements in " + s.file;
    return s;
}

QStringList splitSqlStatements(const QString &script, bool mysqlComments)
{
    QStringList out;
    QString cur;
    const int n = int(script.size());
    auto flush = [&] {
        const QString t = cur.trimmed();
        if (!t.isEmpty())
            out << t;
        cur.clear();
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == '-' && next == '-') { // line comment
            while (i < n && script.at(i) != '\n')
                ++i;
            cur += '\n';
        } else if (mysqlComments && c == '#') {
            while (i < n && script.at(i) != '\n')
                ++i;
            cur += '\n';
        } else if (c == '/' && next == '*') {
            const int end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            cur += ' ';
        } else if (c == '\'' || c == '"' || c == '`') {
            const int start = i;
            for (++i; i < n; ++i) {
                if (script.at(i) == '\\' && c == '\'' && mysqlComments) {
                    ++i;
                } else if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c)
                        ++i; // doubled quote
                    else
                        break;
                }
            }
            cur += script.mid(start, i - start + 1);
        } else if (c == '$') { // PostgreSQL dollar quote $tag$ ... $tag$
            static const QRegularExpression tag(QStringLiteral("\\G\\$[A-Za-z_]*\\$"));
            const auto m = tag.match(script, i);
            if (m.hasMatch()) {
                const int end = script.indexOf(m.captured(0), i + int(m.capturedLength()));
                const int stop = end < 0 ? n : end + int(m.capturedLength());
                cur += script.mid(i, stop - i);
                i = stop - 1;
            } else {
                cur += c;
            }
        } else if (c == ';') {
            flush();
        } else {
            cur += c;
        }
    }
    flush();
    return out;
}

} // namespace sf::test
