#include "ui/panels/problemlist.h"

#include "core/design/naming.h"

#include <set>

namespace sf::ui {

namespace {
QString qs(const std::string &s) { return QString::fromStdString(s); }
} // namespace

QStringList ProblemList::forObject(const design::Design &design, const std::string &id)
{
    QStringList out;
    if (const design::Model *m = design.modelById(id)) {
        if (const std::string p = design::naming::identifierProblem(m->name); !p.empty())
            out << tr("Model name %1: %2").arg(qs(design::naming::quote(m->name)), qs(p));
        for (const auto &other : design.models)
            if (other.id != m->id && other.name == m->name) {
                out << tr("Another model is also named %1").arg(qs(m->name));
                break;
            }
        std::set<std::string> seen;
        for (const auto &a : m->attributes) {
            if (!seen.insert(a.name).second)
                out << tr("Attribute %1 appears twice").arg(qs(a.name));
            if (const std::string p = design::naming::identifierProblem(a.name); !p.empty())
                out << tr("Attribute name %1: %2").arg(qs(design::naming::quote(a.name)), qs(p));
            if (a.isAutoIncrement() && !a.type.isInteger())
                out << tr("%1 is autoIncrement but its type %2 is not an integer")
                           .arg(qs(a.name), qs(a.type.toString()));
            if (a.type.kind == design::TypeKind::Enum && a.type.enumValues.empty())
                out << tr("%1 is an ENUM without values").arg(qs(a.name));
        }
    } else if (const design::Association *a = design.associationById(id)) {
        if (a->source == a->target && !a->as)
            out << tr("A self-association needs an alias (as) and a foreign key name");
        if (a->kind == design::AssociationKind::ManyToMany && a->through && a->through->empty())
            out << tr("A many-to-many association needs a join table name (through)");
        if (a->foreignKey)
            if (const std::string p = design::naming::identifierProblem(*a->foreignKey); !p.empty())
                out << tr("Foreign key %1: %2").arg(qs(design::naming::quote(*a->foreignKey)), qs(p));
    }
    return out;
}

QString ProblemList::toHtml(const QStringList &lines)
{
    QString html;
    for (const QString &l : lines)
        html += QStringLiteral("<div style='color:#c0392b'>\u26a0 %1</div>").arg(l.toHtmlEscaped());
    return html;
}

} // namespace sf::ui
