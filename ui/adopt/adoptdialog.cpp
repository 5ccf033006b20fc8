#include "ui/adopt/adoptdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sf::ui {

namespace {

// One group of the summary; the group key (data of column 0) lets tests and code find it without its text.
QTreeWidgetItem *group(QTreeWidget *tree, const QString &key, const QString &title)
{
    auto *item = new QTreeWidgetItem(tree, {title});
    item->setData(0, Qt::UserRole, key);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

AdoptDialog::AdoptDialog(const QString &projectDir, bool replaceExisting, QWidget *parent)
    : QDialog(parent), m_projectDir(projectDir), m_replaceExisting(replaceExisting)
{
    setObjectName(QStringLiteral("adoptDialog"));
    setWindowTitle(tr("Open Sequelize Project"));
    qRegisterMetaType<sf::ui::AdoptPlanPtr>();

    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("adoptFrom"));
    m_from->addItem(tr("Automatic (the model code when sequelize is installed)"), QString());
    m_from->addItem(tr("The model code"), QStringLiteral("models"));
    m_from->addItem(tr("The database"), QStringLiteral("database"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("adoptStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("adoptHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QTreeWidget(this);
    m_summary->setObjectName(QStringLiteral("adoptSummary"));
    m_summary->setColumnCount(2);
    m_summary->setHeaderLabels({tr("Found"), tr("State")});
    m_summary->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->header()->setStretchLastSection(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_adopt = m_buttons->addButton(tr("Adopt"), QDialogButtonBox::AcceptRole);
    m_adopt->setObjectName(QStringLiteral("adoptButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("adoptCancelButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Folder:"), new QLabel(QDir::toNativeSeparators(projectDir), this));
    form->addRow(tr("Read the design from:"), m_from);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_header);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_buttons);
    resize(720, 560);

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("adoptWorker"));
    m_worker = new AdoptWorker;
    m_worker->moveToThread(m_thread);
    connect(m_worker, &AdoptWorker::surveyed, this, &AdoptDialog::showPlan);
    connect(m_worker, &AdoptWorker::written, this, &AdoptDialog::finishWrite);
    m_thread->start();

    connect(m_from, &QComboBox::currentIndexChanged, this, &AdoptDialog::startSurvey);
    connect(m_adopt, &QPushButton::clicked, this, &AdoptDialog::startWrite);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    startSurvey();
}

AdoptDialog::~AdoptDialog()
{
    m_thread->quit();
    m_thread->wait(); // a running survey or write finishes before the worker goes
    delete m_worker;
}

void AdoptDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    m_from->setEnabled(!busy);
    m_adopt->setEnabled(!busy && m_plan && m_plan->result.ok);
}

void AdoptDialog::startSurvey()
{
    if (m_busy)
        return;
    m_plan.reset();
    m_summary->clear();
    m_header->clear();
    setBusy(true, tr("Reading the project with node and its database; nothing is written yet..."));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, dir = m_projectDir, from = m_from->currentData().toString(),
                                         replace = m_replaceExisting] { w->survey(dir, from, replace); });
}

void AdoptDialog::showPlan(const AdoptPlanPtr &plan)
{
    m_plan = plan;
    const sequelize::AdoptResult &r = plan->result;
    if (!r.ok) {
        setBusy(false, tr("This folder cannot be adopted. Nothing was written.\n\n%1").arg(qs(r.error)));
        return;
    }
    int applied = 0, pending = 0;
    for (const auto &m : r.migrations)
        (m.applied ? applied : pending) += m.state != "missing-file";
    m_header->setText(tr("Project file: %1\nEnvironment \"%2\": %3\nDesign read from: %4")
                          .arg(QDir::toNativeSeparators(qs(r.projectFile)), qs(r.env), qs(r.redactedUrl),
                               r.from == "models" ? tr("the model code") : tr("the database")));
    QTreeWidgetItem *models = group(m_summary, QStringLiteral("models"), tr("Models: %1").arg(r.models.size()));
    for (const auto &m : r.models)
        new QTreeWidgetItem(models, {qs(m)});
    QTreeWidgetItem *links = group(m_summary, QStringLiteral("links"), tr("Links: %1").arg(r.links.size()));
    for (const auto &l : r.links)
        new QTreeWidgetItem(links, {qs(l)});
    QTreeWidgetItem *migrations = group(m_summary, QStringLiteral("migrations"),
                                        tr("Migrations: %1 applied, %2 pending").arg(applied).arg(pending));
    for (const auto &m : r.migrations) {
        auto *item = new QTreeWidgetItem(migrations, {qs(m.fileName), m.applied ? tr("applied") : tr("pending")});
        item->setData(0, Qt::UserRole, m.applied);
        item->setData(1, Qt::UserRole, qs(m.state));
        item->setToolTip(1, qs(m.state));
    }
    QTreeWidgetItem *problems = group(m_summary, QStringLiteral("problems"), tr("Problems: %1").arg(r.problems.size()));
    for (const auto &p : r.problems) {
        auto *item = new QTreeWidgetItem(problems, {qs(p)});
        item->setToolTip(0, qs(p));
    }
    m_summary->expandAll();
    setBusy(false, m_replaceExisting ? tr("Press Adopt to replace the existing project file and open it.")
                                     : tr("Press Adopt to write the project file and open it."));
}

void AdoptDialog::startWrite()
{
    if (m_busy || !m_plan || !m_plan->result.ok)
        return;
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false); // a write is not taken back half-way
    setBusy(true, tr("Writing the project..."));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, plan = m_plan] { w->write(plan); });
}

void AdoptDialog::finishWrite(bool ok, const QString &error)
{
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    if (!ok) {
        setBusy(false, tr("Adopting failed: %1").arg(error));
        return;
    }
    m_projectFile = qs(m_plan->result.projectFile);
    setBusy(false, QString());
    accept();
}

} // namespace sf::ui
