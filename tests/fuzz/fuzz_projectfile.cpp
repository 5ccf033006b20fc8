// libFuzzer target: ProjectFile::loadFromString must never crash, leak or trip a sanitizer, and whatever it
// accepts must survive save -> load -> save unchanged.
#include "core/design/validator.h"
#include "core/project/projectfile.h"
#include "core/schema/lowering.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using sf::project::ProjectFile;
    const auto r = ProjectFile::loadFromString(std::string_view(reinterpret_cast<const char *>(data), size));
    if (!r.ok) {
        if (r.error.empty())
            std::abort(); // a failure must say why
        return 0;
    }
    const std::string once = ProjectFile::saveToString(r.project);
    const auto again = ProjectFile::loadFromString(once);
    if (!again.ok || ProjectFile::saveToString(again.project) != once)
        std::abort();
    (void)sf::design::validate(r.project);
    (void)sf::schema::lower(r.project.design);
    return 0;
}
