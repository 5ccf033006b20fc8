#pragma once
// Preferences is the user's application-wide settings (default dialect, language, theme, grid/snap,
// destructive-change confirmation, default migrations folder), a plain value type read from and
// written to QSettings; any thread that owns a QSettings may use it.

#include "core/sql/dialectid.h"

#include <QString>

#include <string>

namespace sf::ui {

struct Preferences {
    // A project dialect name (sf::sql::dialectName).
    QString defaultDialect = QString::fromStdString(std::string(sql::dialectName(sql::DialectId::Postgres)));
    QString language; // "" = system, "en", "de"
    QString theme;    // "" = system, "light", "dark"
    bool showGrid = true;
    bool snapToGrid = true;
    bool confirmDestructive = true;
    QString migrationsFolder = QStringLiteral("migrations"); // used when the project does not set one

    static Preferences load();
    void save() const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace sf::ui
