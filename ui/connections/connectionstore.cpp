#include "ui/connections/connectionstore.h"

#include "ui/commands/connectioncommand.h"
#include "ui/document/documentcontroller.h"

#include <QUrl>

#include <memory>
#include <utility>

namespace sf::ui {

ConnectionStore::ConnectionStore(DocumentController *doc, QObject *parent) : QObject(parent), m_doc(doc)
{
    connect(doc, &DocumentController::projectReset, this, [this] {
        m_passwords.clear();
        Q_EMIT profilesChanged();
    });
    connect(doc, &DocumentController::connectionsChanged, this, &ConnectionStore::profilesChanged);
    connect(doc, &DocumentController::filePathChanged, this, &ConnectionStore::profilesChanged);
}

QList<ConnectionChoice> ConnectionStore::profiles() const
{
    QList<ConnectionChoice> out;
    for (const auto &p : m_doc->project().connections)
        out.append({QString::fromStdString(p.name), QString::fromStdString(p.url), true});
    return out;
}

QString ConnectionStore::storedUrl(const QString &name, const QString &url)
{
    QString password;
    const QString stored = withoutPassword(url, &password);
    if (!password.isEmpty())
        setSessionPassword(name, password);
    return stored;
}

void ConnectionStore::apply(ConnectionCommand *command)
{
    // Connections are saved with the project but are not design edits: applied at once, never on the
    // undo stack (Ctrl+Z must not remove a connection the user just added).
    const std::unique_ptr<ConnectionCommand> owned(command);
    owned->redo();
    m_doc->markModified();
}

void ConnectionStore::addProfile(const QString &name, const QString &url)
{
    const QString stored = storedUrl(name, url);
    apply(ConnectionCommand::add(m_doc, {name.toStdString(), stored.toStdString()}));
}

bool ConnectionStore::editProfile(const QString &name, const QString &newName, const QString &url)
{
    if (newName != name && m_doc->connectionIndex(newName.toStdString()) >= 0)
        return false;
    if (newName != name) {
        const QString password = m_passwords.take(name);
        if (!password.isEmpty())
            m_passwords.insert(newName, password);
    }
    const QString stored = storedUrl(newName, url);
    if (newName == name && urlOf(name) == stored)
        return true; // unchanged: no command
    apply(ConnectionCommand::edit(m_doc, name.toStdString(), {newName.toStdString(), stored.toStdString()}));
    return true;
}

bool ConnectionStore::removeProfile(const QString &name)
{
    ConnectionCommand *command = ConnectionCommand::remove(m_doc, name.toStdString());
    if (!command)
        return false;
    apply(command);
    return true;
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

namespace {

// Where the user info of scheme://user[:password]@host/... starts, and the index of its '@';
// {-1, -1} when the URL has no scheme or names no user.
std::pair<qsizetype, qsizetype> userInfoSpan(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return {-1, -1};
    const qsizetype start = scheme + 3;
    qsizetype end = url.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = url.size();
    const qsizetype at = url.lastIndexOf(QLatin1Char('@'), end);
    if (at < start)
        return {-1, -1};
    return {start, at};
}

} // namespace

QString ConnectionStore::withPassword(const QString &url, const QString &password)
{
    if (password.isEmpty())
        return url;
    const auto [start, at] = userInfoSpan(url);
    if (at < 0)
        return url; // no user named: nothing to attach the password to
    const QString userInfo = url.mid(start, at - start);
    if (userInfo.contains(QLatin1Char(':')))
        return url; // already has one (e.g. ${VAR})
    return url.left(at) + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password)) + url.mid(at);
}

QString ConnectionStore::withoutPassword(const QString &url, QString *password)
{
    password->clear();
    const auto [start, at] = userInfoSpan(url);
    if (at < 0)
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
