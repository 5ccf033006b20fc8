#pragma once
// ModelPropertiesPage edits the selected model: name, table name and Sequelize options, its
// attributes in an AttributeTable (add, delete, move up/down), and lists the model's problems.

#include <QWidget>

#include <string>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sf::ui {

class AttributeTable;
class DocumentController;

class ModelPropertiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ModelPropertiesPage(DocumentController *doc, QWidget *parent = nullptr);

    void setModelId(const std::string &id);
    const std::string &modelId() const { return m_modelId; }
    void reload();
    AttributeTable *attributeTable() const { return m_table; }
    // Adds an attribute (unique name "attribute", STRING), starts editing its name and returns its row.
    // Esc on that name before anything else was changed takes the new row back (no stray rows).
    int addAttribute();

private:
    void commitName();
    void commitOptions();
    void removeAttribute();
    void moveAttribute(int delta);
    void showProblems(const QString &cellProblem);
    void onEditCancelled(int row);

    DocumentController *m_doc;
    std::string m_modelId;
    QLineEdit *m_name;
    QLineEdit *m_tableName;
    QCheckBox *m_timestamps;
    QCheckBox *m_paranoid;
    QCheckBox *m_underscored;
    QCheckBox *m_freeze;
    QLineEdit *m_comment;
    AttributeTable *m_table;
    std::string m_freshId; // the attribute Add just created, while nothing else happened since
    int m_freshIndex = -1; // the undo stack index right after its AddAttributeCommand
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_problems;
    QString m_cellProblem;
    bool m_updating = false;
};

} // namespace sf::ui
