#pragma once
// PhysicalCache keeps the lowered physical schema of the document's design (sf::schema::lower),
// recomputed lazily after any edit, so views can show derived columns (id, foreign keys,
// timestamps) without each doing full-design work.

#include "core/schema/schema.h"

#include <QObject>

#include <string>
#include <unordered_map>

namespace sf::ui {

class DocumentController;

class PhysicalCache : public QObject
{
    Q_OBJECT
public:
    explicit PhysicalCache(DocumentController *doc, QObject *parent = nullptr);

    const schema::Schema &schema() const;
    // The table lowered from a model, or nullptr.
    const schema::Table *tableForModel(const std::string &modelId) const;
    // The join table of a many-to-many association, or nullptr.
    const schema::Table *joinTableFor(const std::string &associationId) const;

private:
    void invalidate() { m_valid = false; }

    DocumentController *m_doc;
    mutable schema::Schema m_schema;
    mutable std::unordered_map<std::string, const schema::Table *> m_byId;
    mutable bool m_valid = false;
};

} // namespace sf::ui
