#include "ui/document/physicalcache.h"

#include "core/migrate/generator.h"
#include "core/schema/lowering.h"
#include "ui/document/documentcontroller.h"

namespace sf::ui {

PhysicalCache::PhysicalCache(DocumentController *doc, QObject *parent)
    : QObject(parent), m_doc(doc), m_schema(std::make_shared<const schema::Schema>())
{
    // Connected before any view so views always see a fresh schema in their slots.
    for (auto signal : {&DocumentController::modelAdded, &DocumentController::modelRemoved,
                        &DocumentController::modelChanged, &DocumentController::associationAdded,
                        &DocumentController::associationRemoved, &DocumentController::associationChanged})
        connect(doc, signal, this, [this] { invalidate(); });
    connect(doc, &DocumentController::projectReset, this, [this] { invalidate(); });
}

std::shared_ptr<const schema::Schema> PhysicalCache::snapshot() const
{
    if (!m_valid) {
        schema::LoweringOptions options;
        options.identifierLimit = migrate::Generator::kIdentifierLimit; // the same lowering the generator diffs
        m_schema = std::make_shared<const schema::Schema>(schema::lower(m_doc->design(), options));
        index();
    }
    return m_schema;
}

const schema::Schema &PhysicalCache::schema() const
{
    snapshot();
    return *m_schema;
}

void PhysicalCache::adopt(quint64 designRevision, std::shared_ptr<const schema::Schema> lowered) const
{
    if (m_valid || !lowered || designRevision != m_doc->designRevision())
        return;
    m_schema = std::move(lowered);
    index();
}

void PhysicalCache::index() const
{
    m_byId.clear();
    for (const auto &t : m_schema->tables)
        m_byId.emplace(t.id, &t);
    m_valid = true;
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
