// Inverse operations and data-loss traits.
#include "core/ops/inverse.h"

#include "core/ops/visit.h"

#include <algorithm>

namespace sf::ops {

namespace {

using design::DataType;
using design::TypeKind;

int intRank(TypeKind k)
{
    switch (k) {
    case TypeKind::TinyInt:
        return 1;
    case TypeKind::SmallInt:
        return 2;
    case TypeKind::MediumInt:
        return 3;
    case TypeKind::Integer:
        return 4;
    case TypeKind::BigInt:
        return 5;
    default:
        return 0;
    }
}

int stringLength(const DataType &t)
{
    return t.length.value_or(255);
}

bool textual(TypeKind k)
{
    return k == TypeKind::String || k == TypeKind::Char || k == TypeKind::Text;
}

// True when every value of `from` fits `to` unchanged.
bool widens(const DataType &from, const DataType &to)
{
    if (from == to)
        return true;
    if (to.kind == TypeKind::Text && to.variant.empty() && (textual(from.kind) || from.kind == TypeKind::Enum))
        return true;
    if ((from.kind == TypeKind::String || from.kind == TypeKind::Char) &&
        (to.kind == TypeKind::String || to.kind == TypeKind::Char) && from.binary == to.binary)
        return stringLength(to) >= stringLength(from) && !(to.kind == TypeKind::Char && from.kind != TypeKind::Char);
    if (from.kind == TypeKind::Enum && to.kind == TypeKind::Enum)
        return std::all_of(from.enumValues.begin(), from.enumValues.end(), [&](const std::string &v) {
            return std::find(to.enumValues.begin(), to.enumValues.end(), v) != to.enumValues.end();
        });
    if (from.kind == TypeKind::Enum && to.kind == TypeKind::String)
        return std::all_of(from.enumValues.begin(), from.enumValues.end(),
                           [&](const std::string &v) { return static_cast<int>(v.size()) <= stringLength(to); });
    if (intRank(from.kind) && intRank(to.kind))
        return intRank(to.kind) >= intRank(from.kind) &&
               (!from.isUnsigned || to.isUnsigned || intRank(to.kind) > intRank(from.kind));
    if (intRank(from.kind) && (to.kind == TypeKind::Double || to.kind == TypeKind::Decimal))
        return to.kind == TypeKind::Double || !to.precision || to.precision.value_or(10) - to.scale.value_or(0) >= 10;
    if ((from.kind == TypeKind::Float || from.kind == TypeKind::Real) && to.kind == TypeKind::Double)
        return true;
    if (from.kind == TypeKind::Decimal && to.kind == TypeKind::Decimal)
        return to.precision.value_or(10) - to.scale.value_or(0) >=
                   from.precision.value_or(10) - from.scale.value_or(0) &&
               to.scale.value_or(0) >= from.scale.value_or(0);
    if (from.kind == TypeKind::Json && to.kind == TypeKind::Jsonb)
        return true;
    if (from.kind == TypeKind::DateOnly && to.kind == TypeKind::Date)
        return true;
    if (from.kind == to.kind && (from.kind == TypeKind::Text || from.kind == TypeKind::Blob))
        return true; // variants (tiny/medium/long) only matter on MySQL; treat as safe
    return false;
}

} // namespace

Operation inverse(const Operation &op)
{
    return std::visit(overloaded{
                          [](const CreateTable &o) -> Operation { return DropTable{o.table}; },
                          [](const DropTable &o) -> Operation { return CreateTable{o.table}; },
                          [](const RenameTable &o) -> Operation {
                              return RenameTable{o.to, o.from};
                          },
                          [](const AddColumn &o) -> Operation {
                              return RemoveColumn{o.table, o.column, o.position, o.primaryKeyPosition};
                          },
                          [](const RemoveColumn &o) -> Operation {
                              return AddColumn{o.table, o.column, o.position, o.primaryKeyPosition};
                          },
                          [](const RenameColumn &o) -> Operation {
                              return RenameColumn{o.table, o.to, o.from};
                          },
                          [](const ChangeColumn &o) -> Operation {
                              return ChangeColumn{o.table, o.to, o.from};
                          },
                          [](const AddIndex &o) -> Operation {
                              return RemoveIndex{o.table, o.index};
                          },
                          [](const RemoveIndex &o) -> Operation {
                              return AddIndex{o.table, o.index};
                          },
                          [](const AddForeignKey &o) -> Operation {
                              return RemoveForeignKey{o.table, o.foreignKey};
                          },
                          [](const RemoveForeignKey &o) -> Operation {
                              return AddForeignKey{o.table, o.foreignKey};
                          },
                          [](const AddUnique &o) -> Operation {
                              return RemoveUnique{o.table, o.unique};
                          },
                          [](const RemoveUnique &o) -> Operation {
                              return AddUnique{o.table, o.unique};
                          },
                          [](const RawSql &o) -> Operation {
                              return RawSql{o.down, o.up, o.object, o.dialect};
                          },
                          [](const ChangeTableComment &o) -> Operation {
                              return ChangeTableComment{o.table, o.to, o.from};
                          },
                          [](const ReorderColumns &o) -> Operation {
                              return ReorderColumns{o.table, o.to, o.from};
                          },
                      },
                      op);
}

bool destroysData(const Operation &op)
{
    return std::visit(
        overloaded{
            [](const DropTable &) { return true; },
            [](const RemoveColumn &) { return true; },
            [](const ChangeColumn &o) {
                if (!widens(o.from.type, o.to.type))
                    return true;
                return o.from.nullable && !o.to.nullable && !o.to.defaultValue.isDatabaseDefault();
            },
            [](const RawSql &o) { return o.down.empty(); },
            [](const OneOf<CreateTable, RenameTable, AddColumn, RenameColumn, AddIndex, RemoveIndex, AddForeignKey,
                           RemoveForeignKey, AddUnique, RemoveUnique, ChangeTableComment, ReorderColumns> auto &) {
                return false;
            },
        },
        op);
}

bool isReversible(const Operation &op)
{
    if (const auto *raw = std::get_if<RawSql>(&op))
        return !raw->down.empty();
    return true;
}

} // namespace sf::ops
