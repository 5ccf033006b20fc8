#pragma once
// DataType is a Sequelize data type as a value (STRING(20), DECIMAL(10,2), ENUM('a','b'), ...).
// Parsing and printing use Sequelize's own spelling; dialect rendering lives in sf::sql.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sf::design {

enum class TypeKind {
    String,
    Char,
    Text,
    Integer,
    BigInt,
    SmallInt,
    TinyInt,
    MediumInt,
    Float,
    Real,
    Double,
    Decimal,
    Boolean,
    Date,
    DateOnly,
    Time,
    Uuid,
    Json,
    Jsonb,
    Enum,
    Blob
};

struct DataType {
    TypeKind kind = TypeKind::String;
    std::optional<int> length;    // STRING(n), CHAR(n), DATE(n) fractional seconds
    std::optional<int> precision; // DECIMAL(p,s), FLOAT(p,s), DOUBLE(p,s)
    std::optional<int> scale;
    std::string variant;     // TEXT('tiny'|'medium'|'long'), BLOB('tiny'|...)
    bool isUnsigned = false; // INTEGER.UNSIGNED
    bool binary = false;     // STRING.BINARY
    std::vector<std::string> enumValues;

    // Parses Sequelize spelling ("STRING(20)", "DECIMAL(10,2)", "ENUM('a','b')").
    // On failure returns nullopt and sets *error to a message naming the input and, when one is
    // close, the suggestion: "\"STRIN\" is not a type; did you mean STRING?".
    static std::optional<DataType> parse(std::string_view text, std::string *error = nullptr);
    // Prints back the canonical Sequelize spelling; parse(print()) == *this.
    std::string toString() const;

    bool isInteger() const;
    bool isNumeric() const;
    bool isText() const;     // STRING, CHAR, TEXT
    bool isDateTime() const; // DATE, DATEONLY, TIME

    friend bool operator==(const DataType &, const DataType &) = default;
};

// "STRING", "INTEGER", ... (Sequelize's name of a kind) and back; typeNames() lists all kinds.
const char *typeKindName(TypeKind k);
std::optional<TypeKind> typeKindFromName(std::string_view name);
std::vector<std::string> typeNames();

} // namespace sf::design
