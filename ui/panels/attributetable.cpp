#include "ui/panels/attributetable.h"

#include "core/design/naming.h"
#include "ui/commands/editattributecommand.h"
#include "ui/document/documentcontroller.h"
#include "ui/panels/entrydelegate.h"
#include "ui/panels/typedelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QRegularExpression>

namespace sf::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;

QTableWidgetItem *textItem(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    return i;
}

QTableWidgetItem *checkItem(bool on)
{
    auto *i = new QTableWidgetItem;
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    i->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return i;
}
} // namespace

AttributeTable::AttributeTable(DocumentController *doc, QWidget *parent) : QTableWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("attributeTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Null"), tr("Default"), tr("PK"), tr("AI"), tr("Unique"), tr("Comment")});
    horizontalHeaderItem(AllowNull)->setToolTip(tr("allowNull: the column accepts NULL"));
    horizontalHeaderItem(PrimaryKey)->setToolTip(tr("primaryKey"));
    horizontalHeaderItem(AutoIncrement)->setToolTip(tr("autoIncrement"));
    horizontalHeaderItem(Default)->setToolTip(tr("defaultValue: 'text', 42, true, NOW, UUIDV4 or sql:expression"));
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    auto *entry = new EntryDelegate(this);
    auto *types = new TypeDelegate(this);
    setItemDelegate(entry);
    setItemDelegateForColumn(Type, types);
    for (EntryDelegate *d : {entry, static_cast<EntryDelegate *>(types)})
        connect(d, &EntryDelegate::enterPressed, this, [this] { m_advanceOnClose = true; });
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    connect(this, &QTableWidget::itemChanged, this, &AttributeTable::onItemChanged);

    setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto action = [this](const QString &text, const char *name, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    action(tr("Add Attribute"), "actionGridAddAttribute", QKeySequence(Qt::CTRL | Qt::Key_Return),
           [this] { Q_EMIT addRequested(); });
    action(tr("Delete Attribute"), "actionGridDeleteAttribute", QKeySequence(), [this] { Q_EMIT removeRequested(); });
    action(tr("Move Up"), "actionGridMoveUp", QKeySequence(Qt::ALT | Qt::Key_Up), [this] { Q_EMIT moveRequested(-1); });
    action(tr("Move Down"), "actionGridMoveDown", QKeySequence(Qt::ALT | Qt::Key_Down),
           [this] { Q_EMIT moveRequested(1); });
}

void AttributeTable::advance()
{
    const int row = currentRow();
    if (row < 0 || row >= rowCount() - 1) {
        Q_EMIT addRequested();
        return;
    }
    setCurrentCell(row + 1, Name);
    editItem(item(row + 1, Name));
}

void AttributeTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const int row = currentRow();
    QTableWidget::closeEditor(editor, hint);
    const bool advanceNow = m_advanceOnClose && hint != QAbstractItemDelegate::RevertModelCache;
    m_advanceOnClose = false;
    if (hint == QAbstractItemDelegate::RevertModelCache)
        Q_EMIT editCancelled(row);
    if (advanceNow) // once the editor is gone (committed): the next row, or a new one
        QMetaObject::invokeMethod(this, &AttributeTable::advance, Qt::QueuedConnection);
}

void AttributeTable::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState && event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            advance();
            event->accept();
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (currentRow() >= 0)
                Q_EMIT removeRequested();
            event->accept();
            return;
        default:
            break;
        }
    }
    QTableWidget::keyPressEvent(event);
}

QString AttributeTable::defaultToText(const design::DefaultValue &v)
{
    using K = design::DefaultValue::Kind;
    switch (v.kind) {
    case K::None:
        return {};
    case K::String:
        return QLatin1Char('\'') + QString::fromStdString(v.text) + QLatin1Char('\'');
    case K::Number:
    case K::Boolean:
        return QString::fromStdString(v.text);
    case K::Now:
        return QStringLiteral("NOW");
    case K::UuidV4:
        return QStringLiteral("UUIDV4");
    case K::Sql:
        return QStringLiteral("sql:") + QString::fromStdString(v.text);
    }
    return {};
}

design::DefaultValue AttributeTable::defaultFromText(const QString &raw)
{
    const QString t = raw.trimmed();
    if (t.isEmpty())
        return design::DefaultValue::none();
    if (t.compare(QLatin1String("NOW"), Qt::CaseInsensitive) == 0)
        return design::DefaultValue::now();
    if (t.compare(QLatin1String("UUIDV4"), Qt::CaseInsensitive) == 0)
        return design::DefaultValue::uuidV4();
    if (t == QLatin1String("true") || t == QLatin1String("false"))
        return design::DefaultValue::boolean(t == QLatin1String("true"));
    if (t.startsWith(QLatin1String("sql:")))
        return design::DefaultValue::sql(t.mid(4).trimmed().toStdString());
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (number.match(t).hasMatch())
        return design::DefaultValue::number(t.toStdString());
    if (t.size() >= 2 && t.startsWith(QLatin1Char('\'')) && t.endsWith(QLatin1Char('\'')))
        return design::DefaultValue::string(t.mid(1, t.size() - 2).toStdString());
    return design::DefaultValue::string(t.toStdString());
}

void AttributeTable::setModelId(const std::string &modelId)
{
    m_modelId = modelId;
    setRowCount(0);
    reload();
}

std::string AttributeTable::attributeIdAt(int row) const
{
    const QTableWidgetItem *i = item(row, Name);
    return i ? i->data(kIdRole).toString().toStdString() : std::string();
}

void AttributeTable::fillRow(int row, const design::Attribute &a)
{
    auto set = [&](int col, QTableWidgetItem *fresh) {
        QTableWidgetItem *old = item(row, col);
        if (!old) {
            setItem(row, col, fresh);
            return;
        }
        if (old->flags() & Qt::ItemIsUserCheckable)
            old->setCheckState(fresh->checkState());
        else if (old->text() != fresh->text())
            old->setText(fresh->text());
        delete fresh;
    };
    set(Name, textItem(QString::fromStdString(a.name)));
    item(row, Name)->setData(kIdRole, QString::fromStdString(a.id));
    set(Type, textItem(QString::fromStdString(a.type.toString())));
    set(AllowNull, checkItem(a.isNullable()));
    set(Default, textItem(defaultToText(a.defaultValue)));
    set(PrimaryKey, checkItem(a.isPrimaryKey()));
    set(AutoIncrement, checkItem(a.isAutoIncrement()));
    set(Unique, checkItem(a.unique.has_value()));
    if (a.unique && *a.unique != "true")
        item(row, Unique)->setToolTip(tr("Unique group: %1").arg(QString::fromStdString(*a.unique)));
    set(Comment, textItem(QString::fromStdString(a.comment.value_or(std::string()))));
    for (int c = 0; c < ColumnCount; ++c) {
        item(row, c)->setBackground(QBrush());
        if (c != Unique)
            item(row, c)->setToolTip(QString());
    }
}

void AttributeTable::reload()
{
    const design::Model *m = m_doc->design().modelById(m_modelId);
    m_updating = true;
    if (!m) {
        setRowCount(0);
    } else {
        bool same = rowCount() == int(m->attributes.size());
        for (int r = 0; same && r < rowCount(); ++r)
            same = attributeIdAt(r) == m->attributes[r].id;
        if (!same) {
            // Structure changed (add/remove/reorder): rebuild rows; never while a cell is edited.
            clearContents();
            setRowCount(0);
            setRowCount(int(m->attributes.size()));
        }
        for (int r = 0; r < int(m->attributes.size()); ++r)
            fillRow(r, m->attributes[r]);
    }
    m_updating = false;
}

void AttributeTable::showProblems(const std::map<std::string, QString> &problems)
{
    m_updating = true;
    for (int r = 0; r < rowCount(); ++r) {
        QTableWidgetItem *name = item(r, Name);
        if (!name)
            continue;
        auto it = problems.find(attributeIdAt(r));
        if (it != problems.end()) {
            name->setBackground(QColor(255, 170, 0, 70));
            name->setToolTip(it->second);
        } else if (!name->toolTip().isEmpty()) {
            name->setBackground(QBrush());
            name->setToolTip(QString());
        }
    }
    m_updating = false;
}

void AttributeTable::onItemChanged(QTableWidgetItem *changed)
{
    if (m_updating)
        return;
    const int row = changed->row();
    const design::Model *m = m_doc->design().modelById(m_modelId);
    if (!m || row < 0 || row >= int(m->attributes.size()))
        return;
    design::Attribute a = m->attributes[row];
    const QString text = changed->text().trimmed();
    QString problem;
    switch (changed->column()) {
    case Name: {
        const std::string p = design::naming::identifierProblem(text.toStdString());
        bool duplicate = false;
        for (const auto &other : m->attributes)
            duplicate |= other.id != a.id && other.name == text.toStdString();
        if (!p.empty())
            problem = tr("Attribute name %1: %2").arg(text, QString::fromStdString(p));
        else if (duplicate)
            problem = tr("%1 already has an attribute named %2").arg(QString::fromStdString(m->name), text);
        else
            a.name = text.toStdString();
        break;
    }
    case Type: {
        std::string err;
        if (auto t = design::DataType::parse(text.toStdString(), &err))
            a.type = *t;
        else
            problem = tr("Type of %1: %2").arg(QString::fromStdString(a.name), QString::fromStdString(err));
        break;
    }
    case AllowNull:
        a.allowNull = changed->checkState() == Qt::Checked;
        if (*a.allowNull)
            a.allowNull.reset();
        break;
    case Default:
        a.defaultValue = defaultFromText(text);
        break;
    case PrimaryKey:
        a.primaryKey = changed->checkState() == Qt::Checked;
        if (!*a.primaryKey)
            a.primaryKey.reset();
        break;
    case AutoIncrement:
        a.autoIncrement = changed->checkState() == Qt::Checked;
        if (!*a.autoIncrement)
            a.autoIncrement.reset();
        break;
    case Unique:
        if (changed->checkState() == Qt::Checked) {
            if (!a.unique)
                a.unique = "true";
        } else {
            a.unique.reset();
        }
        break;
    case Comment:
        a.comment = text.isEmpty() ? std::nullopt : std::optional<std::string>(text.toStdString());
        break;
    default:
        break;
    }
    Q_EMIT problemReported(problem);
    if (!problem.isEmpty()) {
        reload(); // put the stored value back
        m_updating = true;
        changed->setBackground(QColor(255, 80, 80, 60));
        changed->setToolTip(problem);
        m_updating = false;
        return;
    }
    if (a != m->attributes[row])
        m_doc->undoStack()->push(new EditAttributeCommand(m_doc, m_modelId, a));
}

} // namespace sf::ui
