#include "ui/panels/associationpropertiespage.h"

#include "ui/commands/editassociationcommand.h"
#include "ui/document/documentcontroller.h"
#include "ui/panels/problemlist.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sf::ui {

namespace {

QComboBox *actionCombo(QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->addItem(AssociationPropertiesPage::tr("(default)"), QString());
    for (const char *a : {"CASCADE", "SET NULL", "RESTRICT", "NO ACTION", "SET DEFAULT"})
        c->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
    return c;
}

std::optional<std::string> opt(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<std::string>(t.toStdString());
}

QString str(const std::optional<std::string> &s)
{
    return s ? QString::fromStdString(*s) : QString();
}

} // namespace

AssociationPropertiesPage::AssociationPropertiesPage(DocumentController *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("associationPropertiesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("associationKind"));
    m_kind->addItem(tr("One-to-one (hasOne / belongsTo)"), int(design::AssociationKind::OneToOne));
    m_kind->addItem(tr("One-to-many (hasMany / belongsTo)"), int(design::AssociationKind::OneToMany));
    m_kind->addItem(tr("Many-to-many (belongsToMany)"), int(design::AssociationKind::ManyToMany));
    m_source = new QComboBox(this);
    m_target = new QComboBox(this);
    m_as = new QLineEdit(this);
    m_inverseAs = new QLineEdit(this);
    m_foreignKey = new QLineEdit(this);
    m_foreignKey->setObjectName(QStringLiteral("associationForeignKey"));
    m_otherKey = new QLineEdit(this);
    m_onDelete = actionCombo(this);
    m_onUpdate = actionCombo(this);
    m_through = new QLineEdit(this);
    m_through->setObjectName(QStringLiteral("associationThrough"));
    m_allowNull = new QComboBox(this);
    m_allowNull->addItem(tr("(default: yes)"));
    m_allowNull->addItem(tr("Yes"));
    m_allowNull->addItem(tr("No"));
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Alias (as):"), m_as);
    form->addRow(tr("Inverse alias:"), m_inverseAs);
    form->addRow(tr("Foreign key:"), m_foreignKey);
    form->addRow(tr("Other key:"), m_otherKey);
    form->addRow(tr("On delete:"), m_onDelete);
    form->addRow(tr("On update:"), m_onUpdate);
    form->addRow(tr("Through (join table):"), m_through);
    form->addRow(tr("Allow null:"), m_allowNull);
    layout->addLayout(form);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    layout->addWidget(m_problems);
    layout->addStretch();

    for (QComboBox *c : {m_kind, m_source, m_target, m_onDelete, m_onUpdate, m_allowNull})
        connect(c, &QComboBox::activated, this, &AssociationPropertiesPage::commit);
    for (QLineEdit *e : {m_as, m_inverseAs, m_foreignKey, m_otherKey, m_through})
        connect(e, &QLineEdit::editingFinished, this, &AssociationPropertiesPage::commit);
}

void AssociationPropertiesPage::setAssociationId(const std::string &id)
{
    m_id = id;
    reload();
}

void AssociationPropertiesPage::reload()
{
    const design::Association *a = m_doc->design().associationById(m_id);
    if (!a)
        return;
    m_updating = true;
    for (QComboBox *c : {m_source, m_target}) {
        c->clear();
        for (const auto &m : m_doc->design().models)
            c->addItem(QString::fromStdString(m.name), QString::fromStdString(m.id));
    }
    m_kind->setCurrentIndex(m_kind->findData(int(a->kind)));
    m_source->setCurrentIndex(m_source->findData(QString::fromStdString(a->source)));
    m_target->setCurrentIndex(m_target->findData(QString::fromStdString(a->target)));
    m_as->setText(str(a->as));
    m_inverseAs->setText(str(a->inverseAs));
    m_foreignKey->setText(str(a->foreignKey));
    m_otherKey->setText(str(a->otherKey));
    m_otherKey->setEnabled(a->kind == design::AssociationKind::ManyToMany);
    m_onDelete->setCurrentIndex(std::max(0, m_onDelete->findData(str(a->onDelete))));
    m_onUpdate->setCurrentIndex(std::max(0, m_onUpdate->findData(str(a->onUpdate))));
    m_through->setText(str(a->through));
    m_through->setEnabled(a->kind == design::AssociationKind::ManyToMany);
    m_allowNull->setCurrentIndex(a->allowNull ? (*a->allowNull ? 1 : 2) : 0);
    const QStringList problems = ProblemList::forObject(m_doc->design(), m_id, m_doc->project().defaultDialect()).lines;
    m_problems->setText(ProblemList::toHtml(problems));
    m_problems->setVisible(!problems.isEmpty());
    m_updating = false;
}

void AssociationPropertiesPage::commit()
{
    const design::Association *a = m_doc->design().associationById(m_id);
    if (m_updating || !a)
        return;
    design::Association after = *a;
    after.kind = design::AssociationKind(m_kind->currentData().toInt());
    after.source = m_source->currentData().toString().toStdString();
    after.target = m_target->currentData().toString().toStdString();
    after.as = opt(m_as->text());
    after.inverseAs = opt(m_inverseAs->text());
    after.foreignKey = opt(m_foreignKey->text());
    after.otherKey = opt(m_otherKey->text());
    after.onDelete = opt(m_onDelete->currentData().toString());
    after.onUpdate = opt(m_onUpdate->currentData().toString());
    after.through = opt(m_through->text());
    if (after.kind == design::AssociationKind::ManyToMany && !after.through) {
        const auto *s = m_doc->design().modelById(after.source);
        const auto *t = m_doc->design().modelById(after.target);
        if (s && t)
            after.through = s->name + t->name;
    }
    after.allowNull =
        m_allowNull->currentIndex() == 0 ? std::nullopt : std::optional<bool>(m_allowNull->currentIndex() == 1);
    if (after.source.empty() || after.target.empty() || after == *a)
        return;
    m_doc->undoStack()->push(new EditAssociationCommand(m_doc, after));
}

} // namespace sf::ui
