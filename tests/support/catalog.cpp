#include "support/catalog.h"

#include "core/db/extrasintrospector.h"
#include "core/db/introspector.h"
#include "support/dbtesthelpers.h"

namespace sf::test {

schema::Schema catalogue(const QString &url, bool withExtras)
{
    auto conn = open(url);
    if (!conn)
        return {};
    schema::Schema s = db::Introspector::introspect(*conn).schema;
    if (withExtras)
        s.extras = db::ExtrasIntrospector::introspect(*conn);
    return s;
}

QString joinLines(const std::vector<std::string> &lines)
{
    QString s;
    for (const auto &l : lines)
        s += QStringLiteral("\n  ") + QString::fromStdString(l);
    return s;
}

} // namespace sf::test
