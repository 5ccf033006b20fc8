#include "ui/migrations/generatemigrationdialog.h"

#include "ui/preview/sqlhighlighter.h"

#include "core/lint/linter.h"
#include "core/migrate/directory.h"
#include "core/migrate/generator.h"
#include "core/migrate/preview.h"
#include "core/ops/describe.h"
#include "core/ops/inverse.h"
#include "core/sql/dialect.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sf::ui {

namespace {
QPlainTextEdit *sqlView(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *e = new QPlainTextEdit(text, parent);
    e->setObjectName(objectName);
    e->setReadOnly(true);
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    e->setFont(mono);
    (new SqlHighlighter(e->document()))->followPalette(e);
    return e;
}
} // namespace

GenerateMigrationDialog::GenerateMigrationDialog(const project::Project &project, const QString &migrationsDir,
                                                 const QString &dialect, bool requireConfirmation, QWidget *parent)
    : QDialog(parent), m_requireConfirmation(requireConfirmation)
{
    setObjectName(QStringLiteral("generateMigrationDialog"));
    setWindowTitle(tr("Generate Migration"));
    resize(760, 560);
    try {
        const auto dir = migrate::MigrationDirectory::load(migrationsDir.toStdString());
        const auto ops = migrate::Generator::pendingOperations(project, dir);
        m_hasChanges = !ops.empty();
        for (const auto &op : ops)
            if (ops::destroysData(op))
                m_destructive << QString::fromStdString(ops::describe(op));
        const auto d = sql::makeDialect(dialect.toStdString());
        if (d && m_hasChanges) {
            m_up = QString::fromStdString(migrate::Preview::text({migrate::Preview::pending(project, dir, *d, false)}));
            m_down =
                QString::fromStdString(migrate::Preview::text({migrate::Preview::pending(project, dir, *d, true)}));
            lint::LintOptions options;
            options.dialect = d->name();
            m_findings = lint::Linter::lint({lint::LintMigration{"", ops}}, dir.replay(), options);
        }
    } catch (const std::exception &e) {
        m_error = QString::fromStdString(e.what());
    }

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("migrationName"));
    m_name->setPlaceholderText(tr("optional, e.g. add email to users"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(sqlView(m_up, QStringLiteral("generateUp"), this), tr("Up"));
    tabs->addTab(sqlView(m_down, QStringLiteral("generateDown"), this), tr("Down"));
    if (!m_findings.empty())
        tabs->addTab(lintView(), tr("Lint (%1)").arg(m_findings.size()));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The migration will run this SQL (%1):").arg(dialect), this));
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    if (!m_destructive.isEmpty()) {
        QString html = tr("<b>This migration loses data:</b>") + QStringLiteral("<ul>");
        for (const QString &d : m_destructive)
            html += QStringLiteral("<li>") + d.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        auto *warning = new QLabel(html, this);
        warning->setObjectName(QStringLiteral("destructiveList"));
        warning->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
        m_confirm = new QCheckBox(tr("I understand that the data listed above will be deleted"), this);
        m_confirm->setObjectName(QStringLiteral("confirmDestructive"));
        layout->addWidget(m_confirm);
        connect(m_confirm, &QCheckBox::toggled, this, &GenerateMigrationDialog::updateOk);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Write Migration"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateOk();
}

QWidget *GenerateMigrationDialog::lintView()
{
    // The same findings `schemaforge-cli lint` prints, worst first; the safer plan under each.
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("generateLint"));
    list->setHeaderLabels({tr("Severity"), tr("Table"), tr("Finding")});
    list->setRootIsDecorated(false);
    list->setWordWrap(true);
    list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const auto severity : {lint::Severity::Error, lint::Severity::Warning, lint::Severity::Info})
        for (const auto &f : m_findings) {
            if (f.severity != severity)
                continue;
            const QString label = severity == lint::Severity::Error     ? tr("Error")
                                  : severity == lint::Severity::Warning ? tr("Warning")
                                                                        : tr("Lock");
            QString text = QString::fromStdString(f.message);
            if (!f.fix.empty())
                text += QLatin1Char('\n') + tr("Safer: %1").arg(QString::fromStdString(f.fix));
            auto *item = new QTreeWidgetItem(list, {label, QString::fromStdString(f.table), text});
            if (severity == lint::Severity::Error)
                item->setForeground(0, QColor(0xb0, 0x00, 0x20));
            else if (severity == lint::Severity::Warning)
                item->setForeground(0, QColor(0x98, 0x5f, 0x00));
        }
    return list;
}

QString GenerateMigrationDialog::migrationName() const
{
    return m_name->text().trimmed();
}

bool GenerateMigrationDialog::destructiveConfirmed() const
{
    return m_destructive.isEmpty() || !m_requireConfirmation || (m_confirm && m_confirm->isChecked());
}

void GenerateMigrationDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_hasChanges && m_error.isEmpty() && destructiveConfirmed());
}

} // namespace sf::ui
