#pragma once
// ProblemList collects the design problems that concern one model or association, as one-line
// messages for the property editor to show inline.

#include "core/design/design.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>

namespace sf::ui {

class ProblemList
{
    Q_DECLARE_TR_FUNCTIONS(ProblemList)
public:
    static QStringList forObject(const design::Design &design, const std::string &id);
    static QString toHtml(const QStringList &lines);
};

} // namespace sf::ui
