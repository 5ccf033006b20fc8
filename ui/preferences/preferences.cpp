#include "ui/preferences/preferences.h"

#include <QSettings>

namespace sf::ui {

namespace {
const QString kDialect = QStringLiteral("preferences/defaultDialect");
const QString kLanguage = QStringLiteral("preferences/language");
const QString kTheme = QStringLiteral("preferences/theme");
const QString kGrid = QStringLiteral("preferences/showGrid");
const QString kSnap = QStringLiteral("preferences/snapToGrid");
const QString kConfirm = QStringLiteral("preferences/confirmDestructive");
const QString kMigrations = QStringLiteral("preferences/migrationsFolder");
} // namespace

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.defaultDialect = s.value(kDialect, p.defaultDialect).toString();
    p.language = s.value(kLanguage, p.language).toString();
    p.theme = s.value(kTheme, p.theme).toString();
    p.showGrid = s.value(kGrid, p.showGrid).toBool();
    p.snapToGrid = s.value(kSnap, p.snapToGrid).toBool();
    p.confirmDestructive = s.value(kConfirm, p.confirmDestructive).toBool();
    p.migrationsFolder = s.value(kMigrations, p.migrationsFolder).toString();
    if (p.migrationsFolder.trimmed().isEmpty())
        p.migrationsFolder = QStringLiteral("migrations");
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(kDialect, defaultDialect);
    s.setValue(kLanguage, language);
    s.setValue(kTheme, theme);
    s.setValue(kGrid, showGrid);
    s.setValue(kSnap, snapToGrid);
    s.setValue(kConfirm, confirmDestructive);
    s.setValue(kMigrations, migrationsFolder);
}

} // namespace sf::ui
