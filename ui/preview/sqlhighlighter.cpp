#include "ui/preview/sqlhighlighter.h"

#include <QEvent>
#include <QGuiApplication>
#include <QStringList>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace sf::ui {

namespace {
enum BlockState { Normal = 0, InBlockComment = 1 };
}

SqlHighlighter::SqlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    static const QStringList words = {QStringLiteral("ADD"),
                                      QStringLiteral("ALTER"),
                                      QStringLiteral("AND"),
                                      QStringLiteral("AS"),
                                      QStringLiteral("ASC"),
                                      QStringLiteral("AUTOINCREMENT"),
                                      QStringLiteral("AUTO_INCREMENT"),
                                      QStringLiteral("BEGIN"),
                                      QStringLiteral("BIGINT"),
                                      QStringLiteral("BIGSERIAL"),
                                      QStringLiteral("BLOB"),
                                      QStringLiteral("BOOLEAN"),
                                      QStringLiteral("BY"),
                                      QStringLiteral("CASCADE"),
                                      QStringLiteral("CHAR"),
                                      QStringLiteral("CHARACTER"),
                                      QStringLiteral("CHECK"),
                                      QStringLiteral("COLUMN"),
                                      QStringLiteral("COMMENT"),
                                      QStringLiteral("COMMIT"),
                                      QStringLiteral("CONSTRAINT"),
                                      QStringLiteral("CREATE"),
                                      QStringLiteral("DATE"),
                                      QStringLiteral("DATETIME"),
                                      QStringLiteral("DECIMAL"),
                                      QStringLiteral("DEFAULT"),
                                      QStringLiteral("DELETE"),
                                      QStringLiteral("DESC"),
                                      QStringLiteral("DOUBLE"),
                                      QStringLiteral("DROP"),
                                      QStringLiteral("ENGINE"),
                                      QStringLiteral("ENUM"),
                                      QStringLiteral("EXISTS"),
                                      QStringLiteral("FALSE"),
                                      QStringLiteral("FLOAT"),
                                      QStringLiteral("FOREIGN"),
                                      QStringLiteral("FROM"),
                                      QStringLiteral("IF"),
                                      QStringLiteral("IN"),
                                      QStringLiteral("INDEX"),
                                      QStringLiteral("INSERT"),
                                      QStringLiteral("INTEGER"),
                                      QStringLiteral("INT"),
                                      QStringLiteral("INTO"),
                                      QStringLiteral("IS"),
                                      QStringLiteral("JSON"),
                                      QStringLiteral("JSONB"),
                                      QStringLiteral("KEY"),
                                      QStringLiteral("MODIFY"),
                                      QStringLiteral("NOT"),
                                      QStringLiteral("NULL"),
                                      QStringLiteral("ON"),
                                      QStringLiteral("OR"),
                                      QStringLiteral("PRAGMA"),
                                      QStringLiteral("PRIMARY"),
                                      QStringLiteral("REAL"),
                                      QStringLiteral("REFERENCES"),
                                      QStringLiteral("RENAME"),
                                      QStringLiteral("ROLLBACK"),
                                      QStringLiteral("SELECT"),
                                      QStringLiteral("SERIAL"),
                                      QStringLiteral("SET"),
                                      QStringLiteral("SMALLINT"),
                                      QStringLiteral("TABLE"),
                                      QStringLiteral("TEXT"),
                                      QStringLiteral("TIME"),
                                      QStringLiteral("TIMESTAMP"),
                                      QStringLiteral("TO"),
                                      QStringLiteral("TRANSACTION"),
                                      QStringLiteral("TRUE"),
                                      QStringLiteral("TYPE"),
                                      QStringLiteral("UNIQUE"),
                                      QStringLiteral("UPDATE"),
                                      QStringLiteral("USING"),
                                      QStringLiteral("UUID"),
                                      QStringLiteral("VALUES"),
                                      QStringLiteral("VARCHAR"),
                                      QStringLiteral("WHERE"),
                                      QStringLiteral("WITH"),
                                      QStringLiteral("ZONE")};
    m_keywords = QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(words.join(QLatin1Char('|'))),
                                    QRegularExpression::CaseInsensitiveOption);
    m_numbers = QRegularExpression(QStringLiteral("\\b\\d+(?:\\.\\d+)?\\b"));

    m_keywordFormat.setFontWeight(QFont::Bold);
    m_commentFormat.setFontItalic(true);
    m_lintErrorFormat.setFontWeight(QFont::Bold);
    m_lintWarningFormat.setFontWeight(QFont::Bold);
    setPalette(QGuiApplication::palette());
}

double SqlHighlighter::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor SqlHighlighter::readableOn(const QColor &wanted, const QColor &background, double ratio)
{
    // Mix towards white on a dark background, towards black on a light one, in small steps: the
    // hue stays recognisable and the colour changes no more than needed.
    const bool dark = background.lightnessF() < 0.5;
    const QColor target = dark ? QColor(Qt::white) : QColor(Qt::black);
    QColor c = wanted;
    for (int step = 1; step <= 40 && contrast(c, background) < ratio; ++step) {
        const double t = step / 40.0;
        c = QColor::fromRgbF(float(wanted.redF() + (target.redF() - wanted.redF()) * t),
                             float(wanted.greenF() + (target.greenF() - wanted.greenF()) * t),
                             float(wanted.blueF() + (target.blueF() - wanted.blueF()) * t));
    }
    return c;
}

void SqlHighlighter::setPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    // Light-mode hues, and brighter ones of the same families for dark backgrounds.
    m_keywordFormat.setForeground(readableOn(dark ? QColor(0x6c, 0x9e, 0xf8) : QColor(0x1f, 0x4e, 0xb4), base));
    m_stringFormat.setForeground(readableOn(dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xa3, 0x15, 0x15), base));
    m_identifierFormat.setForeground(readableOn(dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x0b, 0x7a, 0x75), base));
    m_numberFormat.setForeground(readableOn(dark ? QColor(0xe0, 0xa8, 0x4e) : QColor(0x98, 0x5f, 0x00), base));
    m_commentFormat.setForeground(readableOn(dark ? QColor(0x9d, 0xa5, 0xb4) : QColor(0x6a, 0x73, 0x7d), base));
    m_lintErrorFormat.setForeground(readableOn(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x00, 0x20), base));
    m_lintWarningFormat.setForeground(readableOn(dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0x98, 0x5f, 0x00), base));
    if (document())
        rehighlight();
}

void SqlHighlighter::followPalette(QWidget *widget)
{
    setPalette(widget->palette());
    widget->installEventFilter(this);
}

bool SqlHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    // The widget's own PaletteChange comes once its palette is resolved (a parent hears of the
    // change before its children's palettes are updated).
    if (event->type() == QEvent::PaletteChange)
        if (auto *w = qobject_cast<QWidget *>(watched))
            setPalette(w->palette());
    return QSyntaxHighlighter::eventFilter(watched, event);
}

QTextCharFormat SqlHighlighter::format(Kind kind) const
{
    switch (kind) {
    case Kind::Keyword:
        return m_keywordFormat;
    case Kind::String:
        return m_stringFormat;
    case Kind::Identifier:
        return m_identifierFormat;
    case Kind::Number:
        return m_numberFormat;
    case Kind::Comment:
        return m_commentFormat;
    case Kind::LintError:
        return m_lintErrorFormat;
    case Kind::LintWarning:
        return m_lintWarningFormat;
    }
    return {};
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
            const QStringView rest = QStringView(text).mid(i);
            const bool error = rest.startsWith(QLatin1String("-- lint error"));
            const bool warning = rest.startsWith(QLatin1String("-- lint warning"));
            setFormat(i, n - i, error ? m_lintErrorFormat : warning ? m_lintWarningFormat : m_commentFormat);
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
