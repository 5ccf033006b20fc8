#pragma once
// AttributeTable edits one model's attributes in place (name, type, allowNull, default, PK,
// autoIncrement, unique, comment); each cell edit becomes one undoable command, and a problem
// with an entry (an unknown type, a duplicate name) is shown on the cell and reported. Keyboard first:
// Tab walks name, type and flags, Enter goes to the next row (adding one after the last), Delete
// removes the current row; the context menu holds Add / Delete / Move Up / Move Down.

#include <QTableWidget>

#include "core/design/attribute.h"

#include <map>
#include <string>

namespace sf::ui {

class DocumentController;

class AttributeTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { Name, Type, AllowNull, Default, PrimaryKey, AutoIncrement, Unique, Comment, ColumnCount };

    explicit AttributeTable(DocumentController *doc, QWidget *parent = nullptr);

    void setModelId(const std::string &modelId);
    const std::string &modelId() const { return m_modelId; }
    // Re-reads the model (in place when the rows are the same attributes).
    void reload();
    std::string attributeIdAt(int row) const;
    // True while a cell editor is open.
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }
    // Marks the rows of attributes with validation problems (attribute id -> message).
    void showProblems(const std::map<std::string, QString> &problems);

    // Default-value text as shown in the table, and back ("" none, 'x' string, 42, true, NOW, UUIDV4, sql:...).
    static QString defaultToText(const design::DefaultValue &value);
    static design::DefaultValue defaultFromText(const QString &text);

Q_SIGNALS:
    // Enter on the last row (editing or not), or the grid's Add action: add an attribute after it.
    void addRequested();
    // Delete key or the grid's Delete action on the current row.
    void removeRequested();
    // An editor on this row was closed with Esc (its edit discarded).
    void editCancelled(int row);
    // The grid's Move Up / Move Down actions.
    void moveRequested(int delta);
    // A cell edit was refused (message names the attribute and the reason); empty when fixed.
    void problemReported(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    // After Enter: edit the next row's name, or ask for a new row after the last one.
    void advance();
    void onItemChanged(QTableWidgetItem *item);
    void fillRow(int row, const design::Attribute &a);

    DocumentController *m_doc;
    std::string m_modelId;
    bool m_updating = false;
    bool m_advanceOnClose = false; // Enter was pressed in the open editor
};

} // namespace sf::ui
