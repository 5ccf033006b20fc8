#include "ui/panels/typedelegate.h"

#include <QComboBox>

namespace sf::ui {

QStringList TypeDelegate::typeNames()
{
    return {QStringLiteral("STRING"),  QStringLiteral("STRING(20)"), QStringLiteral("CHAR(2)"),
            QStringLiteral("TEXT"),    QStringLiteral("INTEGER"),    QStringLiteral("BIGINT"),
            QStringLiteral("SMALLINT"), QStringLiteral("FLOAT"),     QStringLiteral("REAL"),
            QStringLiteral("DOUBLE"),  QStringLiteral("DECIMAL(10,2)"), QStringLiteral("BOOLEAN"),
            QStringLiteral("DATE"),    QStringLiteral("DATEONLY"),   QStringLiteral("TIME"),
            QStringLiteral("UUID"),    QStringLiteral("JSON"),       QStringLiteral("JSONB"),
            QStringLiteral("ENUM('a','b')"), QStringLiteral("BLOB")};
}

QWidget *TypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(typeNames());
    combo->setInsertPolicy(QComboBox::NoInsert);
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
    model->setData(index, combo->currentText().trimmed(), Qt::EditRole);
}

} // namespace sf::ui
