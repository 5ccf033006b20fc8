#pragma once
// ConnectionStore lists the connection profiles the Migrations panel offers: the project's own
// profiles plus the ones added in the GUI (kept in QSettings per project file, URL only), and keeps
// passwords typed for this session in memory only (never written anywhere, never logged).
// Owned by its parent; GUI thread.

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace sf::ui {

class DocumentController;

struct ConnectionChoice {
    QString name;
    QString url;          // as stored: may hold ${VAR}, never a literal password
    bool fromProject = false;
};

class ConnectionStore : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionStore(DocumentController *doc, QObject *parent = nullptr);

    QList<ConnectionChoice> profiles() const;
    // Adds (or replaces, by name) a GUI profile for this project; emits profilesChanged().
    void addProfile(const QString &name, const QString &url);
    // Remembers a password for this session only; "" forgets it.
    void setSessionPassword(const QString &name, const QString &password);
    // The URL to connect with: the profile's URL with the session password (if any) inserted.
    // Hand it only to db::openConnection; show redacted text instead.
    QString connectUrl(const QString &name) const;
    QString urlOf(const QString &name) const;

    // Inserts a percent-encoded password into a server URL that names a user and no password.
    static QString withPassword(const QString &url, const QString &password);
    // The URL without a literal password (a ${VAR} one stays); the removed, decoded password in *password.
    static QString withoutPassword(const QString &url, QString *password);

Q_SIGNALS:
    void profilesChanged();

private:
    QString settingsKey() const;
    QList<ConnectionChoice> added() const;

    DocumentController *m_doc;
    QHash<QString, QString> m_passwords;
};

} // namespace sf::ui
