#pragma once
// TypeDelegate edits a Sequelize data type in an editable combo box: pick a type or type one with
// its length, precision or enum values (STRING(20), DECIMAL(10,2), ENUM('a','b')).

#include <QStyledItemDelegate>

namespace sf::ui {

class TypeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QStringList typeNames();

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace sf::ui
