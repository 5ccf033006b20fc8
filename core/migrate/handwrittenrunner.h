#pragma once
// HandWrittenRunner runs one hand-written sequelize-cli migration file's up or down against the
// database the Executor migrates (in practice through node with the project's own sequelize; see
// core/node/nodemigrationrunner.h). The Executor keeps the lock and writes the history rows.

#include <string>

namespace sf::migrate {

struct MigrationStep;
enum class Direction;

class HandWrittenRunner
{
public:
    virtual ~HandWrittenRunner() = default;
    // "" on success, else one message naming the file and the error; *log gets what it printed.
    virtual std::string run(const MigrationStep &step, Direction direction, std::string *log) = 0;
};

} // namespace sf::migrate
