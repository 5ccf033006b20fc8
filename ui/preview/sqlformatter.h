#pragma once
// SqlFormatter lays out generated SQL for reading: each CREATE TABLE gets one column or constraint
// per line, indented, like pg_dump; everything else is left as it is. Quotes and comments are
// respected. Stateless.

#include <QString>

namespace sf::ui {

class SqlFormatter
{
public:
    static QString pretty(const QString &sql);
};

} // namespace sf::ui
