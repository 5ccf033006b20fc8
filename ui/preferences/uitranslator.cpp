#include "ui/preferences/uitranslator.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace sf::ui {

namespace {

struct Origin {
    QByteArray context;
    QByteArray source;
    QByteArray disambiguation;
    int n = -1;
};

QMutex g_mutex;
QHash<QString, Origin> g_origins; // text as shown -> what it was translated from

} // namespace

UiTranslator::UiTranslator(QObject *parent) : QTranslator(parent) {}

QString UiTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    const QString result = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!sourceText || !*sourceText || n >= 0)
        return result; // "%n" texts are completed by the caller: never shown as returned here
    const QString shown = result.isEmpty() ? QString::fromUtf8(sourceText) : result;
    const QMutexLocker lock(&g_mutex);
    if (!g_origins.contains(shown))
        g_origins.insert(shown, {context, sourceText, disambiguation, n});
    return result;
}

std::optional<QString> UiTranslator::retranslated(const QString &text)
{
    Origin origin;
    {
        const QMutexLocker lock(&g_mutex);
        const auto it = g_origins.constFind(text);
        if (it == g_origins.constEnd())
            return std::nullopt;
        origin = *it;
    }
    return QCoreApplication::translate(origin.context.constData(), origin.source.constData(),
                                       origin.disambiguation.isEmpty() ? nullptr : origin.disambiguation.constData(),
                                       origin.n);
}

} // namespace sf::ui
