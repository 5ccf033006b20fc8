#include "ui/preview/sqlformatter.h"

#include <QRegularExpression>

namespace sf::ui {

QString SqlFormatter::pretty(const QString &sql)
{
    static const QRegularExpression createTable(
        QStringLiteral("^(?:\\s*--[^\\n]*\\n)*\\s*CREATE\\s+(?:TEMPORARY\\s+)?TABLE\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(sql.size() + sql.size() / 8);
    const int n = int(sql.size());
    int statementStart = 0;
    bool inCreate = false; // decided at the first '(' of the statement
    bool decided = false;
    int depth = 0;
    int listDepth = -1; // depth of the column list while inside it
    for (int i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            int j = i + 1;
            while (j < n) {
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            out += sql.mid(i, std::min(j, n - 1) - i + 1);
            i = j;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            const int end = int(sql.indexOf(QLatin1Char('\n'), i));
            const int stop = end < 0 ? n : end;
            out += sql.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char(';') && depth == 0) {
            out += c;
            statementStart = i + 1;
            decided = inCreate = false;
            listDepth = -1;
            continue;
        }
        if (c == QLatin1Char('(')) {
            if (!decided) {
                decided = true;
                inCreate = createTable.match(sql.mid(statementStart, i - statementStart)).hasMatch();
            }
            ++depth;
            out += c;
            if (inCreate && depth == 1 && listDepth < 0) {
                listDepth = 1;
                out += QStringLiteral("\n    ");
                while (i + 1 < n && sql.at(i + 1) == QLatin1Char(' '))
                    ++i;
            }
            continue;
        }
        if (c == QLatin1Char(')')) {
            if (listDepth == depth && depth == 1) {
                while (out.endsWith(QLatin1Char(' ')))
                    out.chop(1);
                out += QStringLiteral("\n)");
                listDepth = 0; // done with this statement's list
                --depth;
                continue;
            }
            depth = std::max(0, depth - 1);
            out += c;
            continue;
        }
        if (c == QLatin1Char(',') && listDepth == 1 && depth == 1) {
            out += QStringLiteral(",\n    ");
            while (i + 1 < n && sql.at(i + 1) == QLatin1Char(' '))
                ++i;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace sf::ui
