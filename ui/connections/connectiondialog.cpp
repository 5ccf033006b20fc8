#include "ui/connections/connectiondialog.h"

#include "ui/connections/connectionstore.h"

#include "core/db/connectionurl.h"
#include "core/db/openconnection.h"
#include "core/sql/dialectid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace sf::ui {

namespace {
QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}
// The combo box data of a dialect: its project dialect name (also the URL scheme).
QString dialectData(sql::DialectId id)
{
    return QString::fromStdString(std::string(sql::dialectName(id)));
}

sql::DialectId dialectOf(const QComboBox *box)
{
    return sql::dialectIdFromName(box->currentData().toString().toStdString()).value_or(sql::DialectId::Postgres);
}

} // namespace

ConnectionDialog::ConnectionDialog(const QString &projectDir, QWidget *parent)
    : QDialog(parent), m_projectDir(projectDir)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connection"));

    m_name = new QLineEdit(tr("local"), this);
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(QStringLiteral("connectionDialect"));
    m_dialect->addItem(tr("PostgreSQL"), dialectData(sql::DialectId::Postgres));
    m_dialect->addItem(tr("MySQL / MariaDB"), dialectData(sql::DialectId::MySql));
    m_dialect->addItem(tr("SQLite"), dialectData(sql::DialectId::Sqlite));

    // Server page.
    auto *server = new QWidget(this);
    m_host = new QLineEdit(QStringLiteral("127.0.0.1"), server);
    m_port = new QSpinBox(server);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(server);
    m_user = new QLineEdit(server);
    m_host->setObjectName(QStringLiteral("connectionHost"));
    m_port->setObjectName(QStringLiteral("connectionPort"));
    m_database->setObjectName(QStringLiteral("connectionDatabase"));
    m_user->setObjectName(QStringLiteral("connectionUser"));
    m_password = new QLineEdit(server);
    m_password->setObjectName(QStringLiteral("connectionPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordTyped = new QRadioButton(tr("Password for this session only (never saved):"), server);
    m_passwordTyped->setChecked(true);
    m_passwordEnv = new QRadioButton(tr("Read the password from an environment variable or .env entry:"), server);
    m_passwordVar = new QLineEdit(QStringLiteral("DB_PASSWORD"), server);
    m_passwordVar->setObjectName(QStringLiteral("connectionPasswordVariable"));
    m_ssl = new QComboBox(server);
    m_ssl->addItem(tr("Default"), QString());
    for (const char *mode : {"disable", "prefer", "require", "verify-ca", "verify-full"})
        m_ssl->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    auto *serverForm = new QFormLayout(server);
    serverForm->setContentsMargins(0, 0, 0, 0);
    serverForm->addRow(tr("Host:"), m_host);
    serverForm->addRow(tr("Port:"), m_port);
    serverForm->addRow(tr("Database:"), m_database);
    serverForm->addRow(tr("User:"), m_user);
    serverForm->addRow(m_passwordTyped);
    serverForm->addRow(tr("Password:"), m_password);
    serverForm->addRow(m_passwordEnv);
    serverForm->addRow(tr("Variable:"), m_passwordVar);
    serverForm->addRow(tr("SSL mode:"), m_ssl);

    // SQLite page.
    auto *file = new QWidget(this);
    m_sqliteFile = new QLineEdit(file);
    m_sqliteFile->setObjectName(QStringLiteral("connectionSqliteFile"));
    m_sqliteFile->setPlaceholderText(tr("database.sqlite (relative to the project folder)"));
    auto *browse = new QPushButton(tr("Browse..."), file);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_sqliteFile);
    fileRow->addWidget(browse);
    auto *fileForm = new QFormLayout(file);
    fileForm->setContentsMargins(0, 0, 0, 0);
    fileForm->addRow(tr("Database file:"), fileRow);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(server);
    m_pages->addWidget(file);

    m_test = new QPushButton(tr("Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QFormLayout;
    top->addRow(tr("Name:"), m_name);
    top->addRow(tr("Dialect:"), m_dialect);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    layout->addWidget(buttons);

    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFields);
    connect(m_passwordTyped, &QRadioButton::toggled, this, &ConnectionDialog::updateFields);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseSqlite);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_testThread) {
        m_testThread->wait(); // it posts its result to this dialog: let it finish first
        delete m_testThread;
    }
}

void ConnectionDialog::updateFields()
{
    const auto d = dialectOf(m_dialect);
    m_pages->setCurrentIndex(d == sql::DialectId::Sqlite ? 1 : 0);
    if (d == sql::DialectId::Postgres && m_port->value() == 3306)
        m_port->setValue(5432);
    else if (d == sql::DialectId::MySql && m_port->value() == 5432)
        m_port->setValue(3306);
    m_password->setEnabled(m_passwordTyped->isChecked());
    m_passwordVar->setEnabled(!m_passwordTyped->isChecked());
}

void ConnectionDialog::browseSqlite()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("SQLite Database File"), m_projectDir,
                                                      tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        setSqliteFile(path);
}

void ConnectionDialog::setDialect(const QString &dialect)
{
    if (const int i = m_dialect->findData(dialect); i >= 0)
        m_dialect->setCurrentIndex(i);
}

void ConnectionDialog::setSqliteFile(const QString &path)
{
    QString shown = path;
    if (!m_projectDir.isEmpty()) {
        const QString rel = QDir(m_projectDir).relativeFilePath(path);
        if (!rel.startsWith(QLatin1String("..")))
            shown = rel;
    }
    m_sqliteFile->setText(shown);
}

void ConnectionDialog::setProfileName(const QString &name)
{
    m_name->setText(name);
}

bool ConnectionDialog::setProfileUrl(const QString &url)
{
    if (url.startsWith(QLatin1String("sqlite:"))) {
        setDialect(dialectData(sql::DialectId::Sqlite));
        m_sqliteFile->setText(url.mid(7));
        return true;
    }
    std::string error;
    const auto parsed = db::ConnectionUrl::parse(url.toStdString(), {}, &error);
    if (!parsed)
        return false;
    setDialect(QString::fromStdString(parsed->dialect()));
    m_host->setText(QString::fromStdString(parsed->host));
    m_port->setValue(parsed->effectivePort());
    m_database->setText(QString::fromStdString(parsed->database));
    m_user->setText(QString::fromStdString(parsed->user));
    const QString password = QString::fromStdString(parsed->password);
    const bool fromEnv = password.startsWith(QLatin1String("${")) && password.endsWith(QLatin1Char('}'));
    m_passwordEnv->setChecked(fromEnv);
    m_passwordTyped->setChecked(!fromEnv);
    if (fromEnv)
        m_passwordVar->setText(password.mid(2, password.size() - 3));
    m_password->clear(); // a typed password is never stored: type it again for this session
    const int ssl = m_ssl->findData(QString::fromStdString(parsed->param("sslmode")));
    m_ssl->setCurrentIndex(std::max(0, ssl));
    updateFields();
    return true;
}

QString ConnectionDialog::profileName() const
{
    return m_name->text().trimmed();
}

QString ConnectionDialog::profileUrl() const
{
    const QString d = m_dialect->currentData().toString();
    if (dialectOf(m_dialect) == sql::DialectId::Sqlite)
        return QStringLiteral("sqlite:") + m_sqliteFile->text().trimmed();
    QString url = d + QStringLiteral("://");
    if (!m_user->text().isEmpty()) {
        url += enc(m_user->text());
        if (m_passwordEnv->isChecked() && !m_passwordVar->text().trimmed().isEmpty())
            url += QStringLiteral(":${") + m_passwordVar->text().trimmed() + QLatin1Char('}');
        url += QLatin1Char('@');
    }
    url += m_host->text().trimmed() + QLatin1Char(':') + QString::number(m_port->value()) + QLatin1Char('/') +
           enc(m_database->text().trimmed());
    if (const QString ssl = m_ssl->currentData().toString(); !ssl.isEmpty())
        url += QStringLiteral("?sslmode=") + ssl;
    return url;
}

QString ConnectionDialog::sessionPassword() const
{
    return m_passwordTyped->isChecked() && dialectOf(m_dialect) != sql::DialectId::Sqlite ? m_password->text()
                                                                                          : QString();
}

QString ConnectionDialog::testResult() const
{
    return m_lastResult;
}

void ConnectionDialog::testConnection()
{
    if (m_testThread)
        return;
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting..."));
    const std::string url = ConnectionStore::withPassword(profileUrl(), sessionPassword()).toStdString();
    db::OpenOptions options;
    options.projectDir = m_projectDir.toStdString();
    options.createSqliteFile = false;
    m_testThread = QThread::create([this, url, options] {
        // The connection is opened, described and closed on this worker thread.
        auto opened = db::openConnection(url, options);
        bool ok = opened.ok();
        QString message;
        if (ok) {
            message = tr("Connected to %1 at %2.")
                          .arg(QString::fromStdString(opened.connection->serverDescription()),
                               QString::fromStdString(opened.connection->location()));
            opened.connection->close();
        } else {
            message = QString::fromStdString(opened.error);
        }
        QMetaObject::invokeMethod(
            this, [this, ok, message] { showTestResult(ok, message); }, Qt::QueuedConnection);
    });
    connect(m_testThread, &QThread::finished, m_testThread, &QObject::deleteLater);
    connect(m_testThread, &QThread::finished, this, [this] { m_testThread = nullptr; });
    m_testThread->start();
}

void ConnectionDialog::showTestResult(bool ok, const QString &message)
{
    m_test->setEnabled(true);
    m_lastResult = message;
    m_result->setText(ok ? message : tr("Failed: %1").arg(message));
    Q_EMIT testFinished(ok, message);
}

} // namespace sf::ui
