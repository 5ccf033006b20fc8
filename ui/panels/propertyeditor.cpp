#include "ui/panels/propertyeditor.h"

#include "ui/document/documentcontroller.h"
#include "ui/panels/associationpropertiespage.h"
#include "ui/panels/modelpropertiespage.h"

#include <QLabel>

namespace sf::ui {

PropertyEditor::PropertyEditor(DocumentController *doc, QWidget *parent) : QStackedWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("propertyEditor"));
    auto *hint = new QLabel(tr("Select a model or a link to edit its properties."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    m_empty = hint;
    m_modelPage = new ModelPropertiesPage(doc, this);
    m_associationPage = new AssociationPropertiesPage(doc, this);
    addWidget(m_empty);
    addWidget(m_modelPage);
    addWidget(m_associationPage);

    connect(doc, &DocumentController::modelChanged, this, [this](const QString &id) {
        if (id.toStdString() == m_id)
            m_modelPage->reload();
        else if (currentWidget() == m_associationPage)
            m_associationPage->reload(); // model names shown in the source/target boxes
    });
    connect(doc, &DocumentController::associationChanged, this, [this](const QString &id) {
        if (id.toStdString() == m_id)
            m_associationPage->reload();
    });
    for (auto signal : {&DocumentController::modelRemoved, &DocumentController::associationRemoved})
        connect(doc, signal, this, [this](const QString &id) {
            if (id.toStdString() == m_id)
                showObject({});
        });
    connect(doc, &DocumentController::projectReset, this, [this] { showObject({}); });
}

void PropertyEditor::showObject(const std::string &id)
{
    if (id == m_id && !id.empty())
        return;
    m_id = id;
    refresh();
}

void PropertyEditor::refresh()
{
    if (m_doc->design().modelById(m_id)) {
        m_modelPage->setModelId(m_id);
        setCurrentWidget(m_modelPage);
    } else if (m_doc->design().associationById(m_id)) {
        m_associationPage->setAssociationId(m_id);
        setCurrentWidget(m_associationPage);
    } else {
        m_id.clear();
        setCurrentWidget(m_empty);
    }
}

} // namespace sf::ui
