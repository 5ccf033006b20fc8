#include "ui/panels/typedelegate.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace sf::ui {

QStringList TypeDelegate::typeNames()
{
    return {QStringLiteral("STRING"),        QStringLiteral("STRING(20)"),    QStringLiteral("CHAR(2)"),
            QStringLiteral("TEXT"),          QStringLiteral("INTEGER"),       QStringLiteral("BIGINT"),
            QStringLiteral("SMALLINT"),      QStringLiteral("FLOAT"),         QStringLiteral("REAL"),
            QStringLiteral("DOUBLE"),        QStringLiteral("DECIMAL(10,2)"), QStringLiteral("BOOLEAN"),
            QStringLiteral("DATE"),          QStringLiteral("DATEONLY"),      QStringLiteral("TIME"),
            QStringLiteral("UUID"),          QStringLiteral("JSON"),          QStringLiteral("JSONB"),
            QStringLiteral("ENUM('a','b')"), QStringLiteral("BLOB")};
}

QWidget *TypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(typeNames());
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(int(typeNames().size()));
    if (QCompleter *c = combo->completer()) {
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setCompletionMode(QCompleter::InlineCompletion);
    }
    // The editor is as narrow as its cell; its list must still show every entry whole.
    const QFontMetrics fm(combo->view()->font());
    int widest = 0;
    for (const QString &name : typeNames())
        widest = std::max(widest, fm.horizontalAdvance(name));
    const int frame = 2 * combo->view()->frameWidth() + combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    combo->view()->setMinimumWidth(widest + frame + 4 * fm.averageCharWidth());
    combo->setToolTip(tr("Choose a type or type one with its length, precision or enum values"));
    return combo;
}

void TypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setEditText(index.data(Qt::EditRole).toString());
}

void TypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, canonical(combo->currentText().trimmed()), Qt::EditRole);
}

QString TypeDelegate::canonical(const QString &text)
{
    for (const QString &name : typeNames())
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return name;
    return text;
}

} // namespace sf::ui
