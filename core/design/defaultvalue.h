#pragma once
// DefaultValue is an attribute's defaultValue: none, a literal, a Sequelize function
// (NOW, UUIDV4: applied in JavaScript, never a database default) or a raw SQL expression.

#include <string>

namespace sf::design {

struct DefaultValue {
    enum class Kind { None, String, Number, Boolean, Now, UuidV4, Sql };
    Kind kind = Kind::None;
    std::string text; // String: the value; Number: its decimal spelling; Boolean: "true"/"false"; Sql: the expression

    static DefaultValue none() { return {}; }
    static DefaultValue string(std::string s) { return {Kind::String, std::move(s)}; }
    static DefaultValue number(std::string n) { return {Kind::Number, std::move(n)}; }
    static DefaultValue boolean(bool b) { return {Kind::Boolean, b ? "true" : "false"}; }
    static DefaultValue now() { return {Kind::Now, {}}; }
    static DefaultValue uuidV4() { return {Kind::UuidV4, {}}; }
    static DefaultValue sql(std::string e) { return {Kind::Sql, std::move(e)}; }

    bool isNone() const { return kind == Kind::None; }
    // True when the database holds this default (NOW and UUIDV4 are JavaScript-side only).
    bool isDatabaseDefault() const { return kind != Kind::None && kind != Kind::Now && kind != Kind::UuidV4; }

    friend bool operator==(const DefaultValue &, const DefaultValue &) = default;
};

} // namespace sf::design
