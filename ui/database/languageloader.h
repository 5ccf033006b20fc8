#pragma once
// LanguageLoader installs the application's QTranslator for the preferred language (Preferences::
// language, else the system locale) from the embedded :/i18n/schemaforge_<lang>.qm; it owns one
// translator for the whole process and must be used on the GUI thread.

#include <QString>

namespace sf::ui {

class LanguageLoader
{
public:
    // Installs (or replaces) the translator for `language` ("en", "de", or "" for the system
    // locale). Returns false when no translation for it is embedded (English then shows).
    static bool apply(const QString &language);
    // Installs the translator for the saved preference; call once after QApplication exists.
    static bool applyPreferred();
    // The language currently installed ("en" when none).
    static QString current();
};

} // namespace sf::ui
