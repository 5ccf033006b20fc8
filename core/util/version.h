#pragma once
// version names this build of SchemaForge (written into SchemaForgeMeta and --version).

namespace sf {
const char *toolVersion();
} // namespace sf
