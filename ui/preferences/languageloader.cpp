#include "ui/preferences/languageloader.h"

#include "ui/preferences/preferences.h"
#include "ui/preferences/uitranslator.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QWidget>

namespace sf::ui {

namespace {
UiTranslator *g_translator = nullptr;
QString g_current = QStringLiteral("en");

template <class Get, class Set> void again(Get get, Set set)
{
    const QString text = get();
    if (text.isEmpty())
        return;
    if (const auto t = UiTranslator::retranslated(text); t && *t != text)
        set(*t);
}
} // namespace

bool LanguageLoader::apply(const QString &language)
{
    // The new translator is installed before the old one goes, so texts stay translatable.
    auto *t = new UiTranslator(QCoreApplication::instance());
    bool loaded = false;
    if (language.isEmpty())
        loaded = t->load(QLocale(), QStringLiteral("schemaforge"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    else if (language != QLatin1String("en"))
        loaded = t->load(QStringLiteral(":/i18n/schemaforge_%1.qm").arg(language));
    QCoreApplication::installTranslator(t);
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
    }
    g_translator = t;
    g_current = loaded ? t->language().left(2) : QStringLiteral("en");
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        for (QWidget *w : QApplication::topLevelWidgets())
            retranslate(w);
    return loaded || language == QLatin1String("en") || language.isEmpty();
}

bool LanguageLoader::applyPreferred()
{
    return apply(Preferences::load().language);
}

QString LanguageLoader::current()
{
    return g_current;
}

void LanguageLoader::retranslate(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        again([w] { return w->windowTitle(); }, [w](const QString &s) { w->setWindowTitle(s); });
        again([w] { return w->toolTip(); }, [w](const QString &s) { w->setToolTip(s); });
        again([w] { return w->statusTip(); }, [w](const QString &s) { w->setStatusTip(s); });
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            again([b] { return b->text(); }, [b](const QString &s) { b->setText(s); });
        else if (auto *l = qobject_cast<QLabel *>(w))
            again([l] { return l->text(); }, [l](const QString &s) { l->setText(s); });
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            again([g] { return g->title(); }, [g](const QString &s) { g->setTitle(s); });
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            again([e] { return e->placeholderText(); }, [e](const QString &s) { e->setPlaceholderText(s); });
        else if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                again([tabs, i] { return tabs->tabText(i); }, [tabs, i](const QString &s) { tabs->setTabText(i, s); });
        else if (auto *tree = qobject_cast<QTreeWidget *>(w))
            for (int c = 0; c < tree->columnCount(); ++c)
                again([tree, c] { return tree->headerItem()->text(c); },
                      [tree, c](const QString &s) { tree->headerItem()->setText(c, s); });
    }
    // Actions, menu titles (a menu's title is its menuAction's text) included.
    for (QAction *a : root->findChildren<QAction *>()) {
        // An action without its own tooltip derives it from its text: leave that one alone.
        const bool ownTip = a->toolTip() != QString(a->text()).remove(QLatin1Char('&')).trimmed();
        again([a] { return a->text(); }, [a](const QString &s) { a->setText(s); });
        if (ownTip)
            again([a] { return a->toolTip(); }, [a](const QString &s) { a->setToolTip(s); });
    }
}

} // namespace sf::ui
