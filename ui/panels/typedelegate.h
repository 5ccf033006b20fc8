#pragma once
// TypeDelegate edits a Sequelize data type in an editable combo box: pick a type or type one with
// its length, precision or enum values (STRING(20), DECIMAL(10,2), ENUM('a','b')); typing completes
// a type name (any case), and the popup is as wide as its longest entry.

#include "ui/panels/entrydelegate.h"

namespace sf::ui {

class TypeDelegate : public EntryDelegate
{
    Q_OBJECT
public:
    using EntryDelegate::EntryDelegate;

    static QStringList typeNames();
    // The canonical spelling of a listed type typed in any case ("text" -> "TEXT"); else text as is.
    static QString canonical(const QString &text);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace sf::ui
