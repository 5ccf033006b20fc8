#pragma once
// ConnectionDialog edits one connection profile (name, dialect, host, port, database, user, SSL
// mode or SQLite file) and tests it with the core connection API on a short-lived worker thread.
// The password field is never saved: either it is kept for the session by the caller, or the
// profile URL refers to an environment variable / .env entry as ${VAR}. Modal QDialog, GUI thread.

#include <QDialog>
#include <QPointer>
#include <QThread>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace sf::ui {

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // projectDir: base for relative SQLite paths and where .env is looked for.
    explicit ConnectionDialog(const QString &projectDir, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    QString profileName() const;
    // The URL to store in the profile: no literal password (${VAR} when read from the environment).
    QString profileUrl() const;
    // The password typed for this session ("" when read from the environment); never store it.
    QString sessionPassword() const;
    // Result text of the last Test Connection ("" before one).
    QString testResult() const;

    // Test hooks / programmatic setup.
    void setDialect(const QString &dialect); // a project dialect name
    void setSqliteFile(const QString &path);
    void setProfileName(const QString &name);
    // Fills the fields from a stored profile URL (for editing); false when it does not parse.
    bool setProfileUrl(const QString &url);
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void updateFields();
    void browseSqlite();
    void showTestResult(bool ok, const QString &message);

    QString m_projectDir;
    QLineEdit *m_name;
    QComboBox *m_dialect;
    QStackedWidget *m_pages;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QRadioButton *m_passwordTyped;
    QRadioButton *m_passwordEnv;
    QLineEdit *m_passwordVar;
    QComboBox *m_ssl;
    QLineEdit *m_sqliteFile;
    QPushButton *m_test;
    QLabel *m_result;
    QString m_lastResult;
    QPointer<QThread> m_testThread;
};

} // namespace sf::ui
