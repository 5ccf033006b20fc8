#pragma once
// UiTranslator is the application's QTranslator (installed by LanguageLoader): it translates from
// an embedded .qm (or passes English through when none is loaded) and remembers which (context,
// source, disambiguation, n) produced every text it returned. After a language switch,
// retranslated() turns a text already on screen back into its source and translates it into the
// new language, so labels, menus, actions, docks and tabs change without being rebuilt. The memory
// is shared by all instances (one per switch) and guarded: translate() runs on any thread.

#include <QString>
#include <QTranslator>

#include <optional>

namespace sf::ui {

class UiTranslator : public QTranslator
{
    Q_OBJECT
public:
    explicit UiTranslator(QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; } // consulted even for English (no .qm loaded)

    // `text` in the language installed now, when it is a text some UiTranslator returned before
    // (in any language); nullopt for other text (user data, composed messages).
    static std::optional<QString> retranslated(const QString &text);
};

} // namespace sf::ui
