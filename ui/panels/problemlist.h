#pragma once
// ProblemList runs design validation and picks out the problems that concern one model (with its
// attributes and indexes) or one association, for the property editor to show inline.

#include "core/design/design.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace sf::ui {

class ProblemList
{
    Q_DECLARE_TR_FUNCTIONS(ProblemList)
public:
    struct ObjectProblems {
        QStringList lines;                          // "error: message — fix"
        std::map<std::string, QString> byAttribute; // attribute id -> its problems, one per line
        bool hasError = false;
    };

    static ObjectProblems forObject(const design::Design &design, const std::string &id, const std::string &dialect);
    static QString toHtml(const QStringList &lines);
};

} // namespace sf::ui
