#pragma once
// LanguageLoader installs the application's translator (a UiTranslator) for the preferred language
// (Preferences::language, else the system locale) from the embedded :/i18n/schemaforge_<lang>.qm,
// and on a later switch retranslates the texts already on screen (menus, actions, docks, tabs,
// buttons, labels, tooltips) of every top-level widget; widgets whose texts are composed (counts,
// titles) update them on QEvent::LanguageChange. One translator for the whole process; GUI thread.

#include <QString>

class QWidget;

namespace sf::ui {

class LanguageLoader
{
public:
    // Installs (or replaces) the translator for `language` ("en", "de", or "" for the system
    // locale) and retranslates the open windows. Returns false when no translation for it is
    // embedded (English then shows).
    static bool apply(const QString &language);
    // Installs the translator for the saved preference; call once after QApplication exists.
    static bool applyPreferred();
    // The language currently installed ("en" when none).
    static QString current();
    // Sets every known text of `root` and its children again in the installed language.
    static void retranslate(QWidget *root);
};

} // namespace sf::ui
