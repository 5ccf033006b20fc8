#pragma once
// SqlHighlighter colours SQL in a QTextDocument (keywords, quoted strings, quoted identifiers,
// numbers, -- and /* */ comments); owned by (parented to) the document it highlights; GUI thread.

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace sf::ui {

class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords;
    QRegularExpression m_numbers;
    QTextCharFormat m_keywordFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_identifierFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_commentFormat;
};

} // namespace sf::ui
