#include "ui/database/connectionstore.h"

#include "ui/document/documentcontroller.h"

#include <QSettings>
#include <QUrl>

namespace sf::ui {

ConnectionStore::ConnectionStore(DocumentController *doc, QObject *parent)
    : QObject(parent), m_doc(doc)
{
    connect(doc, &DocumentController::projectReset, this, [this] {
        m_passwords.clear();
        Q_EMIT profilesChanged();
    });
    connect(doc, &DocumentController::filePathChanged, this, &ConnectionStore::profilesChanged);
}

QString ConnectionStore::settingsKey() const
{
    const QString path = m_doc->filePath().isEmpty() ? QStringLiteral("(unsaved)") : m_doc->filePath();
    return QStringLiteral("connections/") + QString::fromLatin1(QUrl::toPercentEncoding(path));
}

QList<ConnectionChoice> ConnectionStore::added() const
{
    QList<ConnectionChoice> out;
    QSettings s;
    const QVariantList list = s.value(settingsKey()).toList();
    for (const QVariant &v : list) {
        const QVariantMap m = v.toMap();
        out.append({m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("url")).toString(), false});
    }
    return out;
}

QList<ConnectionChoice> ConnectionStore::profiles() const
{
    QList<ConnectionChoice> out;
    for (const auto &p : m_doc->project().connections)
        out.append({QString::fromStdString(p.name), QString::fromStdString(p.url), true});
    for (const auto &a : added()) {
        bool shadowed = false;
        for (const auto &p : out)
            shadowed = shadowed || p.name == a.name;
        if (!shadowed)
            out.append(a);
    }
    return out;
}

void ConnectionStore::addProfile(const QString &name, const QString &url)
{
    QVariantList list;
    for (const auto &a : added())
        if (a.name != name)
            list.append(QVariantMap{{QStringLiteral("name"), a.name}, {QStringLiteral("url"), a.url}});
    list.append(QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("url"), url}});
    QSettings s;
    s.setValue(settingsKey(), list);
    Q_EMIT profilesChanged();
}

void ConnectionStore::setSessionPassword(const QString &name, const QString &password)
{
    if (password.isEmpty())
        m_passwords.remove(name);
    else
        m_passwords.insert(name, password);
}

QString ConnectionStore::urlOf(const QString &name) const
{
    for (const auto &p : profiles())
        if (p.name == name)
            return p.url;
    return {};
}

QString ConnectionStore::connectUrl(const QString &name) const
{
    const QString url = urlOf(name);
    const auto it = m_passwords.constFind(name);
    return it == m_passwords.constEnd() ? url : withPassword(url, *it);
}

QString ConnectionStore::withPassword(const QString &url, const QString &password)
{
    if (password.isEmpty())
        return url;
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return url;
    const qsizetype start = scheme + 3;
    qsizetype end = url.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = url.size();
    const qsizetype at = url.lastIndexOf(QLatin1Char('@'), end);
    if (at < start)
        return url;  // no user named: nothing to attach the password to
    const QString userInfo = url.mid(start, at - start);
    if (userInfo.contains(QLatin1Char(':')))
        return url;  // already has one (e.g. ${VAR})
    return url.left(at) + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password)) + url.mid(at);
}

QString ConnectionStore::withoutPassword(const QString &url, QString *password)
{
    password->clear();
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return url;
    const qsizetype start = scheme + 3;
    qsizetype end = url.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = url.size();
    const qsizetype at = url.lastIndexOf(QLatin1Char('@'), end);
    if (at < start)
        return url;
    const qsizetype colon = url.indexOf(QLatin1Char(':'), start);
    if (colon < 0 || colon > at)
        return url;
    const QString secret = url.mid(colon + 1, at - colon - 1);
    if (secret.startsWith(QLatin1String("${")))
        return url;
    *password = QUrl::fromPercentEncoding(secret.toUtf8());
    return url.left(colon) + url.mid(at);
}

} // namespace sf::ui
