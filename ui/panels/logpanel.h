#pragma once
// LogPanel shows the executor's log (migrations started, statements run, failures with the failed
// statement and the server's message) as timestamped lines; a widget owned by its parent, GUI thread
// only (workers reach it through queued signals). Never given a password: callers log redacted URLs.

#include <QWidget>

class QPlainTextEdit;

namespace sf::ui {

class LogPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Level { Info, Statement, Warning, Error };

    explicit LogPanel(QWidget *parent = nullptr);

    void append(Level level, const QString &text);
    void clear();
    QString plainText() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace sf::ui
