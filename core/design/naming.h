#pragma once
// naming holds Sequelize's inflection rules (pluralize, singularize, camel/snake case) and the
// derived names lowering uses: table names, default foreign keys, timestamp columns, identifier checks.

#include <string>
#include <string_view>

namespace sf::design {
struct Model;
}

namespace sf::design::naming {

// inflection.pluralize / singularize as Sequelize uses them: Person -> People, Category -> Categories,
// Child -> Children, Status -> Statuses, Address -> Addresses, Box -> Boxes; uncountables unchanged.
std::string pluralize(std::string_view word);
std::string singularize(std::string_view word);

// "StudentCourse" -> "studentCourse".
std::string lowerCamel(std::string_view s);
// inflection.underscore: "StudentCourse" -> "student_course", "gradeId" -> "grade_id".
std::string snakeCase(std::string_view s);
inline std::string snake_case(std::string_view s)
{
    return snakeCase(s);
}

// Sequelize's table name: tableName, else the name when freezeTableName, else pluralize(name)
// (snake_cased when underscored).
std::string tableNameFor(const Model &model);

// Default foreign-key column referring to `model`: lowerCamel(singularize(name)) + "Id",
// or snake_case ("grade_id") when `underscored`.
std::string foreignKeyFor(const Model &model, bool underscored);
std::string foreignKeyFor(std::string_view modelName, bool underscored);

std::string createdAtColumn(bool underscored); // createdAt | created_at
std::string updatedAtColumn(bool underscored); // updatedAt | updated_at
std::string deletedAtColumn(bool underscored); // deletedAt | deleted_at

// Empty when `name` is a usable identifier (letters incl. non-ASCII, digits, '_', '$'; not starting
// with a digit; not empty); otherwise the reason, e.g. "';' is not allowed".
std::string identifierProblem(std::string_view name);
// "" when `name` can be a table or column name given explicitly (tableName, field): any character but
// a control character, since SchemaForge always quotes identifiers; else why not.
std::string physicalNameProblem(std::string_view name);

// Printable form of user text for messages: quoted, control characters escaped, long text cut.
std::string quote(std::string_view s);

// True for SQL words that are reserved in PostgreSQL, MySQL or SQLite (case-insensitive).
bool isReservedWord(std::string_view word);

// Cuts `name` to `limit` bytes when longer, ending in "_" + 8 hex digits of FNV-1a(name);
// never splits a UTF-8 sequence. Names within the limit are returned unchanged.
std::string limitIdentifier(const std::string &name, int limit);

} // namespace sf::design::naming
