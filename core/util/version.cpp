#include "core/util/version.h"

namespace sf {
const char *toolVersion()
{
    return SF_VERSION;
}
} // namespace sf
