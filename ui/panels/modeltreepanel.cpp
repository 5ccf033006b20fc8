#include "ui/panels/modeltreepanel.h"

#include "ui/document/documentcontroller.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sf::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kOwnerRole = Qt::UserRole + 1;

const char *kindText(design::AssociationKind k)
{
    switch (k) {
    case design::AssociationKind::OneToOne:
        return "1:1";
    case design::AssociationKind::OneToMany:
        return "1:N";
    case design::AssociationKind::ManyToMany:
        return "M:N";
    }
    return "";
}
} // namespace

ModelTreePanel::ModelTreePanel(DocumentController *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("modelTreePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("modelFilter"));
    m_filter->setPlaceholderText(tr("Filter models, attributes, links"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("modelTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Name"), tr("Type")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &ModelTreePanel::rebuild);
    connect(m_filter, &QLineEdit::textChanged, this, &ModelTreePanel::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const QString owner = item->data(0, kOwnerRole).toString();
        const QString id = owner.isEmpty() ? item->data(0, kIdRole).toString() : owner;
        if (!id.isEmpty()) {
            m_currentId = id;
            Q_EMIT idActivated(id);
        }
    });
    const auto center = [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const QString owner = item->data(0, kOwnerRole).toString();
        const QString id = owner.isEmpty() ? item->data(0, kIdRole).toString() : owner;
        if (!id.isEmpty())
            Q_EMIT idCentered(id);
    };
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, center);
    connect(m_tree, &QTreeWidget::itemActivated, this, center);

    for (auto signal : {&DocumentController::modelAdded, &DocumentController::modelRemoved,
                        &DocumentController::modelChanged, &DocumentController::associationAdded,
                        &DocumentController::associationRemoved, &DocumentController::associationChanged})
        connect(doc, signal, this, &ModelTreePanel::scheduleRebuild);
    connect(doc, &DocumentController::projectReset, this, &ModelTreePanel::scheduleRebuild);
    rebuild();
}

void ModelTreePanel::scheduleRebuild()
{
    m_rebuildTimer.start();
}

void ModelTreePanel::rebuild()
{
    const QSignalBlocker block(m_tree);
    const QString current = m_currentId;
    m_tree->clear();
    const auto &d = m_doc->design();
    auto *models = new QTreeWidgetItem(m_tree, {tr("Models (%1)").arg(d.models.size())});
    auto *links = new QTreeWidgetItem(m_tree, {tr("Associations (%1)").arg(d.associations.size())});
    QTreeWidgetItem *restore = nullptr;
    for (const auto &m : d.models) {
        auto *mi = new QTreeWidgetItem(models, {QString::fromStdString(m.name)});
        mi->setData(0, kIdRole, QString::fromStdString(m.id));
        if (mi->data(0, kIdRole).toString() == current)
            restore = mi;
        for (const auto &a : m.attributes) {
            auto *ai =
                new QTreeWidgetItem(mi, {QString::fromStdString(a.name), QString::fromStdString(a.type.toString())});
            ai->setData(0, kIdRole, QString::fromStdString(a.id));
            ai->setData(0, kOwnerRole, QString::fromStdString(m.id));
        }
    }
    for (const auto &a : d.associations) {
        const auto *s = d.modelById(a.source);
        const auto *t = d.modelById(a.target);
        const QString text = QStringLiteral("%1 \u2192 %2")
                                 .arg(s ? QString::fromStdString(s->name) : QStringLiteral("?"),
                                      t ? QString::fromStdString(t->name) : QStringLiteral("?"));
        auto *li = new QTreeWidgetItem(links, {text, QString::fromLatin1(kindText(a.kind))});
        li->setData(0, kIdRole, QString::fromStdString(a.id));
        if (li->data(0, kIdRole).toString() == current)
            restore = li;
    }
    models->setExpanded(true);
    links->setExpanded(true);
    if (restore)
        m_tree->setCurrentItem(restore);
    else
        m_tree->setCurrentItem(nullptr);
    applyFilter();
}

void ModelTreePanel::applyFilter()
{
    const QString f = m_filter->text().trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            bool childMatch = false;
            for (int c = 0; c < item->childCount(); ++c) {
                const bool m = f.isEmpty() || item->child(c)->text(0).contains(f, Qt::CaseInsensitive);
                item->child(c)->setHidden(!m && !item->text(0).contains(f, Qt::CaseInsensitive));
                childMatch |= m && !f.isEmpty();
            }
            const bool match = f.isEmpty() || item->text(0).contains(f, Qt::CaseInsensitive) || childMatch;
            item->setHidden(!match);
            if (childMatch)
                item->setExpanded(true);
        }
    }
}

void ModelTreePanel::setCurrentId(const std::string &id)
{
    const QString qid = QString::fromStdString(id);
    m_currentId = qid;
    const QSignalBlocker block(m_tree);
    if (qid.isEmpty()) {
        m_tree->setCurrentItem(nullptr);
        m_tree->clearSelection();
        return;
    }
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, kIdRole).toString() == qid) {
                m_tree->setCurrentItem(group->child(i));
                return;
            }
    }
    // Not listed yet (the rebuild after an edit is deferred): rebuild() selects it.
    m_tree->setCurrentItem(nullptr);
}

} // namespace sf::ui
