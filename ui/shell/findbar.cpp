#include "ui/shell/findbar.h"

#include "core/design/design.h"
#include "ui/canvas/diagramscene.h"
#include "ui/canvas/diagramview.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/modelitem.h"
#include "ui/document/documentcontroller.h"
#include "ui/panels/attributetable.h"
#include "ui/panels/modelpropertiespage.h"
#include "ui/panels/propertyeditor.h"
#include "ui/shell/shellparts.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace sf::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kVisibleRows = 6;

bool contains(const std::string &name, const QString &text)
{
    return QString::fromStdString(name).contains(text, Qt::CaseInsensitive);
}

bool contains(const std::optional<std::string> &name, const QString &text)
{
    return name && contains(*name, text);
}

} // namespace

FindBar::FindBar(const ShellParts &shell) : QFrame(shell.view), m_shell(shell)
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find models, attributes, links"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(888).arg(888)));
    // Icons only: the tooltips name them.
    auto button = [this](QStyle::StandardPixmap icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *prev = button(QStyle::SP_ArrowUp, tr("Previous match (Shift+Enter)"));
    QToolButton *next = button(QStyle::SP_ArrowDown, tr("Next match (Enter)"));
    QToolButton *closeButton = button(QStyle::SP_TitleBarCloseButton, tr("Close (Esc)"));
    prev->setObjectName(QStringLiteral("findPrevious"));
    next->setObjectName(QStringLiteral("findNext"));
    closeButton->setObjectName(QStringLiteral("findClose"));
    connect(prev, &QToolButton::clicked, this, &FindBar::previous);
    connect(next, &QToolButton::clicked, this, &FindBar::next);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("findMatches"));
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the search field
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) * kVisibleRows
                                                           : fontMetrics().height() * kVisibleRows + 8);
    m_list->hide();
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { jumpTo(m_list->row(item)); });

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_count);
    row->addWidget(prev);
    row->addWidget(next);
    row->addWidget(closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_list);
    hide();

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    DocumentController *doc = shell.document;
    // Edits while the bar is open: the list follows, the view stays where the user is.
    for (auto signal : {&DocumentController::modelAdded, &DocumentController::modelRemoved,
                        &DocumentController::modelChanged, &DocumentController::associationAdded,
                        &DocumentController::associationRemoved, &DocumentController::associationChanged})
        connect(doc, signal, this, [this] { refreshMatches(); });
    connect(doc, &DocumentController::projectReset, this, [this] { refreshMatches(); });
    shell.view->installEventFilter(this); // follows the view's size

    QMenu *edit = shell.editMenu;
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find..."), this, &FindBar::open);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), this, &FindBar::next);
    findNext->setObjectName(QStringLiteral("actionFindNext"));
    findNext->setShortcut(QKeySequence(Qt::Key_F3));
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), this, &FindBar::previous);
    findPrevious->setObjectName(QStringLiteral("actionFindPrevious"));
    findPrevious->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
}

std::vector<FindBar::Match> FindBar::findMatches(const design::Design &design, const QString &text)
{
    std::vector<Match> out;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return out;
    for (const design::Model &m : design.models) {
        if (contains(m.name, needle) || contains(m.tableName, needle))
            out.push_back({Kind::Model, m.id, m.id, QString::fromStdString(m.name)});
        for (const design::Attribute &a : m.attributes)
            if (contains(a.name, needle))
                out.push_back({Kind::Attribute, a.id, m.id, QString::fromStdString(m.name + "." + a.name)});
    }
    for (const design::Association &a : design.associations) {
        // A link has no name of its own: it is known by its aliases, its join table and its keys.
        const std::optional<std::string> names[] = {a.as, a.inverseAs, a.through, a.foreignKey, a.otherKey};
        for (const std::optional<std::string> &name : names) {
            if (!contains(name, needle))
                continue;
            const design::Model *source = design.modelById(a.source);
            const design::Model *target = design.modelById(a.target);
            const QString ends =
                QStringLiteral("%1 → %2").arg(QString::fromStdString(source ? source->name : a.source),
                                              QString::fromStdString(target ? target->name : a.target));
            out.push_back({Kind::Link, a.id, {}, QStringLiteral("%1 (%2)").arg(ends, QString::fromStdString(*name))});
            break;
        }
    }
    return out;
}

void FindBar::open()
{
    place();
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (!m_edit->text().isEmpty())
        refreshMatches();
}

void FindBar::dismiss()
{
    hide();
    m_shell.view->setFocus(Qt::OtherFocusReason);
}

void FindBar::next()
{
    if (!isVisible()) {
        open();
        if (m_current >= 0)
            return; // reopening jumps to the current match already
    }
    if (!m_matches.empty())
        jumpTo((m_current + 1) % int(m_matches.size()));
}

void FindBar::previous()
{
    if (!isVisible())
        open();
    if (!m_matches.empty())
        jumpTo((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                previous();
            else
                next();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            key->key() == Qt::Key_Down ? next() : previous();
            return true;
        }
    }
    if (watched == m_shell.view && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event)
{
    // The list's kind words and the count are composed texts: the generic retranslation misses them.
    if (event->type() == QEvent::LanguageChange) {
        refreshMatches();
        showCount();
    }
    QFrame::changeEvent(event);
}

void FindBar::search()
{
    rebuild(true);
}

void FindBar::refreshMatches()
{
    if (isVisible() && !m_edit->text().isEmpty())
        rebuild(false);
}

void FindBar::rebuild(bool jump)
{
    // Keep the current match when it still matches (an edit while the bar is open), without moving the view.
    const std::string current =
        !jump && m_current >= 0 && m_current < int(m_matches.size()) ? m_matches[size_t(m_current)].id : std::string();
    m_matches = findMatches(m_shell.document->design(), m_edit->text());
    m_current = -1;
    m_list->clear();
    for (size_t i = 0; i < m_matches.size(); ++i) {
        const Match &m = m_matches[i];
        const QString kind = m.kind == Kind::Model       ? tr("Model")
                             : m.kind == Kind::Attribute ? tr("Attribute")
                                                         : tr("Link");
        m_list->addItem(QStringLiteral("%1: %2").arg(kind, m.label));
        if (!current.empty() && m.id == current)
            m_current = int(i);
    }
    m_list->setVisible(!m_matches.empty());
    if (m_current >= 0)
        m_list->setCurrentRow(m_current);
    adjustSize();
    place();
    if (jump && !m_matches.empty())
        jumpTo(0);
    showCount();
}

void FindBar::jumpTo(int index)
{
    if (index < 0 || index >= int(m_matches.size()))
        return;
    m_current = index;
    m_list->setCurrentRow(index);
    showCount();
    const Match &m = m_matches[size_t(index)];
    const std::string selectId = m.kind == Kind::Attribute ? m.modelId : m.id;
    m_shell.scene->selectOnly(selectId);
    m_shell.view->focusOn({selectId});
    if (m.kind != Kind::Attribute)
        return;
    // The selection shows the model's page; make the attribute's row current in its grid.
    m_shell.properties->showObject(m.modelId);
    AttributeTable *grid = m_shell.properties->modelPage()->attributeTable();
    for (int row = 0; row < grid->rowCount(); ++row) {
        if (grid->attributeIdAt(row) == m.id) {
            grid->setCurrentCell(row, AttributeTable::Name);
            grid->selectRow(row);
            grid->scrollToItem(grid->item(row, AttributeTable::Name));
            break;
        }
    }
}

void FindBar::place()
{
    DiagramView *view = m_shell.view;
    const int width = std::min(std::max(sizeHint().width(), 340), view->width() - 2 * kMargin);
    resize(width, sizeHint().height());
    move(view->width() - width - kMargin -
             (view->verticalScrollBar()->isVisible() ? view->verticalScrollBar()->width() : 0),
         kMargin);
}

void FindBar::showCount()
{
    if (m_edit->text().trimmed().isEmpty())
        m_count->clear();
    else if (m_matches.empty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

} // namespace sf::ui
