#pragma once
// ScratchDatabase creates a fresh, uniquely named database on the server a test URL points at
// (PostgreSQL through libpqxx, MariaDB through QMYSQL) and drops it when destroyed.

#include <QString>

namespace sf::test {

class ScratchDatabase
{
public:
    // adminUrl: SF_TEST_PG_URL or SF_TEST_MYSQL_URL. On failure url() is empty and error() says why.
    ScratchDatabase(const QString &adminUrl, const QString &prefix);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    QString url() const { return m_url; } // URL of the new database (same credentials)
    QString name() const { return m_name; }
    QString error() const { return m_error; }
    bool isPostgres() const { return m_postgres; }

    // Runs one SQL statement on the scratch database; returns the first column of every row.
    QStringList query(const QString &sql, QString *error = nullptr) const;

private:
    QString m_adminUrl;
    QString m_url;
    QString m_name;
    QString m_error;
    bool m_postgres = false;
};

} // namespace sf::test
