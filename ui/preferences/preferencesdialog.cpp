#include "ui/preferences/preferencesdialog.h"

#include "core/sql/dialectid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sf::ui {

namespace {

// The combo box data of a dialect: its project dialect name (also the URL scheme).
QString dialectData(sql::DialectId id)
{
    return QString::fromStdString(std::string(sql::dialectName(id)));
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_dialect = new QComboBox(this);
    m_dialect->addItem(tr("PostgreSQL"), dialectData(sql::DialectId::Postgres));
    m_dialect->addItem(tr("MySQL / MariaDB"), dialectData(sql::DialectId::MySql));
    m_dialect->addItem(tr("SQLite"), dialectData(sql::DialectId::Sqlite));
    m_dialect->setCurrentIndex(std::max(0, m_dialect->findData(current.defaultDialect)));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_theme->addItem(tr("Follow the system"), QString());
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));

    m_grid = new QCheckBox(tr("Show the grid on the canvas"), this);
    m_grid->setChecked(current.showGrid);
    m_snap = new QCheckBox(tr("Snap cards to the grid"), this);
    m_snap->setChecked(current.snapToGrid);
    m_confirm = new QCheckBox(tr("Ask before writing a migration that loses data"), this);
    m_confirm->setChecked(current.confirmDestructive);
    m_migrations = new QLineEdit(current.migrationsFolder, this);
    m_migrations->setToolTip(tr("Used for projects that do not name their own migrations folder"));

    auto *form = new QFormLayout;
    form->addRow(tr("Default dialect:"), m_dialect);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Canvas:"), m_grid);
    form->addRow(QString(), m_snap);
    form->addRow(tr("Migrations:"), m_confirm);
    form->addRow(tr("Default migrations folder:"), m_migrations);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.defaultDialect = m_dialect->currentData().toString();
    p.language = m_language->currentData().toString();
    p.theme = m_theme->currentData().toString();
    p.showGrid = m_grid->isChecked();
    p.snapToGrid = m_snap->isChecked();
    p.confirmDestructive = m_confirm->isChecked();
    p.migrationsFolder =
        m_migrations->text().trimmed().isEmpty() ? QStringLiteral("migrations") : m_migrations->text().trimmed();
    return p;
}

} // namespace sf::ui
