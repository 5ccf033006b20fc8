#include "ui/document/physicalcache.h"

#include "core/schema/lowering.h"
#include "ui/document/documentcontroller.h"

namespace sf::ui {

PhysicalCache::PhysicalCache(DocumentController *doc, QObject *parent)
    : QObject(parent), m_doc(doc)
{
    // Connected before any view so views always see a fresh schema in their slots.
    for (auto signal : {&DocumentController::modelAdded, &DocumentController::modelRemoved,
                        &DocumentController::modelChanged, &DocumentController::associationAdded,
                        &DocumentController::associationRemoved, &DocumentController::associationChanged})
        connect(doc, signal, this, [this] { invalidate(); });
    connect(doc, &DocumentController::projectReset, this, [this] { invalidate(); });
}

const schema::Schema &PhysicalCache::schema() const
{
    if (!m_valid) {
        m_schema = schema::lower(m_doc->design(), {});
        m_byId.clear();
        for (const auto &t : m_schema.tables)
            m_byId.emplace(t.id, &t);
        m_valid = true;
    }
    return m_schema;
}

const schema::Table *PhysicalCache::tableForModel(const std::string &modelId) const
{
    schema();
    auto it = m_byId.find(modelId);
    return it == m_byId.end() ? nullptr : it->second;
}

const schema::Table *PhysicalCache::joinTableFor(const std::string &associationId) const
{
    return tableForModel(associationId + "/through");
}

} // namespace sf::ui
