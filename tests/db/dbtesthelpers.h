#pragma once
// dbtesthelpers: header-only helpers for the db tests (open a scratch connection, swap URL parts).

#include "core/db/openconnection.h"
#include "support/scratchdb.h"

#include <QUrl>
#include <QtTest>

#include <memory>

namespace sf::test {

// The admin URL with one part replaced (password, port, database).
inline QString withPassword(const QString &url, const QString &password)
{
    QUrl u(url);
    u.setPassword(password);
    return u.toString();
}
inline QString withPort(const QString &url, int port)
{
    QUrl u(url);
    u.setPort(port);
    return u.toString();
}
inline QString withDatabase(const QString &url, const QString &db)
{
    QUrl u(url);
    u.setPath(QLatin1Char('/') + db);
    return u.toString();
}
inline QString passwordOf(const QString &url)
{
    return QUrl(url).password();
}

inline std::unique_ptr<db::Connection> open(const QString &url)
{
    auto r = db::openConnection(url.toStdString());
    if (!r.ok())
        qWarning("cannot open %s: %s", r.redactedUrl.c_str(), r.error.c_str());
    return std::move(r.connection);
}

} // namespace sf::test
