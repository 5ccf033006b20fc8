#pragma once
// PhysicalCache keeps the lowered physical schema of the document's design (sf::schema::lower with
// the generator's identifier limit), recomputed lazily after any edit, so views can show derived
// columns (id, foreign keys, timestamps) without each doing full-design work. The schema is an
// immutable shared value: the SQL preview hands it to its worker thread instead of lowering again,
// and a schema lowered by that worker for the current design revision is adopted here. The owner
// (DocumentController) calls invalidate() on every design change. GUI thread.

#include "core/schema/schema.h"

#include <QObject>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

namespace sf::design {
struct Design;
}

namespace sf::ui {

class PhysicalCache : public QObject
{
    Q_OBJECT
public:
    // design and revision read the owner's current design and its revision (see
    // DocumentController::designRevision).
    PhysicalCache(std::function<const design::Design &()> design, std::function<quint64()> revision,
                  QObject *parent = nullptr);

    // The design changed: the next query lowers again.
    void invalidate() { m_valid = false; }

    const schema::Schema &schema() const;
    // The current schema, lowering it now when stale.
    std::shared_ptr<const schema::Schema> snapshot() const;
    // The current schema if it is already known, else nullptr (never lowers).
    std::shared_ptr<const schema::Schema> cachedSnapshot() const { return m_valid ? m_schema : nullptr; }
    // Takes a schema lowered elsewhere (another thread) from the design at `designRevision`; ignored
    // when the design has changed since or the cache is already valid.
    void adopt(quint64 designRevision, std::shared_ptr<const schema::Schema> lowered) const;
    // The table lowered from a model, or nullptr.
    const schema::Table *tableForModel(const std::string &modelId) const;
    // The join table of a many-to-many association, or nullptr.
    const schema::Table *joinTableFor(const std::string &associationId) const;

private:
    void index() const;

    std::function<const design::Design &()> m_design;
    std::function<quint64()> m_revision;
    mutable std::shared_ptr<const schema::Schema> m_schema;
    mutable std::unordered_map<std::string, const schema::Table *> m_byId;
    mutable bool m_valid = false;
};

} // namespace sf::ui
