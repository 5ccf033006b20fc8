#pragma once
// catalog reads a database's catalogue the way the round-trip tests compare it (SchemaForge's own
// introspection, optionally with the objects import carries as raw SQL) and lists differences in
// failure messages.

#include "core/schema/schema.h"

#include <QString>

#include <string>
#include <vector>

namespace sf::test {

// Introspects `url`; with extras also checks, views, triggers and the other raw SQL objects.
// An empty schema (and a warning naming the redacted URL) when it cannot connect.
schema::Schema catalogue(const QString &url, bool withExtras = false);

// "\n  line" per line: a list of differences appended to a failure message.
QString joinLines(const std::vector<std::string> &lines);

} // namespace sf::test
