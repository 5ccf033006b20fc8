#include "ui/panels/logpanel.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace sf::ui {

LogPanel::LogPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("logPanel"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(20000);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_text->setFont(mono);

    auto *clearButton = new QPushButton(tr("Clear Log"), this);
    clearButton->setObjectName(QStringLiteral("clearLogButton"));
    connect(clearButton, &QPushButton::clicked, this, &LogPanel::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
}

void LogPanel::append(Level level, const QString &text)
{
    QString prefix;
    switch (level) {
    case Level::Info:
        break;
    case Level::Statement:
        prefix = QStringLiteral("    ");
        break;
    case Level::Warning:
        prefix = tr("warning: ");
        break;
    case Level::Error:
        prefix = tr("error: ");
        break;
    }
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        m_text->appendPlainText(stamp + QLatin1Char(' ') + prefix + line);
}

void LogPanel::clear()
{
    m_text->clear();
}

QString LogPanel::plainText() const
{
    return m_text->toPlainText();
}

} // namespace sf::ui
