#include "ui/database/sqlhighlighter.h"

#include <QStringList>

namespace sf::ui {

namespace {
enum BlockState { Normal = 0, InBlockComment = 1 };
}

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    static const QStringList words = {
        QStringLiteral("ADD"), QStringLiteral("ALTER"), QStringLiteral("AND"), QStringLiteral("AS"),
        QStringLiteral("ASC"), QStringLiteral("AUTOINCREMENT"), QStringLiteral("AUTO_INCREMENT"),
        QStringLiteral("BEGIN"), QStringLiteral("BIGINT"), QStringLiteral("BIGSERIAL"), QStringLiteral("BLOB"),
        QStringLiteral("BOOLEAN"), QStringLiteral("BY"), QStringLiteral("CASCADE"), QStringLiteral("CHAR"),
        QStringLiteral("CHARACTER"), QStringLiteral("CHECK"), QStringLiteral("COLUMN"), QStringLiteral("COMMENT"),
        QStringLiteral("COMMIT"), QStringLiteral("CONSTRAINT"), QStringLiteral("CREATE"), QStringLiteral("DATE"),
        QStringLiteral("DATETIME"), QStringLiteral("DECIMAL"), QStringLiteral("DEFAULT"), QStringLiteral("DELETE"),
        QStringLiteral("DESC"), QStringLiteral("DOUBLE"), QStringLiteral("DROP"), QStringLiteral("ENGINE"),
        QStringLiteral("ENUM"), QStringLiteral("EXISTS"), QStringLiteral("FALSE"), QStringLiteral("FLOAT"),
        QStringLiteral("FOREIGN"), QStringLiteral("FROM"), QStringLiteral("IF"), QStringLiteral("IN"),
        QStringLiteral("INDEX"), QStringLiteral("INSERT"), QStringLiteral("INTEGER"), QStringLiteral("INT"),
        QStringLiteral("INTO"), QStringLiteral("IS"), QStringLiteral("JSON"), QStringLiteral("JSONB"),
        QStringLiteral("KEY"), QStringLiteral("MODIFY"), QStringLiteral("NOT"), QStringLiteral("NULL"),
        QStringLiteral("ON"), QStringLiteral("OR"), QStringLiteral("PRAGMA"), QStringLiteral("PRIMARY"),
        QStringLiteral("REAL"), QStringLiteral("REFERENCES"), QStringLiteral("RENAME"), QStringLiteral("ROLLBACK"),
        QStringLiteral("SELECT"), QStringLiteral("SERIAL"), QStringLiteral("SET"), QStringLiteral("SMALLINT"),
        QStringLiteral("TABLE"), QStringLiteral("TEXT"), QStringLiteral("TIME"), QStringLiteral("TIMESTAMP"),
        QStringLiteral("TO"), QStringLiteral("TRANSACTION"), QStringLiteral("TRUE"), QStringLiteral("TYPE"),
        QStringLiteral("UNIQUE"), QStringLiteral("UPDATE"), QStringLiteral("USING"), QStringLiteral("UUID"),
        QStringLiteral("VALUES"), QStringLiteral("VARCHAR"), QStringLiteral("WHERE"), QStringLiteral("WITH"),
        QStringLiteral("ZONE")};
    m_keywords = QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(words.join(QLatin1Char('|'))),
                                    QRegularExpression::CaseInsensitiveOption);
    m_numbers = QRegularExpression(QStringLiteral("\\b\\d+(?:\\.\\d+)?\\b"));

    m_keywordFormat.setForeground(QColor(0x1f, 0x4e, 0xb4));
    m_keywordFormat.setFontWeight(QFont::Bold);
    m_stringFormat.setForeground(QColor(0xa3, 0x15, 0x15));
    m_identifierFormat.setForeground(QColor(0x0b, 0x7a, 0x75));
    m_numberFormat.setForeground(QColor(0x98, 0x5f, 0x00));
    m_commentFormat.setForeground(QColor(0x6a, 0x73, 0x7d));
    m_commentFormat.setFontItalic(true);
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    for (auto it = m_keywords.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keywordFormat);
    }
    for (auto it = m_numbers.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_numberFormat);
    }

    // One left-to-right scan for quotes and comments so "--" inside a string is not a comment.
    int i = 0;
    const int n = int(text.size());
    if (previousBlockState() == InBlockComment) {
        const int end = int(text.indexOf(QLatin1String("*/")));
        if (end < 0) {
            setFormat(0, n, m_commentFormat);
            setCurrentBlockState(InBlockComment);
            return;
        }
        setFormat(0, end + 2, m_commentFormat);
        i = end + 2;
    }
    setCurrentBlockState(Normal);
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && text.at(i + 1) == QLatin1Char('-')) {
            setFormat(i, n - i, m_commentFormat);
            return;
        }
        if (c == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('*')) {
            const int end = int(text.indexOf(QLatin1String("*/"), i + 2));
            if (end < 0) {
                setFormat(i, n - i, m_commentFormat);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setFormat(i, end + 2 - i, m_commentFormat);
            i = end + 2;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            int j = i + 1;
            while (j < n) {
                if (text.at(j) == c) {
                    if (j + 1 < n && text.at(j + 1) == c) { // doubled quote: escaped
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const int len = std::min(j + 1, n) - i;
            setFormat(i, len, c == QLatin1Char('\'') ? m_stringFormat : m_identifierFormat);
            i += len;
            continue;
        }
        ++i;
    }
}

} // namespace sf::ui
