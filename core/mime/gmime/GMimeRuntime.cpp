#include "mime/gmime/GMimeRuntime.h"

#include "mime/gmime/GMimeInclude.h"

#include <mutex>

namespace soar::mime::gmime {

void GMimeRuntime::ensureInitialized()
{
    static std::once_flag once;
    // Never shut down: other threads may still be parsing while the process exits.
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace soar::mime::gmime
