#pragma once
// PropertyEditor is the right dock: it shows the properties page of the selected model or
// association (or a hint when nothing or several things are selected) and keeps it in step with
// the document.

#include <QStackedWidget>

#include <string>

namespace sf::ui {

class AssociationPropertiesPage;
class DocumentController;
class ModelPropertiesPage;

class PropertyEditor : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PropertyEditor(DocumentController *doc, QWidget *parent = nullptr);

    // Shows the object with this id (model or association); empty shows the hint page.
    void showObject(const std::string &id);
    const std::string &currentId() const { return m_id; }
    ModelPropertiesPage *modelPage() const { return m_modelPage; }
    AssociationPropertiesPage *associationPage() const { return m_associationPage; }

private:
    void refresh();

    DocumentController *m_doc;
    std::string m_id;
    QWidget *m_empty;
    ModelPropertiesPage *m_modelPage;
    AssociationPropertiesPage *m_associationPage;
};

} // namespace sf::ui
