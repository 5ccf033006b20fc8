#include "ui/panels/modelpropertiespage.h"

#include "core/design/naming.h"
#include "ui/commands/addattributecommand.h"
#include "ui/commands/editmodelcommand.h"
#include "ui/commands/moveattributecommand.h"
#include "ui/commands/removeattributecommand.h"
#include "ui/commands/renamemodelcommand.h"
#include "ui/document/documentcontroller.h"
#include "ui/panels/attributetable.h"
#include "ui/panels/problemlist.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sf::ui {

ModelPropertiesPage::ModelPropertiesPage(DocumentController *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("modelPropertiesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("modelName"));
    m_tableName = new QLineEdit(this);
    m_tableName->setObjectName(QStringLiteral("modelTableName"));
    m_comment = new QLineEdit(this);
    m_timestamps = new QCheckBox(tr("Timestamps (createdAt, updatedAt)"), this);
    m_paranoid = new QCheckBox(tr("Paranoid (deletedAt)"), this);
    m_underscored = new QCheckBox(tr("Underscored names"), this);
    m_freeze = new QCheckBox(tr("Freeze table name"), this);
    form->addRow(tr("Model name:"), m_name);
    form->addRow(tr("Table name:"), m_tableName);
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(m_timestamps);
    form->addRow(m_paranoid);
    form->addRow(m_underscored);
    form->addRow(m_freeze);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Attributes"), this));
    m_table = new AttributeTable(doc, this);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addAttributeButton"));
    m_remove = new QPushButton(tr("Delete"), this);
    m_remove->setObjectName(QStringLiteral("removeAttributeButton"));
    m_up = new QPushButton(tr("Up"), this);
    m_down = new QPushButton(tr("Down"), this);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("modelProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    layout->addWidget(m_problems);

    connect(m_name, &QLineEdit::editingFinished, this, &ModelPropertiesPage::commitName);
    connect(m_tableName, &QLineEdit::editingFinished, this, &ModelPropertiesPage::commitOptions);
    connect(m_comment, &QLineEdit::editingFinished, this, &ModelPropertiesPage::commitOptions);
    for (QCheckBox *c : {m_timestamps, m_paranoid, m_underscored, m_freeze})
        connect(c, &QCheckBox::toggled, this, &ModelPropertiesPage::commitOptions);
    connect(m_add, &QPushButton::clicked, this, &ModelPropertiesPage::addAttribute);
    connect(m_remove, &QPushButton::clicked, this, &ModelPropertiesPage::removeAttribute);
    connect(m_up, &QPushButton::clicked, this, [this] { moveAttribute(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveAttribute(1); });
    connect(m_table, &AttributeTable::problemReported, this, &ModelPropertiesPage::showProblems);
    connect(m_table, &AttributeTable::addRequested, this, &ModelPropertiesPage::addAttribute);
    connect(m_table, &AttributeTable::removeRequested, this, &ModelPropertiesPage::removeAttribute);
    connect(m_table, &AttributeTable::moveRequested, this, &ModelPropertiesPage::moveAttribute);
    connect(m_table, &AttributeTable::editCancelled, this, &ModelPropertiesPage::onEditCancelled);
}

void ModelPropertiesPage::setModelId(const std::string &id)
{
    m_modelId = id;
    m_cellProblem.clear();
    m_table->setModelId(id);
    reload();
}

void ModelPropertiesPage::reload()
{
    const design::Model *m = m_doc->design().modelById(m_modelId);
    if (!m)
        return;
    m_updating = true;
    if (!m_name->hasFocus())
        m_name->setText(QString::fromStdString(m->name));
    if (!m_tableName->hasFocus())
        m_tableName->setText(QString::fromStdString(m->tableName.value_or(std::string())));
    m_tableName->setPlaceholderText(QString::fromStdString(design::naming::tableNameFor(*m)));
    if (!m_comment->hasFocus())
        m_comment->setText(QString::fromStdString(m->comment.value_or(std::string())));
    m_timestamps->setChecked(m->hasTimestamps());
    m_paranoid->setChecked(m->isParanoid());
    m_underscored->setChecked(m->isUnderscored());
    m_freeze->setChecked(m->freezeTableName.value_or(false));
    m_updating = false;
    m_table->reload();
    showProblems(m_cellProblem);
}

void ModelPropertiesPage::showProblems(const QString &cellProblem)
{
    m_cellProblem = cellProblem;
    const ProblemList::ObjectProblems problems =
        ProblemList::forObject(m_doc->design(), m_modelId, m_doc->project().defaultDialect());
    m_table->showProblems(problems.byAttribute);
    QStringList lines = problems.lines;
    if (!cellProblem.isEmpty())
        lines.prepend(cellProblem);
    m_problems->setText(ProblemList::toHtml(lines));
    m_problems->setVisible(!lines.isEmpty());
}

void ModelPropertiesPage::commitName()
{
    const design::Model *m = m_doc->design().modelById(m_modelId);
    if (m_updating || !m)
        return;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name.toStdString() == m->name) {
        m_name->setText(QString::fromStdString(m->name));
        return;
    }
    m_doc->undoStack()->push(new RenameModelCommand(m_doc, m_modelId, name));
}

void ModelPropertiesPage::commitOptions()
{
    const design::Model *m = m_doc->design().modelById(m_modelId);
    if (m_updating || !m)
        return;
    design::Model after = *m;
    auto opt = [](const QString &t) {
        const QString s = t.trimmed();
        return s.isEmpty() ? std::optional<std::string>() : std::optional<std::string>(s.toStdString());
    };
    after.tableName = opt(m_tableName->text());
    after.comment = opt(m_comment->text());
    auto flag = [](bool value, bool defaultValue) {
        return value == defaultValue ? std::optional<bool>() : std::optional<bool>(value);
    };
    after.timestamps = flag(m_timestamps->isChecked(), true);
    after.paranoid = flag(m_paranoid->isChecked(), false);
    after.underscored = flag(m_underscored->isChecked(), false);
    after.freezeTableName = flag(m_freeze->isChecked(), false);
    if (after != *m)
        m_doc->undoStack()->push(new EditModelCommand(m_doc, after));
}

int ModelPropertiesPage::addAttribute()
{
    const design::Model *m = m_doc->design().modelById(m_modelId);
    if (!m)
        return -1;
    design::Attribute a;
    a.id = m_doc->newId("a");
    a.name = m_doc->uniqueAttributeName(m_modelId, QStringLiteral("attribute")).toStdString();
    a.type.kind = design::TypeKind::String;
    const int row = int(m->attributes.size());
    m_doc->undoStack()->push(new AddAttributeCommand(m_doc, m_modelId, a, row));
    m_freshId = a.id;
    m_freshIndex = m_doc->undoStack()->index();
    // Straight into typing the name: Tab goes on to the type and the flags, Enter to the next row.
    m_table->setFocus();
    m_table->setCurrentCell(row, AttributeTable::Name);
    if (QTableWidgetItem *name = m_table->item(row, AttributeTable::Name))
        m_table->editItem(name);
    return row;
}

void ModelPropertiesPage::onEditCancelled(int row)
{
    QUndoStack *stack = m_doc->undoStack();
    const bool fresh = !m_freshId.empty() && m_table->attributeIdAt(row) == m_freshId &&
                       stack->index() == m_freshIndex && stack->index() == stack->count();
    m_freshId.clear();
    if (fresh)
        stack->undo(); // Esc right after Add: the row was never wanted
}

void ModelPropertiesPage::removeAttribute()
{
    const int row = m_table->currentRow();
    const std::string id = m_table->attributeIdAt(row);
    if (id.empty())
        return;
    m_doc->undoStack()->push(new RemoveAttributeCommand(m_doc, m_modelId, id));
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1),
                                m_table->currentColumn() < 0 ? 0 : m_table->currentColumn());
}

void ModelPropertiesPage::moveAttribute(int delta)
{
    const design::Model *m = m_doc->design().modelById(m_modelId);
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (!m || row < 0 || to < 0 || to >= int(m->attributes.size()))
        return;
    m_doc->undoStack()->push(new MoveAttributeCommand(m_doc, m_modelId, row, to));
    m_table->setCurrentCell(to, m_table->currentColumn());
}

} // namespace sf::ui
