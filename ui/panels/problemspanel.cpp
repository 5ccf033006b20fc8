#include "ui/panels/problemspanel.h"

#include "ui/document/documentcontroller.h"
#include "ui/document/physicalcache.h"

#include "core/design/validator.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sf::ui {

namespace {
enum Role { OwnerRole = Qt::UserRole, FocusRole };

// The model or association an object id belongs to (attributes and indexes belong to a model).
QString ownerOf(const design::Design &design, const std::string &id)
{
    for (const auto &m : design.models) {
        if (m.id == id)
            return QString::fromStdString(m.id);
        for (const auto &a : m.attributes)
            if (a.id == id)
                return QString::fromStdString(m.id);
        for (const auto &i : m.indexes)
            if (i.id == id)
                return QString::fromStdString(m.id);
    }
    for (const auto &a : design.associations)
        if (a.id == id)
            return QString::fromStdString(a.id);
    return {};
}
} // namespace

ProblemsPanel::ProblemsPanel(DocumentController *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem"), tr("How to fix")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ProblemsPanel::rebuild);
    for (auto signal : {&DocumentController::modelAdded, &DocumentController::modelRemoved,
                        &DocumentController::modelChanged, &DocumentController::associationAdded,
                        &DocumentController::associationRemoved, &DocumentController::associationChanged})
        connect(doc, signal, this, &ProblemsPanel::recompute);
    connect(doc, &DocumentController::projectReset, this, [this] {
        m_drift.clear();
        m_import.clear();
        m_lint.clear();
        recompute();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &ProblemsPanel::activate);
    rebuild();
}

void ProblemsPanel::recompute()
{
    m_debounce.start();
}

int ProblemsPanel::problemCount() const
{
    return m_problems;
}

void ProblemsPanel::setDrift(const QList<DriftRow> &items)
{
    m_drift = items;
    rebuild();
}

void ProblemsPanel::setLintFindings(const std::vector<lint::Finding> &findings)
{
    m_lint = findings;
    rebuild();
}

void ProblemsPanel::setImportReport(const std::vector<importer::ImportNote> &notes)
{
    m_import = notes;
    rebuild();
}

QString ProblemsPanel::modelForTable(const QString &table) const
{
    const std::string name = table.toStdString();
    for (const auto &m : m_doc->design().models)
        if (const auto *t = m_doc->physical()->tableForModel(m.id); t && t->name == name)
            return QString::fromStdString(m.id);
    return {};
}

QStringList ProblemsPanel::driftModelIds() const
{
    QStringList ids;
    for (const auto &d : m_drift)
        if (const QString id = modelForTable(d.table); !id.isEmpty() && !ids.contains(id))
            ids << id;
    return ids;
}

void ProblemsPanel::rebuild()
{
    m_debounce.stop();
    const auto problems = design::validate(m_doc->project());
    m_list->clear();
    int errors = 0, warnings = 0;
    QList<QTreeWidgetItem *> items;
    for (const auto &p : problems) {
        QString severity;
        switch (p.severity) {
        case design::Severity::Error:
            severity = tr("Error");
            ++errors;
            break;
        case design::Severity::Warning:
            severity = tr("Warning");
            ++warnings;
            break;
        case design::Severity::Info:
            severity = tr("Info");
            break;
        }
        auto *item = new QTreeWidgetItem({severity, QString::fromStdString(p.path), QString::fromStdString(p.message),
                                          QString::fromStdString(p.fix)});
        item->setData(0, OwnerRole, ownerOf(m_doc->design(), p.objectId));
        item->setData(0, FocusRole, QString::fromStdString(p.objectId));
        if (p.severity == design::Severity::Error)
            item->setForeground(0, QColor(0xb0, 0x00, 0x20));
        items << item;
    }
    m_problems = int(items.size());
    for (const auto &d : m_drift) {
        auto *item = new QTreeWidgetItem(
            {tr("Drift"), d.table, d.message, tr("Generate a migration or undo the manual change")});
        const QString model = modelForTable(d.table);
        item->setData(0, OwnerRole, model);
        item->setData(0, FocusRole, model);
        item->setForeground(0, QColor(0x98, 0x5f, 0x00));
        items << item;
    }
    for (const auto &f : m_lint) {
        QString severity;
        QColor colour;
        switch (f.severity) {
        case lint::Severity::Error:
            severity = tr("Lint error");
            colour = QColor(0xb0, 0x00, 0x20);
            ++errors;
            break;
        case lint::Severity::Warning:
            severity = tr("Lint warning");
            colour = QColor(0x98, 0x5f, 0x00);
            ++warnings;
            break;
        case lint::Severity::Info:
            severity = tr("Lock");
            break;
        }
        const QString table = QString::fromStdString(f.table);
        auto *item =
            new QTreeWidgetItem({severity, table, QString::fromStdString(f.message), QString::fromStdString(f.fix)});
        const QString model = table.isEmpty() ? QString() : modelForTable(table);
        item->setData(0, OwnerRole, model);
        item->setData(0, FocusRole, model);
        item->setToolTip(2, tr("Pending change, rule %1").arg(QString::fromStdString(f.rule)));
        if (colour.isValid())
            item->setForeground(0, colour);
        items << item;
    }
    for (const auto &n : m_import) {
        const bool kept = n.severity == importer::ImportNote::Severity::Unsupported;
        const QString where = QString::fromStdString(n.table.empty() ? n.name : n.table);
        auto *item =
            new QTreeWidgetItem({kept ? tr("Warning") : tr("Info"), where, QString::fromStdString(n.message),
                                 kept ? tr("Kept as a raw-SQL note on the model (see its Note); migrations do not "
                                           "recreate it: add it by hand if you need it")
                                      : QString()});
        const QString model = n.table.empty() ? QString() : modelForTable(QString::fromStdString(n.table));
        item->setData(0, OwnerRole, model);
        item->setData(0, FocusRole, model);
        item->setToolTip(2, QString::fromStdString(n.sql));
        if (kept) {
            item->setForeground(0, QColor(0x98, 0x5f, 0x00));
            ++warnings;
        }
        items << item;
    }
    m_list->addTopLevelItems(items);
    if (items.isEmpty())
        m_summary->setText(tr("No problems."));
    else
        m_summary->setText(
            tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings) +
            (m_drift.isEmpty() ? QString()
                               : QStringLiteral(", ") + tr("%n drift item(s)", nullptr, int(m_drift.size()))));
    Q_EMIT problemsChanged(errors, warnings);
}

void ProblemsPanel::activate(QTreeWidgetItem *item)
{
    const QString owner = item->data(0, OwnerRole).toString();
    if (!owner.isEmpty())
        Q_EMIT objectActivated(owner, item->data(0, FocusRole).toString());
}

} // namespace sf::ui
