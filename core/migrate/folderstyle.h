#pragma once
// FolderStyle is how the migrations in a folder are written, so new files match them: CommonJS
// `.js` by default, `.cjs` when the folder's migrations use it, ES-module `.js` (named exports
// up/down) in a package.json "type": "module" package, `.ts` when they are TypeScript. sequelize-cli 6
// loads .js/.cjs/.cts/.ts only, so `.mjs` is never chosen. Pure file inspection; never throws.

#include <string>

namespace sf::migrate {

struct FolderStyle {
    enum class Module { CommonJs, Esm, TypeScript };
    Module module = Module::CommonJs;
    std::string extension = ".js";

    // Looks at the hand-written migration files in `dir` and the nearest package.json above it.
    static FolderStyle detect(const std::string &dir);
};

} // namespace sf::migrate
