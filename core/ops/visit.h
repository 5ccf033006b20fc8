#pragma once
// visit.h: the two tools that make every std::visit over ops::Operation exhaustive at compile time,
// so a new operation type fails to build until every site handles it: an `overloaded` set without a
// catch-all, or an `if constexpr` chain ending in `else static_assert(kUnhandledOperation<T>, ...)`.

#include <concepts>

namespace sf::ops {

template <class... Ts> struct overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> overloaded(Ts...) -> overloaded<Ts...>;

// Always false, but only when instantiated: the trailing else of an `if constexpr` chain over the
// operation types asserts it, naming the type the chain forgot.
template <class T> inline constexpr bool kUnhandledOperation = false;

// `const OneOf<A, B> auto &o` in an overload set handles exactly the listed types (no catch-all).
template <class T, class... Us>
concept OneOf = (std::same_as<T, Us> || ...);

} // namespace sf::ops
