#include "ui/document/physicalcache.h"

#include "core/migrate/generator.h"
#include "core/schema/lowering.h"

namespace sf::ui {

PhysicalCache::PhysicalCache(std::function<const design::Design &()> design, std::function<quint64()> revision,
                             QObject *parent)
    : QObject(parent), m_design(std::move(design)), m_revision(std::move(revision)),
      m_schema(std::make_shared<const schema::Schema>())
{
}

std::shared_ptr<const schema::Schema> PhysicalCache::snapshot() const
{
    if (!m_valid) {
        schema::LoweringOptions options;
        options.identifierLimit = migrate::Generator::kIdentifierLimit; // the same lowering the generator diffs
        m_schema = std::make_shared<const schema::Schema>(schema::lower(m_design(), options));
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
    if (m_valid || !lowered || designRevision != m_revision())
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
