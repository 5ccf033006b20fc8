#pragma once
// SqlHighlighter colours SQL in a QTextDocument (keywords, quoted strings, quoted identifiers,
// numbers, -- and /* */ comments); owned by (parented to) the document it highlights; GUI thread.
// Its colours follow a palette: each kind keeps its hue but is made dark or light enough to read on
// the palette's Base colour with a contrast of at least 4.5:1 (WCAG AA), in light and dark mode.

#include <QPalette>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace sf::ui {

class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    // LintError / LintWarning: the "-- lint error ..." / "-- lint warning ..." lines PreviewJob puts
    // above a pending change.
    enum class Kind { Keyword, String, Identifier, Number, Comment, LintError, LintWarning };

    explicit SqlHighlighter(QTextDocument *document);

    // Recomputes the colours for text on palette's Base and re-highlights.
    void setPalette(const QPalette &palette);
    // Takes the colours from `widget`'s palette now and whenever it changes (light <-> dark).
    void followPalette(QWidget *widget);
    QTextCharFormat format(Kind kind) const;
    // WCAG 2 contrast ratio of two colours (1..21).
    static double contrast(const QColor &a, const QColor &b);
    // `wanted`, darkened or lightened just enough to reach `ratio` against `background`.
    static QColor readableOn(const QColor &wanted, const QColor &background, double ratio = 4.5);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords;
    QRegularExpression m_numbers;
    QTextCharFormat m_keywordFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_identifierFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_commentFormat;
    QTextCharFormat m_lintErrorFormat;
    QTextCharFormat m_lintWarningFormat;
};

} // namespace sf::ui
