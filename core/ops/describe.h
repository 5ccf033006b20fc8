#pragma once
// describe gives one human line per Operation ("create table students",
// "rename column title -> headline in posts"), used in logs, previews and error messages.

#include "core/ops/operation.h"

#include <string>

namespace sf::ops {

std::string describe(const Operation &op);

} // namespace sf::ops
