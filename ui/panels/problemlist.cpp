#include "ui/panels/problemlist.h"

#include "core/design/validator.h"

#include <set>

namespace sf::ui {

ProblemList::ObjectProblems ProblemList::forObject(const design::Design &design, const std::string &id,
                                                   const std::string &dialect)
{
    ObjectProblems out;
    std::set<std::string> ids{id};
    std::set<std::string> attributeIds;
    if (const design::Model *m = design.modelById(id)) {
        for (const auto &a : m->attributes) {
            ids.insert(a.id);
            attributeIds.insert(a.id);
        }
        for (const auto &i : m->indexes)
            ids.insert(i.id);
    } else if (const design::Association *a = design.associationById(id)) {
        for (const auto &t : a->throughAttributes)
            ids.insert(t.id);
    } else {
        return out;
    }
    design::ValidationOptions options;
    options.dialect = dialect;
    for (const design::Problem &p : design::validate(design, options)) {
        if (!ids.count(p.objectId))
            continue;
        QString line;
        switch (p.severity) {
        case design::Severity::Error:
            line = tr("Error: %1").arg(QString::fromStdString(p.message));
            out.hasError = true;
            break;
        case design::Severity::Warning:
            line = tr("Warning: %1").arg(QString::fromStdString(p.message));
            break;
        case design::Severity::Info:
            line = tr("Note: %1").arg(QString::fromStdString(p.message));
            break;
        }
        if (!p.fix.empty())
            line += QStringLiteral(" \u2014 ") + QString::fromStdString(p.fix);
        out.lines << line;
        if (attributeIds.count(p.objectId)) {
            QString &s = out.byAttribute[p.objectId];
            s += (s.isEmpty() ? QString() : QStringLiteral("\n")) + line;
        }
    }
    return out;
}

QString ProblemList::toHtml(const QStringList &lines)
{
    QString html;
    for (const QString &l : lines) {
        const bool error = l.startsWith(tr("Error: %1").arg(QString()));
        html += QStringLiteral("<div style='color:%1'>\u26a0 %2</div>")
                    .arg(error ? QStringLiteral("#d0342c") : QStringLiteral("#b7791f"), l.toHtmlEscaped());
    }
    return html;
}

} // namespace sf::ui
