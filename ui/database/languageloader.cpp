#include "ui/database/languageloader.h"

#include "ui/database/preferences.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace sf::ui {

namespace {
QTranslator *g_translator = nullptr;
QString g_current = QStringLiteral("en");
} // namespace

bool LanguageLoader::apply(const QString &language)
{
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
        g_translator = nullptr;
    }
    g_current = QStringLiteral("en");
    auto *t = new QTranslator(QCoreApplication::instance());
    bool loaded = false;
    if (language.isEmpty())
        loaded = t->load(QLocale(), QStringLiteral("schemaforge"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    else if (language != QLatin1String("en"))
        loaded = t->load(QStringLiteral(":/i18n/schemaforge_%1.qm").arg(language));
    if (!loaded) {
        delete t;
        return language == QLatin1String("en") || language.isEmpty();
    }
    QCoreApplication::installTranslator(t);
    g_translator = t;
    g_current = t->language().left(2);
    return true;
}

bool LanguageLoader::applyPreferred() { return apply(Preferences::load().language); }

QString LanguageLoader::current() { return g_current; }

} // namespace sf::ui
