#pragma once
// ConnectionStore lists the connection profiles the Migrations panel offers, which are the project's
// own (saved in the project file). Adding, editing and removing one changes the project (it must be
// saved) but is not a design edit, so it is applied at once and not put on the undo stack. Passwords typed for this
// session stay in memory only (never written anywhere, never logged); a stored URL holds none, only a ${VAR} read from
// the environment or .env. Owned by its parent; GUI thread.

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace sf::ui {

class ConnectionCommand;
class DocumentController;

struct ConnectionChoice {
    QString name;
    QString url; // as stored: may hold ${VAR}, never a literal password
    bool fromProject = false;
};

class ConnectionStore : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionStore(DocumentController *doc, QObject *parent = nullptr);

    QList<ConnectionChoice> profiles() const;
    // Adds (or replaces, by name) a profile of the project; a literal
    // password in `url` is kept for the session instead of being stored. Emits profilesChanged().
    void addProfile(const QString &name, const QString &url);
    // Replaces profile `name` (possibly renaming it); false when `newName` is another profile's.
    bool editProfile(const QString &name, const QString &newName, const QString &url);
    // Removes a profile; false when there is none of that name.
    bool removeProfile(const QString &name);
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
    QString storedUrl(const QString &name, const QString &url);
    void apply(ConnectionCommand *command); // takes ownership

    DocumentController *m_doc;
    QHash<QString, QString> m_passwords;
};

} // namespace sf::ui
