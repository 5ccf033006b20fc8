#pragma once
// ImportNames derives design names from physical ones for import: singular PascalCase model names
// from table names (students -> Student, product_orders -> ProductOrder), attribute names from column
// names, association aliases from foreign-key columns; it hands out each model name once.

#include <set>
#include <string>
#include <string_view>

namespace sf::importer {

class ImportNames
{
public:
    // A model name not handed out before: singularize(table) in PascalCase, made a valid
    // identifier; "2", "3", ... appended on collision.
    std::string modelName(std::string_view table);

    // Column name when it is a usable attribute identifier, else a sanitised form ("first name" ->
    // "first_name"); the caller keeps the column name in `field` when they differ.
    static std::string attributeName(std::string_view column);
    // "managerId" / "manager_id" -> "manager"; a column without such a suffix is returned as is.
    static std::string keyStem(std::string_view column);
    // "product_orders" -> "ProductOrders", "students" -> "Students".
    static std::string pascalCase(std::string_view text);
    // `raw` as an id the project loader accepts: a character it refuses (space, control, '/', '"',
    // '\\') becomes '_' and the id then ends in "-" + 8 hex digits of a hash of `raw`, so two raw
    // names never share an id; at most 200 bytes. Unchanged when already acceptable.
    static std::string safeId(std::string_view raw);

private:
    std::set<std::string> m_used;
};

} // namespace sf::importer
