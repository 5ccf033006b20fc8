#pragma once
// AssociationPropertiesPage edits the selected association: kind, source and target, aliases,
// foreign key (and other key), onDelete/onUpdate, join table name and allowNull; each change is
// one undoable edit, and the association's problems are listed inline.

#include <QWidget>

#include <string>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sf::ui {

class DocumentController;

class AssociationPropertiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit AssociationPropertiesPage(DocumentController *doc, QWidget *parent = nullptr);

    void setAssociationId(const std::string &id);
    const std::string &associationId() const { return m_id; }
    void reload();

private:
    void commit();

    DocumentController *m_doc;
    std::string m_id;
    QComboBox *m_kind;
    QComboBox *m_source;
    QComboBox *m_target;
    QLineEdit *m_as;
    QLineEdit *m_inverseAs;
    QLineEdit *m_foreignKey;
    QLineEdit *m_otherKey;
    QComboBox *m_onDelete;
    QComboBox *m_onUpdate;
    QLineEdit *m_through;
    QComboBox *m_allowNull;
    QLabel *m_problems;
    bool m_updating = false;
};

} // namespace sf::ui
